import type { Command } from 'commander';
import { ADMIN_PREFIX } from '../../server/security-headers';
import type { CliConfig } from '../cli-config';
import { DEFAULT_STORE } from '../cli-store';
import type { CliIo } from '../io';
import { portNumber } from '../numeric-flags';
import { PREFIX_HELP } from '../queue-options';
import type { ServeFlags } from './serve-run';

/** Only this machine can reach the server unless --host says otherwise: bull-board has no login. */
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 3000;

export function registerServe(program: Command, io: CliIo, config: CliConfig): void {
  program
    .command('serve')
    .description(`serve the published pages and search of a store over HTTP (and, with REDIS_URL, the queues at ${ADMIN_PREFIX}) until SIGINT/SIGTERM`)
    .option('--store <target>', `the store to serve: a folder or s3://bucket/prefix (default: $RECAP_STORE, else ${DEFAULT_STORE})`)
    .option('--port <n>', `port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)`, portNumber)
    .option('--host <address>', `address to listen on (default ${DEFAULT_HOST}: this machine only)`)
    .option('--prefix <prefix>', PREFIX_HELP)
    .option(
      '--allowed-host <name>',
      'a Host name the server answers to besides the --host address, localhost, 127.0.0.1 and [::1] (repeatable; also $RECAP_ALLOWED_HOSTS, comma-separated); "name:port" for another port',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .action(async (flags: ServeFlags) => {
      const { runServe } = await import('./serve-run.js');
      await runServe(flags, io, config);
    });
}
