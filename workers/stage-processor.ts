import { UnrecoverableError, type Job } from 'bullmq';
import type { Logger } from 'pino';
import { ZodError } from 'zod';
import { CaptionInputError, ManifestError } from '../src/model/errors';
import { JobPayloadError } from '../src/stages/job-payload-error';
import { runStage } from '../src/stages/run-stage';
import type { StageName } from '../src/stages/stage-registry';
import { BlobNotFoundError, InvalidBlobKeyError, type BlobStore } from '../src/store/blob-store';

/** What a finished job returns (kept by BullMQ as its return value). */
export interface StageJobResult {
  outputKeys: string[];
  summary: string;
  skipped: boolean;
  counts: Record<string, number>;
}

/**
 * Failures that another attempt cannot fix: a malformed payload, input the parsers refuse, a blob
 * that is not there, stored JSON that no longer fits its schema. Anything else (Redis, S3, the
 * network, a full disk) is worth retrying with backoff.
 */
export function isPermanentFailure(e: unknown): boolean {
  return (
    e instanceof JobPayloadError ||
    e instanceof CaptionInputError ||
    e instanceof ManifestError ||
    e instanceof BlobNotFoundError ||
    e instanceof InvalidBlobKeyError ||
    e instanceof ZodError
  );
}

/**
 * The processor of one stage's queue: validate the payload with the stage's schema, run the
 * stage (or skip it when its stamp says its outputs are up to date), return the output keys.
 */
export function stageProcessor(stage: StageName, store: BlobStore, logger: Logger) {
  return async (job: Job): Promise<StageJobResult> => {
    const eventId = typeof job.data === 'object' && job.data !== null ? (job.data as { eventId?: unknown }).eventId : undefined;
    const log = logger.child({ stage, jobId: job.id, eventId, attempt: job.attemptsMade + 1 });
    const started = process.hrtime.bigint();
    try {
      const outcome = await runStage(store, stage, job.data);
      const ms = Number((process.hrtime.bigint() - started) / 1_000_000n);
      log.info({ ms, skipped: outcome.skipped, outputs: outcome.outputKeys.length }, outcome.summary);
      return { outputKeys: outcome.outputKeys, summary: outcome.summary, skipped: outcome.skipped, counts: outcome.counts };
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (isPermanentFailure(e)) {
        // A missing input nearly always means the event was enqueued to another store.
        const hint = e instanceof BlobNotFoundError ? ` (was the event enqueued to this worker's store, ${store.location}?)` : '';
        log.error({ err: e }, `failed for good: ${message}${hint}`);
        // BullMQ does not retry an UnrecoverableError; the reason is the parser's own message.
        throw new UnrecoverableError(`${message}${hint}`);
      }
      log.warn({ err: e }, `failed, will retry while attempts remain: ${message}`);
      throw e;
    }
  };
}
