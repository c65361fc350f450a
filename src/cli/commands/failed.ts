import type { Command } from 'commander';
import { listFailedJobs } from '../../../pipelines/failed-runs';
import { openQueueSet } from '../../../pipelines/queue-set';
import { connectRedis, probeRedis, requireRedisUrl } from '../../../workers/redis-connection';
import type { CliConfig } from '../cli-config';
import type { CliIo } from '../io';
import { PREFIX_HELP, queuePrefix } from '../queue-options';

interface FailedFlags {
  json?: boolean;
  all?: boolean;
  prefix?: string;
}

export function registerFailed(program: Command, io: CliIo, config: CliConfig): void {
  program
    .command('failed')
    .description('list the events whose queued runs failed, with the stage and the reason (needs REDIS_URL)')
    .option('--all', 'also list the jobs that failed only because a stage they waited for did')
    .option('--json', 'print a JSON array of failed jobs')
    .option('--prefix <prefix>', PREFIX_HELP)
    .action(async (flags: FailedFlags) => {
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
    });
}
