import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { createServer } from 'net';
import { tmpdir } from 'os';
import path from 'path';
import { sleep, spawnChild, stopChild, type Child } from './children';

export interface BenchRedis {
  url: string;
  /** the redis-server process itself (run in the foreground), for its CPU */
  pid: number;
  stop(): Promise<void>;
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

function answersPing(port: number): boolean {
  try {
    return execFileSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() === 'PONG';
  } catch {
    return false;
  }
}

/**
 * A private redis-server without persistence, in the foreground (so its pid is the child's and
 * the bench can read its CPU), on a free port; nothing shared with a Redis someone else runs.
 */
export async function startRedis(): Promise<BenchRedis> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'recap-bench-redis-'));
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'];
  const child: Child = spawnChild('redis-server', args, process.env, dir);
  const until = Date.now() + 10_000;
  while (!answersPing(port)) {
    if (child.process.exitCode !== null || Date.now() > until) throw new Error(`redis-server did not answer on port ${port}:\n${child.output()}`);
    await sleep(50);
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    pid: child.pid,
    stop: async () => {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
