import type { Command } from 'commander';
import { STAGE_NAMES } from '../../stages/stage-registry';
import type { CliConfig } from '../cli-config';
import { DEFAULT_STORE } from '../cli-store';
import { positiveInteger } from '../numeric-flags';
import { PREFIX_HELP } from '../queue-options';
import type { WorkerFlags } from './worker-run';

export function registerWorker(program: Command, config: CliConfig): void {
  program
    .command('worker')
    .description('process queued pipeline jobs (needs REDIS_URL) until SIGINT/SIGTERM, which finish running jobs first')
    .option('--store <target>', `the store the jobs read and write: a folder or s3://bucket/prefix (default: $RECAP_STORE, else ${DEFAULT_STORE})`)
    .option('--concurrency <n>', 'jobs run at once per stage queue (default 1)', positiveInteger)
    .option('--queues <stages>', `comma-separated stages to serve (default all: ${STAGE_NAMES.join(',')})`)
    .option('--lock-ms <ms>', 'how long a job stays locked to this worker without renewal; a dead worker\'s jobs move on after it (default 60000)', positiveInteger)
    .option('--shutdown-timeout <s>', 'seconds to let running jobs finish after SIGINT/SIGTERM (default 30)', positiveInteger)
    .option('--prefix <prefix>', PREFIX_HELP)
    .action(async (flags: WorkerFlags) => {
      const { runWorker } = await import('./worker-run.js');
      await runWorker(flags, config);
    });
}
