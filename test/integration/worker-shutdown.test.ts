import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import type { EnqueuedRun } from '../../pipelines/enqueue-flow';
import { countStates, faultEvents, until, type FaultEvents } from '../helpers/queue-fault';
import { enqueueRun, withQueues } from '../helpers/queue-runs';
import { serviceConfig, serviceEnv, startWorker, stopChild, type RecapChild } from '../helpers/recap-child';
import { redisRequirement, startTestRedis, type TestRedis } from '../helpers/redis-server';
import { describeNeeding } from '../helpers/requirements';

// Real servers, child processes and retries with backoff: generous on a loaded 2-core machine.
jest.setTimeout(300_000);

describeNeeding(redisRequirement(), 'a worker told to stop (SIGTERM)', () => {
  let redis: TestRedis;
  let events: FaultEvents;
  let worker: RecapChild | undefined;
  const prefix = `term${process.pid}`;

  beforeAll(async () => {
    [redis, events] = await Promise.all([startTestRedis(), faultEvents('term', 3)]);
  });

  afterAll(async () => {
    if (worker) await stopChild(worker, 'SIGKILL');
    await redis?.stop();
  });

  test('finishes the job it holds, takes no new one, and exits 0', async () => {
    const storeDir = mkdtempSync(path.join(tmpdir(), 'recap-term-store-'));
    const runs: EnqueuedRun[] = [];
    for (const folder of events.folders) runs.push(await enqueueRun(folder, storeDir, prefix, serviceConfig(redis.url)));
    const plannedJobs = runs.reduce((n, run) => n + run.jobs.length, 0);
    await withQueues(redis.url, prefix, async (set) => {
      worker = await startWorker(['--store', storeDir, '--prefix', prefix, '--shutdown-timeout', '60'], serviceEnv(redis.url));
      const held: string[] = [];
      await until('a job held by the worker', async () => {
        held.length = 0;
        for (const run of runs) {
          for (const job of run.jobs) if ((await set.queues.get(job.queueName)!.getJobState(job.jobId)) === 'active') held.push(job.jobId);
        }
        return held.length > 0;
      }, 60_000, 5);
      worker.process.kill('SIGTERM');
      expect(await worker.exited).toBe(0);
      expect(worker.log()).toContain('"outcome":"drained"');
      // The job it held when told to stop was finished, not abandoned.
      for (const id of held) {
        const job = runs.flatMap((r) => r.jobs).find((j) => j.jobId === id)!;
        expect(await set.queues.get(job.queueName)!.getJobState(id)).toBe('completed');
      }
      // Nothing is left half-taken: every job is completed or still waiting its turn.
      const counts = await countStates(set, runs);
      expect(counts.active ?? 0).toBe(0);
      expect(counts.failed ?? 0).toBe(0);
      expect((counts.completed ?? 0) + (counts.waiting ?? 0) + (counts['waiting-children'] ?? 0)).toBe(plannedJobs);
      expect(counts.completed).toBeLessThan(plannedJobs);
    });
  });
});
