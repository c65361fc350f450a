import { listFailedJobs } from '../../../pipelines/failed-runs';
import { queueName } from '../../../pipelines/queue-names';
import { openQueueSet } from '../../../pipelines/queue-set';
import { isStageName } from '../../stages/stage-registry';
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
      // A job pushed by hand may sit in another stage's queue, or carry no stage name at all.
      const stage = isStageName(job.stage) && queueName(job.stage) === job.queue ? job.stage : `${job.stage || '(no name)'} in ${job.queue}`;
      io.out(`${job.eventId ?? '(no event)'}\t${stage}\t${when}\t${job.jobId}\t${job.reason}\n`);
    }
  } finally {
    await set.close();
    connection.disconnect();
  }
}
