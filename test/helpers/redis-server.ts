import { execFileSync, spawn } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { createServer } from 'net';
import { tmpdir } from 'os';
import path from 'path';
import type { Requirement } from './requirements';
import { alive, sleep } from './processes';

/**
 * A private redis-server for one test file: its own port, folder and lifetime, so nothing is
 * shared between tests or with a Redis the developer runs. With `REDIS_URL` set (a CI service,
 * say) that server is used instead and `restart` is not available.
 */
export interface TestRedis {
  url: string;
  /** false when REDIS_URL was given: a test that restarts Redis needs its own */
  own: boolean;
  /** stops the server (SIGTERM; with persistence on, Redis writes its append-only file first) */
  stop(): Promise<void>;
  /** starts it again on the same port and folder: queued jobs survive when `persistent` */
  start(): Promise<void>;
  /** the running server's process id (0 when REDIS_URL was given), e.g. to read its CPU time */
  pid(): number;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export function hasRedisServer(): boolean {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * What the queue tests need: a redis-server to start, or (`ownServer` false) REDIS_URL naming a
 * running one instead. A test that restarts Redis needs its own.
 */
export function redisRequirement(options: { ownServer?: boolean } = {}): Requirement {
  const given = !options.ownServer && Boolean(process.env.REDIS_URL);
  return { what: 'redis-server', present: given || hasRedisServer(), hint: ".ci/run installs Debian's redis-server" };
}

/** Waits until the server answers PING on its port (redis-cli ships with redis-server). */
async function waitForPing(port: number, deadlineMs: number): Promise<void> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    try {
      if (execFileSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() === 'PONG') return;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`redis-server on port ${port} did not answer within ${deadlineMs} ms`);
    await sleep(50);
  }
}

/**
 * Starts a private redis-server. `persistent`: append-only file with fsync on every write, so a
 * restart keeps the queues (the restart fault test); otherwise nothing touches the disk.
 */
export async function startTestRedis(options: { persistent?: boolean; forceOwn?: boolean } = {}): Promise<TestRedis> {
  const given = process.env.REDIS_URL;
  if (given && !options.forceOwn) {
    return { url: given, own: false, stop: async () => undefined, start: async () => undefined, pid: () => 0 };
  }
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'recap-redis-'));
  const pidFile = path.join(dir, 'redis.pid');
  const persistence = options.persistent
    ? ['--appendonly', 'yes', '--appendfsync', 'always', '--save', '']
    : ['--appendonly', 'no', '--save', ''];
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--pidfile', pidFile, '--daemonize', 'yes', '--maxmemory-policy', 'noeviction', ...persistence];
  let pid = 0;
  const start = async () => {
    await new Promise<void>((resolve, reject) => {
      const child = spawn('redis-server', args, { stdio: 'ignore' });
      child.once('error', reject);
      child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`redis-server exited with ${code}`))));
    });
    await waitForPing(port, 10_000);
    pid = Number(readFileSync(pidFile, 'utf8').trim());
  };
  const stop = async () => {
    if (pid && alive(pid)) {
      process.kill(pid, 'SIGTERM');
      const until = Date.now() + 10_000;
      while (alive(pid) && Date.now() < until) await sleep(25);
      if (alive(pid)) process.kill(pid, 'SIGKILL');
    }
    pid = 0;
  };
  await start();
  // A test that fails before its afterAll must not leave a daemon behind.
  process.once('exit', () => {
    if (pid && alive(pid)) process.kill(pid, 'SIGKILL');
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  });
  return { url: `redis://127.0.0.1:${port}`, own: true, stop, start, pid: () => pid };
}
