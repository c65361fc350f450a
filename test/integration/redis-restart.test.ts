import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import type { EnqueuedRun } from '../../pipelines/enqueue-flow';
import { FsBlobStore } from '../../src/store/fs-store';
import { countStates, faultEvents, until, type FaultEvents } from '../helpers/queue-fault';
import { enqueueRun, waitForRuns, withQueues } from '../helpers/queue-runs';
import { serviceConfig, serviceEnv, startWorker, stopChild, type RecapChild } from '../helpers/recap-child';
import { redisRequirement, startTestRedis, type TestRedis } from '../helpers/redis-server';
import { describeNeeding } from '../helpers/requirements';
import { snapshotStore } from '../helpers/store-snapshot';

// Real servers, child processes and retries with backoff: generous on a loaded 2-core machine.
jest.setTimeout(300_000);

// This test restarts Redis, so it always runs its own (REDIS_URL or not).
describeNeeding(redisRequirement({ ownServer: true }), 'Redis restarted during a run', () => {
  let redis: TestRedis;
  let events: FaultEvents;
  let worker: RecapChild | undefined;
  const prefix = `restart${process.pid}`;

  beforeAll(async () => {
    // Persistent (append-only, fsync always), as docker-compose runs it: the queues survive a restart.
    [redis, events] = await Promise.all([startTestRedis({ persistent: true, forceOwn: true }), faultEvents('restart', 3)]);
  });

  afterAll(async () => {
    if (worker) await stopChild(worker, 'SIGKILL');
    await redis?.stop();
  });

  test('workers reconnect and every run completes with the outputs of recap process', async () => {
    // Workers share a folder here: the point is the queue, and the store stays up.
    const storeDir = mkdtempSync(path.join(tmpdir(), 'recap-restart-store-'));
    const config = serviceConfig(redis.url);
    const runs: EnqueuedRun[] = [];
    for (const folder of events.folders) runs.push(await enqueueRun(folder, storeDir, prefix, config));
    await withQueues(redis.url, prefix, async (set) => {
      worker = await startWorker(['--store', storeDir, '--prefix', prefix, '--lock-ms', '3000'], serviceEnv(redis.url));
      await until('two completed jobs', async () => ((await countStates(set, runs)).completed ?? 0) >= 2);
      await redis.stop();
      await new Promise((r) => setTimeout(r, 2000));
      await redis.start();
      const outcomes = await waitForRuns(set, runs, 180_000);
      expect(outcomes.map((o) => o.ok)).toEqual(runs.map(() => true));
    });
    // The worker saw the outage (its connections refused) and came back (ioredis reconnects; BullMQ resumes).
    expect(worker!.log()).toMatch(/ECONNREFUSED/);
    expect(worker!.process.exitCode).toBeNull();
    const store = new FsBlobStore(storeDir);
    for (const id of events.ids) expect(await snapshotStore(store, `events/${id}/`)).toEqual(events.reference.get(id));
  });
});
