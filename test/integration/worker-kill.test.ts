import type { EnqueuedRun } from '../../pipelines/enqueue-flow';
import { CATALOGUE_STAMP_KEY, isSiteKey, SITE_HOME_KEY } from '../../src/model/event-layout';
import type { BlobStore } from '../../src/store/blob-store';
import { openStore } from '../../src/store/open-store';
import { countStates, faultEvents, until, type FaultEvents } from '../helpers/queue-fault';
import { enqueueRun, waitForRuns, withQueues } from '../helpers/queue-runs';
import { serviceConfig, serviceEnv, startWorker, stopChild, type RecapChild } from '../helpers/recap-child';
import { redisRequirement, startTestRedis, type TestRedis } from '../helpers/redis-server';
import { describeNeeding } from '../helpers/requirements';
import { useS3ForTests, type TestS3 } from '../helpers/s3-server';
import { snapshotStore } from '../helpers/store-snapshot';

// Real servers, child processes and retries with backoff: generous on a loaded 2-core machine.
jest.setTimeout(300_000);

describeNeeding(redisRequirement(), 'a worker killed in the middle of a flow', () => {
  let redis: TestRedis;
  let s3: TestS3;
  let events: FaultEvents;
  const workers: RecapChild[] = [];
  let store: BlobStore;
  const prefix = `kill${process.pid}`;

  beforeAll(async () => {
    [redis, s3, events] = await Promise.all([startTestRedis(), useS3ForTests(), faultEvents('kill', 3)]);
    store = openStore(`s3://${s3.bucket}/`, () => s3.config);
  });

  afterAll(async () => {
    for (const worker of workers) await stopChild(worker, 'SIGKILL');
    await store?.close?.();
    await s3?.stop();
    await redis?.stop();
  });

  test('SIGKILL while a job runs; a new worker finishes the flows; nothing lost or duplicated; outputs identical', async () => {
    const storeUrl = `s3://${s3.bucket}/`;
    const env = serviceEnv(redis.url, s3.config);
    // A short lock: the dead worker's job is handed on after ~2 s instead of the default minute.
    const args = ['--store', storeUrl, '--prefix', prefix, '--lock-ms', '2000'];
    const config = serviceConfig(redis.url, s3.config);
    const runs: EnqueuedRun[] = [];
    for (const folder of events.folders) runs.push(await enqueueRun(folder, storeUrl, prefix, config));
    const plannedJobs = runs.reduce((n, run) => n + run.jobs.length, 0);
    await withQueues(redis.url, prefix, async (set) => {
      const first = await startWorker(args, env);
      workers.push(first);
      // Kill it while it holds a job, once some work is done (so the flow is truly in the middle).
      let killedWhile: Record<string, number> = {};
      await until('a completed job and an active one', async () => {
        const counts = await countStates(set, runs);
        killedWhile = counts;
        return (counts.completed ?? 0) >= 2 && (counts.active ?? 0) >= 1;
      });
      first.process.kill('SIGKILL');
      expect(await first.exited).toBe('SIGKILL');
      const activeJobs = [];
      for (const run of runs) {
        for (const job of run.jobs) if ((await set.queues.get(job.queueName)!.getJobState(job.jobId)) === 'active') activeJobs.push(job.jobId);
      }
      // The killed worker's job is still marked active (its lock not yet expired): it is the one to rescue.
      expect(activeJobs.length).toBeGreaterThanOrEqual(1);
      expect(killedWhile.completed).toBeLessThan(plannedJobs);

      const second = await startWorker(args, env);
      workers.push(second);
      const outcomes = await waitForRuns(set, runs, 180_000);
      expect(outcomes.map((o) => o.ok)).toEqual(runs.map(() => true));
      // Every planned job completed exactly once as BullMQ counts it (no job lost)...
      for (const outcome of outcomes) expect(outcome.jobs.map((j) => j.fate)).toEqual(outcome.jobs.map(() => 'completed'));
      // ...and the rescued job ran in the second worker.
      for (const id of activeJobs) expect(second.log()).toContain(id);
    });
    // The outputs: exactly the keys recap process writes (nothing duplicated or half-written), byte for byte.
    for (const id of events.ids) expect(await snapshotStore(store, `events/${id}/`)).toEqual(events.reference.get(id));
    // Besides them, only the site's root files, rebuilt by each flow's last step: the last writer lists every event.
    expect((await store.list('')).filter((k) => k !== CATALOGUE_STAMP_KEY && !isSiteKey(k) && !events.ids.some((id) => k.startsWith(`events/${id}/`)))).toEqual([]);
    const home = (await store.get(SITE_HOME_KEY)).toString('utf8');
    for (const id of events.ids) expect(home).toContain(`href="events/${id}/index.html"`);
  });
});
