import type { Command } from 'commander';
import type { CliConfig } from '../cli-config';
import { DEFAULT_STORE } from '../cli-store';
import type { CliIo } from '../io';
import { positiveInteger } from '../numeric-flags';
import { STRICT_PROCESS_HELP } from '../process-options';
import { PREFIX_HELP } from '../queue-options';
import type { EnqueueFlags } from './enqueue-run';

export function registerEnqueue(program: Command, io: CliIo, config: CliConfig): void {
  program
    .command('enqueue')
    .description('store an event\'s inputs and queue its pipeline for `recap worker`s (needs REDIS_URL)')
    .argument('<manifest>', 'the event manifest (event.yaml or event.json), or a folder holding one')
    .option('--store <target>', `the store the workers use: s3://bucket/prefix or a folder they share (default: $RECAP_STORE, else ${DEFAULT_STORE})`)
    .option('--summary-words <n>', 'cap the event summary at N words (whole sentences)', positiveInteger)
    .option('--profile <name>', 'caption profile (as for recap process)')
    .option('--strict', STRICT_PROCESS_HELP)
    .option('--caption-case <case>', 'case of the caption files (as for recap process)')
    .option('--wait', 'show progress until the run ends; exit 1 if it failed')
    .option('--json', 'print the run (event, run id, jobs, and with --wait their outcome) as JSON')
    .option('--prefix <prefix>', PREFIX_HELP)
    .action(async (target: string, flags: EnqueueFlags) => {
      const { runEnqueue } = await import('./enqueue-run.js');
      await runEnqueue(target, flags, io, config);
    });
}
