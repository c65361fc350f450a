import type { EnqueuedRun } from '../../pipelines/enqueue-flow';
import { openQueueSet, type QueueSet } from '../../pipelines/queue-set';
import { watchRun, type RunOutcome } from '../../pipelines/watch-run';
import { connectRedis } from '../../workers/redis-connection';
import type { CliConfig } from '../../src/cli/cli-config';
import { runRecap } from './recap-child';

/** `recap enqueue <event> --json` (no wait): the run it queued. */
export async function enqueueRun(event: string, store: string, prefix: string, config: CliConfig): Promise<EnqueuedRun> {
  const result = await runRecap(['enqueue', event, '--store', store, '--prefix', prefix, '--json'], config);
  if (result.code !== 0) throw new Error(`recap enqueue ${event} exited ${result.code}: ${result.err}`);
  return JSON.parse(result.out) as EnqueuedRun;
}

/** A test's view of the queues, on a connection of its own that rides out Redis restarts. */
export async function withQueues<T>(redisUrl: string, prefix: string, body: (set: QueueSet) => Promise<T>): Promise<T> {
  const connection = connectRedis(redisUrl);
  connection.on('error', () => undefined);
  const set = openQueueSet(connection, prefix, () => undefined);
  try {
    return await body(set);
  } finally {
    await set.close();
    connection.disconnect();
  }
}

/** Waits for every run to end (completed or failed), within `timeoutMs`. */
export async function waitForRuns(set: QueueSet, runs: EnqueuedRun[], timeoutMs: number): Promise<RunOutcome[]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`runs did not end within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([Promise.all(runs.map((run) => watchRun(run, set.queues, () => undefined, { intervalMs: 200 }))), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
