import type { Command } from 'commander';
import { ALL_STAGES } from '../../../pipelines/queue-set';
import { closeOnSignals } from '../../../workers/graceful-shutdown';
import { createLogger, readLogLevel } from '../../../workers/logger';
import { probeRedis, redactUrl, requireRedisUrl } from '../../../workers/redis-connection';
import { startWorkerPool } from '../../../workers/worker-pool';
import { UsageError } from '../../model/errors';
import type { StageName } from '../../stages/stage-registry';
import type { CliConfig } from '../cli-config';
import { DEFAULT_STORE, openCliStore, storeTarget } from '../cli-store';
import { PREFIX_HELP, positiveInteger, queuePrefix } from '../queue-options';

interface WorkerFlags {
  store?: string;
  concurrency?: string;
  queues?: string;
  lockMs?: string;
  shutdownTimeout?: string;
  prefix?: string;
}

function stagesOf(value: string | undefined): StageName[] {
  if (value === undefined) return ALL_STAGES;
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !ALL_STAGES.includes(n as StageName));
  if (names.length === 0 || unknown.length > 0) {
    throw new UsageError(`--queues: unknown stage ${unknown.map((n) => `"${n}"`).join(', ') || '(none given)'}; stages: ${ALL_STAGES.join(', ')}`);
  }
  return names as StageName[];
}

export function registerWorker(program: Command, config: CliConfig): void {
  program
    .command('worker')
    .description('process queued pipeline jobs (needs REDIS_URL) until SIGINT/SIGTERM, which finish running jobs first')
    .option('--store <target>', `the store the jobs read and write: a folder or s3://bucket/prefix (default: $RECAP_STORE, else ${DEFAULT_STORE})`)
    .option('--concurrency <n>', 'jobs run at once per stage queue (default 1)')
    .option('--queues <stages>', `comma-separated stages to serve (default all: ${ALL_STAGES.join(',')})`)
    .option('--lock-ms <ms>', 'how long a job stays locked to this worker without renewal; a dead worker\'s jobs move on after it (default 60000)')
    .option('--shutdown-timeout <s>', 'seconds to let running jobs finish after SIGINT/SIGTERM (default 30)')
    .option('--prefix <prefix>', PREFIX_HELP)
    .action(async (flags: WorkerFlags) => {
      const redisUrl = requireRedisUrl({ REDIS_URL: config.redisUrl }, 'recap worker');
      const stages = stagesOf(flags.queues);
      const concurrency = positiveInteger('--concurrency', flags.concurrency, 1);
      const lockDurationMs = positiveInteger('--lock-ms', flags.lockMs, 60_000);
      const deadlineMs = positiveInteger('--shutdown-timeout', flags.shutdownTimeout, 30) * 1000;
      const prefix = queuePrefix(flags.prefix);
      const logger = createLogger(readLogLevel({ LOG_LEVEL: config.logLevel }));
      const store = openCliStore(storeTarget(flags.store, config), config);
      await probeRedis(redisUrl);
      const pool = startWorkerPool({ redisUrl, prefix, store, stages, concurrency, lockDurationMs, logger });
      logger.info({ redis: redactUrl(redisUrl), prefix, store: store.location, stages, concurrency, pid: process.pid }, 'worker ready');
      const code = await closeOnSignals(pool, deadlineMs, logger);
      await store.close?.();
      if (code !== 0) throw new Error('the worker did not close cleanly (see the log)');
    });
}
