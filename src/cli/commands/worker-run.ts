import { closeOnSignals } from '../../../workers/graceful-shutdown';
import { createLogger, readLogLevel } from '../../../workers/logger';
import { probeRedis, redactUrl, requireRedisUrl } from '../../../workers/redis-connection';
import { startWorkerPool } from '../../../workers/worker-pool';
import { UsageError } from '../../model/errors';
import { DEFAULT_LIMITS } from '../../model/limits';
import { processStageContext } from '../../../pipelines/stage-context';
import { STAGE_NAMES, type StageName } from '../../stages/stage-registry';
import type { CliConfig } from '../cli-config';
import { openCliStore, storeTarget } from '../cli-store';
import { queuePrefix } from '../queue-options';

/**
 * `recap worker`'s work, loaded only when the command runs: BullMQ, ioredis and pino cost some
 * 0.5 s to load, which no other command should pay.
 */

export interface WorkerFlags {
  store?: string;
  concurrency?: number;
  queues?: string;
  lockMs?: number;
  /** seconds */
  shutdownTimeout?: number;
  prefix?: string;
}

function stagesOf(value: string | undefined): StageName[] {
  if (value === undefined) return STAGE_NAMES;
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !STAGE_NAMES.includes(n as StageName));
  if (names.length === 0 || unknown.length > 0) {
    throw new UsageError(`--queues: unknown stage ${unknown.map((n) => `"${n}"`).join(', ') || '(none given)'}; stages: ${STAGE_NAMES.join(', ')}`);
  }
  return names as StageName[];
}

/** Runs workers until SIGINT/SIGTERM, then closes them within the deadline. */
export async function runWorker(flags: WorkerFlags, config: CliConfig): Promise<void> {
  const redisUrl = requireRedisUrl({ REDIS_URL: config.redisUrl }, 'recap worker');
  const stages = stagesOf(flags.queues);
  const concurrency = flags.concurrency ?? 1;
  const lockDurationMs = flags.lockMs ?? 60_000;
  const deadlineMs = (flags.shutdownTimeout ?? 30) * 1000;
  const prefix = queuePrefix(flags.prefix);
  const logger = createLogger(readLogLevel({ LOG_LEVEL: config.logLevel }));
  const store = openCliStore(storeTarget(flags.store, config), config);
  await probeRedis(redisUrl);
  const pool = startWorkerPool({ redisUrl, prefix, store, stages, concurrency, lockDurationMs, logger, context: processStageContext(config.limits ?? DEFAULT_LIMITS) });
  logger.info({ redis: redactUrl(redisUrl), prefix, store: store.location, stages, concurrency, pid: process.pid }, 'worker ready');
  const code = await closeOnSignals(pool, deadlineMs, logger);
  await store.close?.();
  if (code !== 0) throw new Error('the worker did not close cleanly (see the log)');
}
