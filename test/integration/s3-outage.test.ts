import type { EnqueuedRun } from '../../pipelines/enqueue-flow';
import type { BlobStore } from '../../src/store/blob-store';
import { openStore } from '../../src/store/open-store';
import { countStates, faultEvents, until, type FaultEvents } from '../helpers/queue-fault';
import { enqueueRun, waitForRuns, withQueues } from '../helpers/queue-runs';
import { serviceConfig, serviceEnv, startWorker, stopChild, type RecapChild } from '../helpers/recap-child';
import { redisRequirement, startTestRedis, type TestRedis } from '../helpers/redis-server';
import { describeNeeding } from '../helpers/requirements';
import { createBucket, startS3Server, testS3Config, type S3Server } from '../helpers/s3-server';
import { snapshotStore } from '../helpers/store-snapshot';

// Real servers, child processes and retries with backoff: generous on a loaded 2-core machine.
jest.setTimeout(300_000);

describeNeeding(redisRequirement(), 'the S3 server stopped for a few seconds during a run', () => {
  let redis: TestRedis;
  // This test stops the S3 server, so it always runs its own (S3_ENDPOINT or not).
  let s3: S3Server;
  let events: FaultEvents;
  let worker: RecapChild | undefined;
  let store: BlobStore;
  const prefix = `s3down${process.pid}`;
  const bucket = 'recap-outage';

  beforeAll(async () => {
    [redis, s3, events] = await Promise.all([startTestRedis(), startS3Server(), faultEvents('outage', 4)]);
    await createBucket(testS3Config(s3.endpoint), bucket);
    store = openStore(`s3://${bucket}/`, () => testS3Config(s3.endpoint));
  });

  afterAll(async () => {
    if (worker) await stopChild(worker, 'SIGKILL');
    await store?.close?.();
    await s3?.stop();
    await redis?.stop();
  });

  test('stages retry with backoff and complete; outputs identical to recap process', async () => {
    const storeUrl = `s3://${bucket}/`;
    const s3Config = testS3Config(s3.endpoint);
    const runs: EnqueuedRun[] = [];
    for (const folder of events.folders) runs.push(await enqueueRun(folder, storeUrl, prefix, serviceConfig(redis.url, s3Config)));
    await withQueues(redis.url, prefix, async (set) => {
      worker = await startWorker(['--store', storeUrl, '--prefix', prefix], serviceEnv(redis.url, s3Config));
      await until('two completed jobs', async () => ((await countStates(set, runs)).completed ?? 0) >= 2);
      await s3.stop();
      await new Promise((r) => setTimeout(r, 3000));
      await s3.restart();
      const outcomes = await waitForRuns(set, runs, 180_000);
      expect(outcomes.map((o) => o.ok)).toEqual(runs.map(() => true));
      // Some stage met the outage and needed more than one attempt: the retries did the work.
      const retried = outcomes.flatMap((o) => o.jobs).filter((j) => j.attempts > 1);
      expect(retried.length).toBeGreaterThanOrEqual(1);
    });
    expect(worker!.log()).toContain('will retry');
    for (const id of events.ids) expect(await snapshotStore(store, `events/${id}/`)).toEqual(events.reference.get(id));
  });
});
