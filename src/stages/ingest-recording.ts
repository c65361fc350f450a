import { z } from 'zod';
import { ingestCaptions } from '../formats/ingest';
import { recordingPrefix, trackKey } from '../model/event-layout';
import { DEFAULT_LIMITS, type Limits } from '../model/limits';
import { MANIFEST_ID_PATTERN } from '../model/manifest-fields';
import { Track } from '../model/track';
import type { BlobStore } from '../store/blob-store';
import { blobKeyProblem, JobBlobKey, JobFileName, JobId } from './job-fields';
import { putJson } from './json-blob';
import { plural, type StageResult } from './stage-result';

/** The ingest job: small, references only (the caption bytes stay in the store). */
export const IngestRecordingJob = z
  .strictObject({
    eventId: JobId,
    recordingId: JobId,
    /** key of source.caption, under the recording's own folder */
    sourceKey: JobBlobKey,
    /** the caption file's name as the user knows it: every message names it */
    fileName: JobFileName,
  })
  .superRefine((job, ctx) => {
    // Only valid ids name a folder, and only a safe key can be said to lie in one; either fault has its own issue already.
    if (!MANIFEST_ID_PATTERN.test(job.eventId) || !MANIFEST_ID_PATTERN.test(job.recordingId) || blobKeyProblem(job.sourceKey) !== undefined) return;
    const folder = recordingPrefix(job.eventId, job.recordingId);
    if (!job.sourceKey.startsWith(folder)) {
      ctx.addIssue({ code: 'custom', path: ['sourceKey'], message: `"${job.sourceKey}" is not under ${folder} (a job reads only its own recording's files)` });
    }
  });
export type IngestRecordingJob = z.infer<typeof IngestRecordingJob>;

/**
 * Ingest stage: the stored caption file -> normalised track.json. Captions that cannot be used
 * at all throw CaptionInputError naming the file and line; lesser problems are the track's
 * diagnostics. `limits` bound the file's size, cues and cue length (the defaults when not given).
 */
export async function ingestRecording(store: BlobStore, job: IngestRecordingJob, limits: Limits = DEFAULT_LIMITS): Promise<StageResult> {
  const bytes = await store.get(job.sourceKey);
  const track = ingestCaptions(bytes, { fileName: job.fileName, limits });
  const key = trackKey(job.eventId, job.recordingId);
  await putJson(store, key, Track, track);
  const problems = track.diagnostics.length > 0 ? ` (${plural(track.diagnostics.length, 'diagnostic')})` : '';
  return {
    outputKeys: [key],
    summary: `ingest ${job.recordingId}: ${plural(track.cues.length, 'cue')}${problems}`,
    counts: { cues: track.cues.length, diagnostics: track.diagnostics.length },
  };
}
