import { z } from 'zod';
import { manifestKey, searchIndexKey, segmentsKey } from '../model/event-layout';
import { EventManifest } from '../model/manifest';
import { ResolvedManifest } from '../model/manifest-resolved';
import { buildEventIndexes, serializeIndexes } from '../search/inverted-index';
import { parseSegmentsJsonl } from '../model/segments-jsonl';
import { stampCatalogue } from './event-catalogue';
import type { BlobStore } from '../store/blob-store';
import { JobId } from './job-fields';
import { getJson } from './json-blob';
import { plural, type StageResult } from './stage-result';

export const IndexEventJob = z.strictObject({
  eventId: JobId,
});
export type IndexEventJob = z.infer<typeof IndexEventJob>;

/**
 * Index stage: segments.jsonl (from the split stage) -> search-index.json, one index per language
 * the event holds, with each recording's url (deep links), each session's title (ranking) and each
 * recording's language (analysis: the recording's own, else the event's) from manifest.json. The
 * split stage always writes segments.jsonl; without it (a store the split stage has not run on)
 * this writes nothing and says so.
 */
export async function indexEventStage(store: BlobStore, job: IndexEventJob): Promise<StageResult> {
  const key = segmentsKey(job.eventId);
  if (!(await store.exists(key))) {
    return { outputKeys: [], summary: `index: no segments.jsonl for ${job.eventId}, nothing indexed`, counts: { indexedSegments: 0 } };
  }
  const segments = parseSegmentsJsonl((await store.get(key)).toString('utf8'));
  const urls: Record<string, string> = {};
  const titles: Record<string, string> = {};
  const languages: Record<string, string> = {};
  // Without a manifest, the language a manifest defaults to.
  let eventLanguage = EventManifest.shape.language.parse(undefined);
  if (await store.exists(manifestKey(job.eventId))) {
    const manifest = await getJson(store, manifestKey(job.eventId), ResolvedManifest);
    eventLanguage = manifest.language;
    for (const r of manifest.recordings) {
      if (r.url !== undefined) urls[r.id] = r.url;
      if (r.language !== undefined) languages[r.id] = r.language;
    }
    for (const session of manifest.sessions) titles[session.id] = session.title;
  }
  const out = searchIndexKey(job.eventId);
  const indexes = buildEventIndexes(segments, eventLanguage, languages, urls, titles);
  await store.put(out, serializeIndexes(indexes));
  const terms = indexes.reduce((n, ix) => n + ix.postings.size, 0);
  await stampCatalogue(store, job.eventId);
  return {
    outputKeys: [out],
    summary: `index: ${plural(segments.length, 'segment')}, ${plural(terms, 'term')}${indexes.length > 1 ? ` in ${indexes.map((ix) => ix.language).join(', ')}` : ''}`,
    counts: { indexedSegments: segments.length },
  };
}
