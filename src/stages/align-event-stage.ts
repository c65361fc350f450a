import { z } from 'zod';
import { alignEvent } from '../align/align-event';
import { pinsBeyondCaptions } from '../align/pins';
import { ManifestError } from '../model/errors';
import { Alignment } from '../model/alignment';
import { alignmentKey, manifestKey, trackKey, warningsKey } from '../model/event-layout';
import { InputWarningsFile } from '../model/input-warning';
import { toAgenda } from '../model/manifest-agenda';
import { ResolvedManifest } from '../model/manifest-resolved';
import { Track } from '../model/track';
import type { BlobStore } from '../store/blob-store';
import { allInputWarnings, eventInputWarnings, refuseImplausibleInput } from './input-warnings';
import { JobId } from './job-fields';
import { getJson, putJson } from './json-blob';
import { plural, type StageResult } from './stage-result';

export const AlignEventJob = z.strictObject({
  eventId: JobId,
  /**
   * refuse implausible input (warnings.json's warnings) instead of going on with it; absent when
   * false, so that jobs and stamps of runs without it stay as they were
   */
  strict: z.boolean().optional(),
});
export type AlignEventJob = z.infer<typeof AlignEventJob>;

/**
 * Align stage: manifest.json and every recording's track.json -> alignment.json, which is
 * validated against the Alignment schema before it is written, and warnings.json: implausible
 * input found in each track and in each recording's span against its agenda. This is the first
 * stage that sees the agenda and every track, so it is where a strict run stops, before anything
 * is published, and where a pin (the manifest's correction) is checked against the captions.
 */
export async function alignEventStage(store: BlobStore, job: AlignEventJob): Promise<StageResult> {
  const manifest = await getJson(store, manifestKey(job.eventId), ResolvedManifest);
  const agenda = toAgenda(manifest);
  const recordings = [];
  for (const recording of agenda.recordings) {
    const track = await getJson(store, trackKey(job.eventId, recording.id), Track);
    recordings.push({ ...recording, track });
  }
  // Only the captions tell whether a pin lies within its recording: a bad one stops the run here (exit 1).
  const beyond = pinsBeyondCaptions(agenda.sessions, recordings);
  if (beyond.length > 0) throw new ManifestError(manifestKey(job.eventId), beyond.map((p) => ({ path: `sessions[${p.index}].pin`, message: p.message })));
  const alignment = alignEvent({ eventId: manifest.id, sessions: agenda.sessions, recordings });
  const warnings = eventInputWarnings({ manifest, agenda, tracks: new Map(recordings.map((r) => [r.id, r.track])), alignment });
  if (job.strict) refuseImplausibleInput(warnings);
  const key = alignmentKey(job.eventId);
  await putJson(store, key, Alignment, alignment);
  await putJson(store, warningsKey(job.eventId), InputWarningsFile, warnings);
  const warningCount = allInputWarnings(warnings).length;
  const aligned = alignment.sessions.filter((s) => s.status === 'aligned').length;
  const missing = alignment.sessions.length - aligned;
  const detail = missing > 0 ? ` (${aligned} aligned, ${missing} missing)` : '';
  const warned = warningCount > 0 ? `; ${plural(warningCount, 'input warning')}` : '';
  return {
    outputKeys: [key, warningsKey(job.eventId)],
    summary: `align: ${plural(alignment.sessions.length, 'session')}${detail}${warned}`,
    counts: { sessions: alignment.sessions.length, aligned, missing, warnings: warningCount },
  };
}

