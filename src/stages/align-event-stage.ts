import { z } from 'zod';
import { alignEvent } from '../align/align-event';
import { Alignment } from '../model/alignment';
import { alignmentKey, manifestKey, trackKey } from '../model/event-layout';
import { toAgenda } from '../model/manifest-agenda';
import { ResolvedManifest } from '../model/manifest-resolved';
import { Track } from '../model/track';
import type { BlobStore } from '../store/blob-store';
import { JobId } from './job-fields';
import { getJson, putJson } from './json-blob';
import { plural, type StageResult } from './stage-result';

export const AlignEventJob = z.strictObject({
  eventId: JobId,
});
export type AlignEventJob = z.infer<typeof AlignEventJob>;

/**
 * Align stage: manifest.json and every recording's track.json -> alignment.json, which is
 * validated against the Alignment schema before it is written.
 */
export async function alignEventStage(store: BlobStore, job: AlignEventJob): Promise<StageResult> {
  const manifest = await getJson(store, manifestKey(job.eventId), ResolvedManifest);
  const agenda = toAgenda(manifest);
  const recordings = [];
  for (const recording of agenda.recordings) {
    const track = await getJson(store, trackKey(job.eventId, recording.id), Track);
    recordings.push({ ...recording, track });
  }
  const alignment = alignEvent({ eventId: manifest.id, sessions: agenda.sessions, recordings });
  const key = alignmentKey(job.eventId);
  await putJson(store, key, Alignment, alignment);
  const aligned = alignment.sessions.filter((s) => s.status === 'aligned').length;
  const missing = alignment.sessions.length - aligned;
  const detail = missing > 0 ? ` (${aligned} aligned, ${missing} missing)` : '';
  return {
    outputKeys: [key],
    summary: `align: ${plural(alignment.sessions.length, 'session')}${detail}`,
    counts: { sessions: alignment.sessions.length, aligned, missing },
  };
}

