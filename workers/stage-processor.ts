import { UnrecoverableError, type Job } from 'bullmq';
import type { Logger } from 'pino';
import { ZodError } from 'zod';
import { CaptionInputError, ManifestError, ServiceUnavailableError } from '../src/model/errors';
import { JobPayloadError } from '../src/stages/job-payload-error';
import { runStage } from '../src/stages/run-stage';
import type { StageContext, StageName } from '../src/stages/stage-registry';
import { processStageContext } from '../pipelines/stage-context';
import { BlobNotFoundError, BlobStoreError, InvalidBlobKeyError, type BlobStore } from '../src/store/blob-store';

/** What a finished job returns (kept by BullMQ as its return value). */
export interface StageJobResult {
  outputKeys: string[];
  summary: string;
  skipped: boolean;
  counts: Record<string, number>;
}

/**
 * Failures in the input that another attempt cannot fix: a malformed payload, captions the
 * parsers refuse, a blob that is not there, stored JSON that no longer fits its schema. Their
 * messages name the file (and line) already.
 */
export function isInputFailure(e: unknown): boolean {
  return (
    e instanceof JobPayloadError ||
    e instanceof CaptionInputError ||
    e instanceof ManifestError ||
    e instanceof BlobNotFoundError ||
    e instanceof InvalidBlobKeyError ||
    e instanceof ZodError
  );
}

/** Node's codes for network and resource failures that may pass (a peer restarting, a full table of open files). */
const TRANSIENT_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'EMFILE', 'ENFILE', 'ENOSPC', 'EBUSY']);
/** Error names of timeouts and of ioredis giving up on a command while Redis is away. */
const TRANSIENT_NAMES = new Set(['TimeoutError', 'AbortError', 'MaxRetriesPerRequestError']);

/**
 * Failures another attempt may get past, the only ones retried with backoff: the store (S3, a
 * folder) or Redis unreachable, the network, a timeout. Anything else, a TypeError or RangeError
 * above all, would fail the same way 8 times over about a minute.
 */
export function isTransientFailure(e: unknown): boolean {
  if (e instanceof BlobStoreError || e instanceof ServiceUnavailableError) return true;
  if (!(e instanceof Error)) return false;
  const code = (e as { code?: unknown }).code;
  return (typeof code === 'string' && TRANSIENT_CODES.has(code)) || TRANSIENT_NAMES.has(e.name);
}

/** "TypeError: x is not a function (at f (/app/src/y.ts:3:9))": where a programming error was thrown. */
function describeBug(e: unknown): string {
  if (!(e instanceof Error)) return `thrown ${typeof e}: ${String(e)}`;
  const frame = e.stack?.split('\n').find((line) => /^\s+at /.test(line))?.trim();
  return `${e.name}: ${e.message}${frame ? ` (${frame})` : ''}`;
}

/**
 * The processor of one stage's queue: validate the payload with the stage's schema, run the
 * stage (or skip it when its stamp says its outputs are up to date), return the output keys.
 */
export function stageProcessor(stage: StageName, store: BlobStore, logger: Logger, context: StageContext = processStageContext()) {
  return async (job: Job): Promise<StageJobResult> => {
    const eventId = typeof job.data === 'object' && job.data !== null ? (job.data as { eventId?: unknown }).eventId : undefined;
    const log = logger.child({ stage, jobId: job.id, eventId, attempt: job.attemptsMade + 1 });
    const started = process.hrtime.bigint();
    try {
      const outcome = await runStage(store, stage, job.data, context);
      const ms = Number((process.hrtime.bigint() - started) / 1_000_000n);
      log.info({ ms, skipped: outcome.skipped, outputs: outcome.outputKeys.length }, outcome.summary);
      return { outputKeys: outcome.outputKeys, summary: outcome.summary, skipped: outcome.skipped, counts: outcome.counts };
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (isInputFailure(e)) {
        // A missing input nearly always means the event was enqueued to another store.
        const hint = e instanceof BlobNotFoundError ? ` (was the event enqueued to this worker's store, ${store.location}?)` : '';
        log.error({ err: e }, `failed for good: ${message}${hint}`);
        // BullMQ does not retry an UnrecoverableError; the reason is the parser's own message.
        throw new UnrecoverableError(`${message}${hint}`);
      }
      if (!isTransientFailure(e)) {
        const reason = describeBug(e);
        log.error({ err: e }, `failed for good (not a failure that can pass): ${reason}`);
        throw new UnrecoverableError(reason);
      }
      log.warn({ err: e }, `failed, will retry while attempts remain: ${message}`);
      throw e;
    }
  };
}
