import { listFailedJobs } from '../../../pipelines/failed-runs';
import { openQueueSet } from '../../../pipelines/queue-set';
import { connectRedis, probeRedis, requireRedisUrl } from '../../../workers/redis-connection';
import type { CliConfig } from '../cli-config';
import type { CliIo } from '../io';
import { queuePrefix } from '../queue-options';

/** `recap failed`'s work, loaded only when the command runs (BullMQ and ioredis cost some 0.4 s to load). */

export interface FailedFlags {
  json?: boolean;
  all?: boolean;
  prefix?: string;
}

export async function runFailed(flags: FailedFlags, io: CliIo, config: CliConfig): Promise<void> {
  const redisUrl = requireRedisUrl({ REDIS_URL: config.redisUrl }, 'recap failed');
  const prefix = queuePrefix(flags.prefix);
  await probeRedis(redisUrl);
  const connection = connectRedis(redisUrl);
  connection.on('error', () => undefined);
  const set = openQueueSet(connection, prefix, () => undefined);
  try {
    const jobs = (await listFailedJobs(set.queues.values())).filter((j) => flags.all || !j.consequence);
    if (flags.json) {
      io.out(`${JSON.stringify(jobs, null, 2)}\n`);
      return;
    }
    if (jobs.length === 0) {
      io.err('no failed runs\n');
      return;
    }
    for (const job of jobs) {
      const when = job.failedAt !== null ? new Date(job.failedAt).toISOString() : 'unknown time';
      io.out(`${job.eventId ?? '(no event)'}\t${job.stage}\t${when}\t${job.jobId}\t${job.reason}\n`);
    }
  } finally {
    await set.close();
    connection.disconnect();
  }
}
