import { spawn, type ChildProcess } from 'child_process';
import path from 'path';
import type { CliConfig } from '../../src/cli/cli-config';
import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';
import type { S3Config } from '../../src/store/s3-config';

const ROOT = path.resolve(__dirname, '../..');
/** tsx's loader runs the TypeScript sources directly, so a test never depends on a stale dist/. */
const TSX_LOADER = path.join(ROOT, 'node_modules/tsx/dist/loader.mjs');
const MAIN = path.join(ROOT, 'src/cli/main.ts');

/** The environment variables a recap process reads for these services (CONTRACT.md "Configuration"). */
export function serviceEnv(redisUrl: string, s3?: S3Config): Record<string, string> {
  const env: Record<string, string> = { REDIS_URL: redisUrl, LOG_LEVEL: 'info' };
  if (s3) {
    if (s3.endpoint) env.S3_ENDPOINT = s3.endpoint;
    env.S3_REGION = s3.region;
    env.S3_FORCE_PATH_STYLE = String(s3.forcePathStyle);
    if (s3.credentials) {
      env.AWS_ACCESS_KEY_ID = s3.credentials.accessKeyId;
      env.AWS_SECRET_ACCESS_KEY = s3.credentials.secretAccessKey;
    }
  }
  return env;
}

/** The same settings as a CliConfig, for runCli in the test's own process. */
export function serviceConfig(redisUrl: string, s3?: S3Config): CliConfig {
  const env = serviceEnv(redisUrl, s3);
  const { REDIS_URL, LOG_LEVEL, ...s3Env } = env;
  return { redisUrl: REDIS_URL!, logLevel: LOG_LEVEL!, s3Env };
}

export interface RecapChild {
  process: ChildProcess;
  /** everything it wrote to stderr so far (the worker's JSON log lines) */
  log(): string;
  /** resolves with the exit code (or the signal's name) */
  exited: Promise<number | string>;
}

/** Runs `recap <args>` as a separate process, as a user or docker-compose would. */
export function spawnRecap(args: string[], env: Record<string, string>): RecapChild {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, MAIN, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => void (log += chunk.toString('utf8')));
  child.stdout?.on('data', (chunk: Buffer) => void (log += chunk.toString('utf8')));
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  return { process: child, log: () => log, exited };
}

/** Starts `recap worker` and waits for its "worker ready" log line. */
export async function startWorker(args: string[], env: Record<string, string>, timeoutMs = 30_000): Promise<RecapChild> {
  const worker = spawnRecap(['worker', ...args], env);
  const until = Date.now() + timeoutMs;
  while (!worker.log().includes('"worker ready"')) {
    if (worker.process.exitCode !== null || Date.now() > until) {
      worker.process.kill('SIGKILL');
      throw new Error(`recap worker did not become ready:\n${worker.log()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return worker;
}

export async function stopChild(child: RecapChild, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | string> {
  if (child.process.exitCode === null && child.process.signalCode === null) child.process.kill(signal);
  return child.exited;
}

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** runCli in this process with captured output. */
export async function runRecap(argv: string[], config: CliConfig): Promise<CliRun> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (s) => void (out += s), err: (s) => void (err += s), isTty: false };
  const code = await runCli(argv, io, config);
  return { code, out, err };
}
