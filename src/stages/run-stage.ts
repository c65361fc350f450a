import { stampKey } from '../model/event-layout';
import type { BlobStore } from '../store/blob-store';
import { JobPayloadError } from './job-payload-error';
import { RunScopedStore } from './run-scoped-store';
import { DEFAULT_STAGE_CONTEXT, STAGES, type StageContext, type StageDefinition, type StageName } from './stage-registry';
import type { StageResult } from './stage-result';
import { digestInputs, outputsIntact, readStamp, writeStamp } from './stage-stamp';

/** A stage's result, and whether its work was skipped because its stamp showed the outputs up to date. */
export interface StageOutcome extends StageResult {
  skipped: boolean;
}

/** Appended to the progress line of a skipped stage. */
export const UP_TO_DATE = ' (up to date)';

/**
 * The one way to run a stage, for `recap process` and the queue workers alike: validate the
 * payload (JobPayloadError when the schema refuses it), then run the stage unless its stamp shows
 * the same version already ran on the same job and inputs and every output it wrote is still
 * there with the same bytes. After a run, the stamp is (re)written.
 */
export async function runStage(store: BlobStore, stage: StageName, payload: unknown, context: StageContext = DEFAULT_STAGE_CONTEXT): Promise<StageOutcome> {
  // Each entry satisfies StageDefinition of its own job; the lookup by a union name cannot say which.
  const definition = STAGES[stage] as StageDefinition<{ eventId: string }>;
  return runDefinedStage(store, stage, definition, payload, context);
}

/** runStage with the definition given: the registry's, or (in tests) one with another version. */
export async function runDefinedStage<Job extends { eventId: string }>(
  store: BlobStore,
  stage: string,
  definition: StageDefinition<Job>,
  payload: unknown,
  context: StageContext = DEFAULT_STAGE_CONTEXT,
): Promise<StageOutcome> {
  const parsed = definition.schema.safeParse(payload);
  if (!parsed.success) throw new JobPayloadError(stage, parsed.error.issues);
  const job = parsed.data;
  if (definition.unstamped === true) return { ...(await definition.run(store, job, context)), skipped: false };
  // Inputs are hashed, then read by the stage; outputs are written, then hashed: fetch each once.
  const scoped = new RunScopedStore(store);
  const key = stampKey(job.eventId, definition.stampName(job));
  const inputKeys = await definition.inputKeys(scoped, job);
  const digest = await digestInputs(scoped, definition.version, job, inputKeys);
  const stamp = await readStamp(scoped, key);
  if (stamp && stamp.stage === stage && stamp.version === definition.version && stamp.inputsHash === digest.inputsHash && (await outputsIntact(scoped, stamp))) {
    return { outputKeys: stamp.outputs.map((o) => o.key), summary: `${stamp.summary}${UP_TO_DATE}`, counts: stamp.counts, skipped: true };
  }
  const result = await scoped.readingOnly(stage, inputKeys, () => definition.run(scoped, job, context));
  await writeStamp(scoped, key, stage, definition.version, digest, result);
  return { ...result, skipped: false };
}
