import { z } from 'zod';
import { Alignment } from '../model/alignment';
import { alignmentKey, eventPageKey, eventPrefix, eventSummaryKey, interactiveTranscriptKey, manifestKey, recordingPlayerKey, segmentsKey, sessionCaptionsPath, sessionFolderPageKey, sessionSummaryKey, speakerPageKey, speakerTranscriptKey, transcriptKey, transcriptPageKey, warningsKey } from '../model/event-layout';
import { INTERACTIVE_TRANSCRIPT_SCRIPT } from '../publish/browser/compiled-scripts';
import type { SessionFiles } from '../publish/html/recording-files';
import { InputWarningsFile } from '../model/input-warning';
import { ResolvedManifest } from '../model/manifest-resolved';
import { SpeakerTranscript } from '../model/speaker-transcript';
import { SummaryFile } from '../model/summary';
import { Transcript } from '../model/transcript';
import { renderEventPage } from '../publish/html/event-page';
import { sessionRows } from '../publish/html/session-rows';
import { renderSessionFolderPage } from '../publish/html/session-folder-page';
import { renderSpeakerPage } from '../publish/html/speaker-page';
import { renderTranscriptPage } from '../publish/html/transcript-page';
import { parseSegmentsJsonl } from '../model/segments-jsonl';
import { speakerSlugs } from '../split/speaker-transcripts';
import type { BlobStore } from '../store/blob-store';
import { stampCatalogue, writeCatalogueEntry } from './event-catalogue';
import { JobId } from './job-fields';
import { getJson } from './json-blob';
import { plural, type StageResult } from './stage-result';

export const RenderPagesJob = z.strictObject({
  eventId: JobId,
});
export type RenderPagesJob = z.infer<typeof RenderPagesJob>;

async function optionalJson<S extends z.ZodType>(store: BlobStore, key: string, schema: S): Promise<z.output<S> | undefined> {
  return (await store.exists(key)) ? getJson(store, key, schema) : undefined;
}

/** The stored transcript of each agenda session that has one, in agenda order. */
async function storedTranscripts(store: BlobStore, eventId: string, manifest: ResolvedManifest | undefined): Promise<Map<string, Transcript>> {
  const transcripts = new Map<string, Transcript>();
  for (const s of manifest?.sessions ?? []) {
    const transcript = await optionalJson(store, transcriptKey(eventId, s.id), Transcript);
    if (transcript) transcripts.set(s.id, transcript);
  }
  return transcripts;
}

/**
 * The speaker transcripts the stage reads: those of the speakers the stored transcripts name
 * (slugs worked out as the split stage works them out), so a file left by an older run whose
 * speaker is gone is neither read nor published.
 */
function speakerKeys(eventId: string, transcripts: ReadonlyMap<string, Transcript>): string[] {
  return speakerSlugs([...transcripts.values()]).map(({ slug }) => speakerTranscriptKey(eventId, slug, 'json'));
}

/** The files a session page offers, present or not: its captions, and its recording's player files. */
function sessionFileKeys(eventId: string, sessionId: string, recordingId: string): Record<keyof SessionFiles, string> {
  return {
    sessionCaptions: `${eventPrefix(eventId)}${sessionCaptionsPath(sessionId, 'vtt')}`,
    recordingCaptions: recordingPlayerKey(eventId, recordingId, 'captions.vtt'),
    chapters: recordingPlayerKey(eventId, recordingId, 'chapters.vtt'),
    youTubeChapters: recordingPlayerKey(eventId, recordingId, 'chapters.youtube.txt'),
  };
}

/** Which of a session's files exist; `exists` asks the store once per key (a recording's files are every one of its sessions'). */
async function sessionFiles(exists: (key: string) => Promise<boolean>, keys: Record<keyof SessionFiles, string>): Promise<SessionFiles> {
  return {
    sessionCaptions: await exists(keys.sessionCaptions),
    recordingCaptions: await exists(keys.recordingCaptions),
    chapters: await exists(keys.chapters),
    youTubeChapters: await exists(keys.youTubeChapters),
  };
}

/**
 * Every key the stage reads, present or not, in a stable order: the manifest (needed), then what
 * it does without: alignment, summaries, segments, input warnings, each agenda session's transcript, and the
 * speaker transcripts of the speakers those transcripts name.
 */
export async function renderPagesInputKeys(store: BlobStore, job: RenderPagesJob): Promise<string[]> {
  const key = manifestKey(job.eventId);
  const manifest = (await store.exists(key)) ? await getJson(store, key, ResolvedManifest) : undefined;
  const sessionKeys = (manifest?.sessions ?? []).flatMap((s) => [transcriptKey(job.eventId, s.id), sessionSummaryKey(job.eventId, s.id)]);
  const transcripts = await storedTranscripts(store, job.eventId, manifest);
  // Whether each offered file exists decides the page (a link, a <track>): the captions stage's outputs are read too.
  const fileKeys = [...transcripts].flatMap(([id, t]) => Object.values(sessionFileKeys(job.eventId, id, t.recording)));
  return [key, alignmentKey(job.eventId), eventSummaryKey(job.eventId), segmentsKey(job.eventId), warningsKey(job.eventId), ...sessionKeys, ...speakerKeys(job.eventId, transcripts), ...new Set(fileKeys)];
}

/**
 * Pages stage: the event page (index.html), a transcript.html for every session that has a
 * transcript.json (with the recording's player and the files the captions stage published for
 * it, and an index.html beside it that sends the folder's address there), the script those pages
 * load, and a speakers/<slug>.html for every speaker transcript. Only the manifest is
 * required; a missing alignment, summary or segments.jsonl leaves its part of the pages out (or
 * says it is not available).
 */
export async function renderPagesStage(store: BlobStore, job: RenderPagesJob): Promise<StageResult> {
  const manifest = await getJson(store, manifestKey(job.eventId), ResolvedManifest);
  const alignment = await optionalJson(store, alignmentKey(job.eventId), Alignment);
  const eventSummary = await optionalJson(store, eventSummaryKey(job.eventId), SummaryFile);
  const warnings = Object.values((await optionalJson(store, warningsKey(job.eventId), InputWarningsFile))?.recordings ?? {}).flat();
  const segmentsText = (await store.exists(segmentsKey(job.eventId))) ? (await store.get(segmentsKey(job.eventId))).toString('utf8') : '';
  const segmentStarts = new Map<string, number[]>();
  for (const segment of parseSegmentsJsonl(segmentsText)) {
    const starts = segmentStarts.get(segment.sessionId) ?? [];
    starts.push(segment.startMs);
    segmentStarts.set(segment.sessionId, starts);
  }
  const transcripts = await storedTranscripts(store, job.eventId, manifest);
  const summaries = new Map<string, SummaryFile>();
  for (const id of transcripts.keys()) {
    const summary = await optionalJson(store, sessionSummaryKey(job.eventId, id), SummaryFile);
    if (summary) summaries.set(id, summary);
  }
  const speakers: SpeakerTranscript[] = [];
  for (const key of speakerKeys(job.eventId, transcripts)) {
    const speaker = await optionalJson(store, key, SpeakerTranscript);
    if (speaker) speakers.push(speaker);
  }
  const slugs = new Map(speakers.map((s) => [s.name, s.slug]));
  const rows = sessionRows(manifest, alignment, new Set(transcripts.keys()));
  const asked = new Map<string, Promise<boolean>>();
  const existsOnce = (key: string): Promise<boolean> => asked.get(key) ?? asked.set(key, store.exists(key)).get(key)!;
  const outputKeys: string[] = [];
  const folderPageKeys: string[] = [];
  const eventKey = eventPageKey(job.eventId);
  await store.put(eventKey, renderEventPage({ manifest, rows, transcripts, segmentStarts, speakers, warnings, ...(eventSummary ? { summary: eventSummary } : {}) }));
  outputKeys.push(eventKey);
  for (const row of rows) {
    const transcript = transcripts.get(row.session.id);
    if (!transcript) continue;
    const summary = summaries.get(row.session.id);
    const key = transcriptPageKey(job.eventId, row.session.id);
    const files = await sessionFiles(existsOnce, sessionFileKeys(job.eventId, row.session.id, transcript.recording));
    await store.put(key, renderTranscriptPage({ manifest, transcript, row, segmentStarts: segmentStarts.get(row.session.id) ?? [], speakerSlugs: slugs, files, ...(summary ? { summary } : {}) }));
    outputKeys.push(key);
    const folderKey = sessionFolderPageKey(job.eventId, row.session.id);
    await store.put(folderKey, renderSessionFolderPage(manifest, transcript.title));
    folderPageKeys.push(folderKey);
  }
  if (transcripts.size > 0) {
    const scriptKey = interactiveTranscriptKey(job.eventId);
    await store.put(scriptKey, INTERACTIVE_TRANSCRIPT_SCRIPT);
    outputKeys.push(scriptKey);
  }
  const sessionPages = new Set(transcripts.keys());
  for (const speaker of speakers) {
    const key = speakerPageKey(job.eventId, speaker.slug);
    await store.put(key, renderSpeakerPage({ manifest, speaker, sessionPages }));
    outputKeys.push(key);
  }
  const pages = outputKeys.length;
  outputKeys.push(...folderPageKeys);
  // After the pages: a server that sees the stamp change lists the event with its page.
  outputKeys.push(await writeCatalogueEntry(store, manifest));
  await stampCatalogue(store, job.eventId);
  return {
    outputKeys,
    summary: `pages: event page, ${plural(transcripts.size, 'transcript page')} and ${plural(speakers.length, 'speaker page')}`,
    counts: { pages },
  };
}
