import { z } from 'zod';
import { eventPrefix, manifestKey, stampKey } from '../model/event-layout';
import type { BlobStore } from '../store/blob-store';
import { JobId } from './job-fields';
import { plural, type StageResult } from './stage-result';
import { readStamp } from './stage-stamp';

/** A stamp name of the plan: one key segment ("ingest-recording.main"), never a path. */
const StampName = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'must be a stamp name (lowercase letters, digits, "." and "-")');

export const PruneEventJob = z.strictObject({
  eventId: JobId,
  /** stamp names of every other step of the current plan: what they list is what the event holds now */
  keepStamps: z.array(StampName).min(1),
});
export type PruneEventJob = z.infer<typeof PruneEventJob>;

/** A step of the plan has no readable stamp: it has not succeeded, so what it would keep is unknown. */
export class PruneRefusedError extends Error {
  override readonly name = 'PruneRefusedError';
}

/**
 * The last step of an event's run: deletes every blob under events/<id>/ that the current plan no
 * longer produces (the outputs of a session removed from the manifest, a source under an old file
 * name, stamps of steps no longer planned), so a re-run publishes exactly what the manifest says.
 * Kept: the manifest, the stamps of the current steps, and every key those stamps list as an input
 * (the recordings' sources) or an output. It runs only after every other step has succeeded (the
 * plan puts it last; a failure stops a run before it) and refuses when any current stamp is
 * missing, so a partial run never deletes the outputs of a step that did not run; `requiredStamps`
 * (each recording's ingest, from the stored manifest) must all be in the job. Nothing outside
 * events/<id>/ is listed, so nothing outside it can go. A second run finds nothing to delete.
 */
export async function pruneEventStage(store: BlobStore, job: PruneEventJob, requiredStamps: readonly string[] = []): Promise<StageResult> {
  // A payload comes from Redis: one that leaves out a step of the stored manifest (a recording's
  // ingest) would have that step's source deleted, so it is refused.
  const missing = requiredStamps.filter((name) => !job.keepStamps.includes(name));
  if (missing.length > 0) throw new PruneRefusedError(`prune ${job.eventId}: the job leaves out ${missing.join(', ')}, a step of the stored manifest; nothing is deleted`);
  const keep = new Set([manifestKey(job.eventId)]);
  for (const name of job.keepStamps) {
    const key = stampKey(job.eventId, name);
    const stamp = await readStamp(store, key);
    if (stamp === undefined) throw new PruneRefusedError(`prune ${job.eventId}: no readable stamp at ${key}; the step has not succeeded, so nothing is deleted`);
    keep.add(key);
    for (const blob of [...stamp.inputs, ...stamp.outputs]) keep.add(blob.key);
  }
  const prefix = eventPrefix(job.eventId);
  const stale = (await store.list(prefix)).filter((key) => key.startsWith(prefix) && !keep.has(key));
  await store.delete(stale);
  return { outputKeys: [], summary: `prune: ${plural(stale.length, 'stale blob')} removed`, counts: { pruned: stale.length } };
}
