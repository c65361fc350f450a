import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { Worker } from 'bullmq';
import type { EnqueuedRun } from '../../pipelines/enqueue-flow';
import { queueName } from '../../pipelines/queue-names';
import { RunJobGoneError, watchRun, type JobReport } from '../../pipelines/watch-run';
import { connectRedis } from '../../workers/redis-connection';
import { ITU_FIXTURE } from '../helpers/fixture-store';
import { withQueues } from '../helpers/queue-runs';
import { runRecap, serviceConfig } from '../helpers/recap-child';
import { redisRequirement, startTestRedis, type TestRedis } from '../helpers/redis-server';
import { describeNeeding } from '../helpers/requirements';


describeNeeding(redisRequirement(), 'watchRun: a job that is no longer in Redis', () => {
  let redis: TestRedis;
  const prefix = `w${process.pid}`;
  beforeAll(async () => {
    redis = await startTestRedis();
  });
  afterAll(async () => {
    await redis.stop();
  });

  test('a job removed before it ended stops the watch with a message naming it, instead of waiting for ever', async () => {
    await withQueues(redis.url, prefix, async (set) => {
      const queue = set.queues.get(queueName('align-event'))!;
      const job = await queue.add('align-event', { eventId: 'ev' }, { jobId: 'ev.run1.align' });
      const run: EnqueuedRun = { eventId: 'ev', runId: 'run1', jobs: [{ stepId: 'align', stage: 'align-event', queueName: queue.name, jobId: job.id! }] };
      const seen: JobReport[] = [];
      const started = Date.now();
      const watching = watchRun(run, set.queues, (report) => seen.push(report), { intervalMs: 50, goneAfterMs: 500 });
      await new Promise((r) => setTimeout(r, 300));
      await job.remove();
      // Before, a missing job read as "waiting" and the watch never ended: the race makes that a failure here.
      const outcome = await Promise.race([watching.catch((e: unknown) => e), new Promise((r) => setTimeout(() => r('still waiting after 10 s'), 10_000))]);
      expect(outcome).toBeInstanceOf(RunJobGoneError);
      expect((outcome as Error).message).toMatch(/^run run1: the align-event job ev\.run1\.align \(queue .*align-event\) has not been in Redis for \d+ s \(removed by a clean or obliterate, or Redis lost its data\)/);
      expect(Date.now() - started).toBeGreaterThanOrEqual(800);
      expect(seen.map((r) => r.fate)).toEqual(['waiting']);
    });
  });

  test('a job that completed and was then removed (removeOnComplete) keeps its outcome; the watch goes on', async () => {
    await withQueues(redis.url, prefix, async (set) => {
      const childQueue = set.queues.get(queueName('ingest-recording'))!;
      const rootQueue = set.queues.get(queueName('render-pages'))!;
      const child = await childQueue.add('ingest-recording', {}, { jobId: 'ev.run3.ingest' });
      const root = await rootQueue.add('render-pages', {}, { jobId: 'ev.run3.pages' });
      const run: EnqueuedRun = {
        eventId: 'ev',
        runId: 'run3',
        jobs: [
          { stepId: 'ingest', stage: 'ingest-recording', queueName: childQueue.name, jobId: child.id! },
          { stepId: 'pages', stage: 'render-pages', queueName: rootQueue.name, jobId: root.id! },
        ],
      };
      const seen: string[] = [];
      const watching = watchRun(run, set.queues, (r) => seen.push(`${r.stepId} ${r.fate}`), { intervalMs: 50, goneAfterMs: 300 });
      const connection = connectRedis(redis.url);
      const workers: Worker[] = [];
      try {
        workers.push(new Worker(childQueue.name, async () => ({ summary: 'ingested' }), { connection, prefix }));
        while (!seen.includes('ingest completed')) await new Promise((r) => setTimeout(r, 50));
        await child.remove();
        // Well past goneAfterMs: the removed child must not stop the watch.
        await new Promise((r) => setTimeout(r, 900));
        workers.push(new Worker(rootQueue.name, async () => ({ summary: 'rendered' }), { connection, prefix }));
        const outcome = await watching;
        expect(outcome.ok).toBe(true);
        expect(outcome.jobs.map((j) => [j.stepId, j.fate, j.summary])).toEqual([
          ['ingest', 'completed', 'ingested'],
          ['pages', 'completed', 'rendered'],
        ]);
      } finally {
        await Promise.all(workers.map((w) => w.close()));
        connection.disconnect();
      }
    });
  });

  test('recap enqueue --wait whose jobs are removed exits 3 naming the job, instead of waiting for ever', async () => {
    const cliPrefix = `${prefix}cli`;
    const store = mkdtempSync(path.join(tmpdir(), 'recap-watch-'));
    const waiting = runRecap(['enqueue', ITU_FIXTURE, '--store', store, '--prefix', cliPrefix, '--wait'], serviceConfig(redis.url));
    await withQueues(redis.url, cliPrefix, async (set) => {
      const ingest = set.queues.get(queueName('ingest-recording'))!;
      // No worker runs: the run's jobs wait until they are removed (as by an obliterate or a FLUSHALL).
      while ((await ingest.getJobCounts('waiting')).waiting === 0) await new Promise((r) => setTimeout(r, 50));
      for (const queue of set.queues.values()) await queue.obliterate({ force: true });
    });
    const run = await Promise.race([waiting, new Promise<string>((r) => setTimeout(() => r('still waiting after 30 s'), 30_000))]);
    expect(run).toMatchObject({ code: 3, out: '' });
    expect((run as { err: string }).err).toMatch(/\nrecap: run \w+: the \S+ job \S+ \(queue \S+\) has not been in Redis for 5 s \(removed by a clean or obliterate, or Redis lost its data\): its outcome cannot be known; enqueue the event again\n$/);
    rmSync(store, { recursive: true, force: true });
  });
});
