import { spawn, type ChildProcess } from 'child_process';

/**
 * Child processes this bench started: every one is killed when the bench exits, however it
 * exits (an error, Ctrl-C), so no worker, redis-server or s3rver is left behind.
 */
const live = new Set<ChildProcess>();

process.on('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => process.exit(130));
}

export function track(child: ChildProcess): ChildProcess {
  live.add(child);
  child.once('exit', () => live.delete(child));
  return child;
}

export interface Child {
  process: ChildProcess;
  pid: number;
  /** stdout and stderr so far */
  output(): string;
  /** stdout alone so far (a child's JSON result) */
  stdout(): string;
  exited: Promise<number | string>;
}

export function spawnChild(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Child {
  const child = track(spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] }));
  let output = '';
  let stdout = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
    stdout += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => void (output += chunk.toString('utf8')));
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  if (child.pid === undefined) throw new Error(`${command} did not start`);
  return { process: child, pid: child.pid, output: () => output, stdout: () => stdout, exited };
}

export async function stopChild(child: Child, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | string> {
  if (child.process.exitCode === null && child.process.signalCode === null) child.process.kill(signal);
  return child.exited;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
