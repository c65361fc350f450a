import type { Command } from 'commander';
import type { CliConfig } from '../cli-config';
import type { CliIo } from '../io';
import { PREFIX_HELP } from '../queue-options';
import type { FailedFlags } from './failed-run';

export function registerFailed(program: Command, io: CliIo, config: CliConfig): void {
  program
    .command('failed')
    .description('list the events whose queued runs failed, with the stage and the reason (needs REDIS_URL)')
    .option('--all', 'also list the jobs that failed only because a stage they waited for did')
    .option('--json', 'print a JSON array of failed jobs')
    .option('--prefix <prefix>', PREFIX_HELP)
    .action(async (flags: FailedFlags) => {
      const { runFailed } = await import('./failed-run.js');
      await runFailed(flags, io, config);
    });
}
