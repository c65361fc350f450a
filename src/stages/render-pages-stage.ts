import { z } from 'zod';
import { Alignment } from '../model/alignment';
import { ResolvedManifest } from '../model/manifest-resolved';
import { SummaryFile } from '../model/summary';
import { Transcript } from '../model/transcript';
import { renderEventPage } from '../publish/html/event-page';
import { sessionRows } from '../publish/html/session-rows';
import { renderTranscriptPage } from '../publish/html/transcript-page';
import { parseSegmentsJsonl } from '../search/segment';
import type { BlobStore } from '../store/blob-store';
import { alignmentKey, eventPrefix, manifestKey } from './event-layout';
import { JobId } from './job-fields';
import { getJson } from './json-blob';
import { plural, type StageResult } from './stage-result';
import { eventSummaryKey, sessionSummaryKey, transcriptKey } from './summarize-event-stage';
import { segmentsKey } from './split-event-stage';

export const RenderPagesJob = z.strictObject({
  eventId: JobId,
});
export type RenderPagesJob = z.infer<typeof RenderPagesJob>;

/** events/<id>/index.html: the event page (an addition to CONTRACT.md's layout). */
export function eventPageKey(eventId: string): string {
  return `${eventPrefix(eventId)}index.html`;
}

export function transcriptPageKey(eventId: string, sessionId: string): string {
  return `${eventPrefix(eventId)}sessions/${sessionId}/transcript.html`;
}

async function optionalJson<S extends z.ZodType>(store: BlobStore, key: string, schema: S): Promise<z.output<S> | undefined> {
  return (await store.exists(key)) ? getJson(store, key, schema) : undefined;
}

/**
 * Every key the stage reads, present or not, in a stable order: the manifest (needed), then what
 * it does without: alignment, summaries, segments, and each agenda session's transcript.
 */
export async function renderPagesInputKeys(store: BlobStore, job: RenderPagesJob): Promise<string[]> {
  const key = manifestKey(job.eventId);
  const manifest = (await store.exists(key)) ? await getJson(store, key, ResolvedManifest) : undefined;
  const sessionKeys = (manifest?.sessions ?? []).flatMap((s) => [transcriptKey(job.eventId, s.id), sessionSummaryKey(job.eventId, s.id)]);
  return [key, alignmentKey(job.eventId), eventSummaryKey(job.eventId), segmentsKey(job.eventId), ...sessionKeys];
}

/**
 * Pages stage: the event page (index.html) and a transcript.html for every session that has a
 * transcript.json. Only the manifest is required; a missing alignment, summary or segments.jsonl
 * leaves its part of the pages out (or says it is not available).
 */
export async function renderPagesStage(store: BlobStore, job: RenderPagesJob): Promise<StageResult> {
  const manifest = await getJson(store, manifestKey(job.eventId), ResolvedManifest);
  const alignment = await optionalJson(store, alignmentKey(job.eventId), Alignment);
  const eventSummary = await optionalJson(store, eventSummaryKey(job.eventId), SummaryFile);
  const segmentsText = (await store.exists(segmentsKey(job.eventId))) ? (await store.get(segmentsKey(job.eventId))).toString('utf8') : '';
  const segmentStarts = new Map<string, number[]>();
  for (const segment of parseSegmentsJsonl(segmentsText)) {
    if (segment.sessionId === null) continue;
    const starts = segmentStarts.get(segment.sessionId) ?? [];
    starts.push(segment.startMs);
    segmentStarts.set(segment.sessionId, starts);
  }
  const transcripts = new Map<string, Transcript>();
  const summaries = new Map<string, SummaryFile>();
  for (const s of manifest.sessions) {
    const transcript = await optionalJson(store, transcriptKey(job.eventId, s.id), Transcript);
    if (!transcript) continue;
    transcripts.set(s.id, transcript);
    const summary = await optionalJson(store, sessionSummaryKey(job.eventId, s.id), SummaryFile);
    if (summary) summaries.set(s.id, summary);
  }
  const rows = sessionRows(manifest, alignment, new Set(transcripts.keys()));
  const outputKeys: string[] = [];
  const eventKey = eventPageKey(job.eventId);
  await store.put(eventKey, renderEventPage({ manifest, rows, transcripts, segmentStarts, ...(eventSummary ? { summary: eventSummary } : {}) }));
  outputKeys.push(eventKey);
  for (const row of rows) {
    const transcript = transcripts.get(row.session.id);
    if (!transcript) continue;
    const summary = summaries.get(row.session.id);
    const key = transcriptPageKey(job.eventId, row.session.id);
    await store.put(key, renderTranscriptPage({ manifest, transcript, row, segmentStarts: segmentStarts.get(row.session.id) ?? [], ...(summary ? { summary } : {}) }));
    outputKeys.push(key);
  }
  return {
    outputKeys,
    summary: `pages: event page and ${plural(transcripts.size, 'transcript page')}`,
    counts: { pages: outputKeys.length },
  };
}
