import { Command, CommanderError } from 'commander';
import { CaptionInputError, ManifestError, NoSearchIndexError, ServiceUnavailableError, UsageError } from '../model/errors';
import { readCliConfig, type CliConfig } from './cli-config';
import { registerCheck } from './commands/check';
import { registerConvert } from './commands/convert';
import { registerEnqueue } from './commands/enqueue';
import { registerFailed } from './commands/failed';
import { registerParse } from './commands/parse';
import { registerProcess } from './commands/process';
import { registerSearch } from './commands/search';
import { registerServe } from './commands/serve';
import { registerWorker } from './commands/worker';
import { EXIT, ExitWith } from './exit-codes';
import { processIo, type CliIo } from './io';
import { RECAP_VERSION } from '../version';

export function buildProgram(io: CliIo, config: CliConfig = {}): Command {
  const program = new Command('recap')
    .description('Turn the caption files of an event\'s recordings into transcripts, search and accessible captions.')
    .version(RECAP_VERSION)
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  registerParse(program, io, config);
  registerConvert(program, io, config);
  registerCheck(program, io, config);
  registerProcess(program, io, config);
  registerSearch(program, io, config);
  registerWorker(program, config);
  registerEnqueue(program, io, config);
  registerFailed(program, io, config);
  registerServe(program, io, config);
  for (const command of program.commands) {
    command.exitOverride().configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  }
  return program;
}

/**
 * Runs the command line and returns the exit code (never calls process.exit itself). The
 * environment is read once, here, into `config`; tests pass their own.
 */
export async function runCli(argv: string[], io: CliIo = processIo, config: CliConfig = readCliConfig(process.env)): Promise<number> {
  const program = buildProgram(io, config);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof ExitWith) return e.code;
    if (e instanceof CaptionInputError || e instanceof NoSearchIndexError) {
      io.err(`recap: ${e.message}\n`);
      return EXIT.badInput;
    }
    if (e instanceof ManifestError) {
      // One line per problem, each with the file and line, as compilers print them.
      io.err(e.message.split('\n').map((line) => `recap: ${line}\n`).join(''));
      return EXIT.badInput;
    }
    if (e instanceof ServiceUnavailableError) {
      io.err(`recap: ${e.message}\n`);
      return EXIT.serviceUnavailable;
    }
    if (e instanceof UsageError) {
      io.err(`recap: ${e.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`recap: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 70;
    },
  );
}
