import { z } from 'zod';
import { Alignment } from '../model/alignment';
import { alignmentKey, manifestKey, segmentsKey, speakerTranscriptKey, trackKey, transcriptKey } from '../model/event-layout';
import { toAgenda } from '../model/manifest-agenda';
import { ResolvedManifest } from '../model/manifest-resolved';
import { formatSegmentsJsonl } from '../model/segments-jsonl';
import { SpeakerTranscript } from '../model/speaker-transcript';
import { Transcript } from '../model/transcript';
import { Track } from '../model/track';
import { renderMarkdown, renderText } from '../split/render';
import { renderSpeakerMarkdown } from '../split/render-speaker';
import { eventPeople, splitEvent } from '../split/split-event';
import { buildSpeakerTranscripts } from '../split/speaker-transcripts';
import type { BlobStore } from '../store/blob-store';
import { JobId } from './job-fields';
import { getJson, putJson } from './json-blob';
import { plural, type StageResult } from './stage-result';

export const SplitEventJob = z.strictObject({
  eventId: JobId,
});
export type SplitEventJob = z.infer<typeof SplitEventJob>;

/**
 * Split stage: manifest.json, every track.json and alignment.json -> each aligned session's
 * transcript.json, .md and .txt, each named speaker's speakers/<slug>.json and .md, and the event's
 * segments.jsonl. Missing sessions get no transcript.
 */
export async function splitEventStage(store: BlobStore, job: SplitEventJob): Promise<StageResult> {
  const manifest = await getJson(store, manifestKey(job.eventId), ResolvedManifest);
  const alignment = await getJson(store, alignmentKey(job.eventId), Alignment);
  const agenda = toAgenda(manifest);
  const tracks = new Map<string, Track>();
  for (const recording of agenda.recordings) tracks.set(recording.id, await getJson(store, trackKey(job.eventId, recording.id), Track));
  const { transcripts, segments } = splitEvent({
    eventId: manifest.id,
    eventTitle: manifest.title,
    sessions: agenda.sessions,
    recordings: agenda.recordings,
    tracks,
    alignment,
    language: manifest.language,
  });
  const keys: string[] = [];
  for (const transcript of transcripts) {
    const json = transcriptKey(job.eventId, transcript.sessionId, 'json');
    await putJson(store, json, Transcript, transcript);
    const md = transcriptKey(job.eventId, transcript.sessionId, 'md');
    await store.put(md, renderMarkdown(transcript));
    const txt = transcriptKey(job.eventId, transcript.sessionId, 'txt');
    await store.put(txt, renderText(transcript));
    keys.push(json, md, txt);
  }
  const speakers = buildSpeakerTranscripts(manifest.id, transcripts, eventPeople(agenda.sessions));
  for (const speaker of speakers) {
    const json = speakerTranscriptKey(job.eventId, speaker.slug, 'json');
    await putJson(store, json, SpeakerTranscript, speaker);
    const md = speakerTranscriptKey(job.eventId, speaker.slug, 'md');
    await store.put(md, renderSpeakerMarkdown(speaker));
    keys.push(json, md);
  }
  const key = segmentsKey(job.eventId);
  await store.put(key, formatSegmentsJsonl(segments));
  keys.push(key);
  return {
    outputKeys: keys,
    summary: `split: ${plural(transcripts.length, 'transcript')}, ${plural(speakers.length, 'speaker')}, ${plural(segments.length, 'segment')}`,
    counts: { transcripts: transcripts.length, speakers: speakers.length, segments: segments.length },
  };
}
