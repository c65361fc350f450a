import type { EnqueuedRun } from '../../pipelines/enqueue-flow';
import { queueName } from '../../pipelines/queue-names';
import { RunJobGoneError, watchRun, type JobReport } from '../../pipelines/watch-run';
import { withQueues } from '../helpers/queue-runs';
import { hasRedisServer, startTestRedis, type TestRedis } from '../helpers/redis-server';

const canRun = Boolean(process.env.REDIS_URL) || hasRedisServer();
if (!canRun) console.warn('[skipped] watchRun: no redis-server on this machine and no REDIS_URL (.ci/run installs it)');
const describeRedis = canRun ? describe : describe.skip;

describeRedis('watchRun: a job that is no longer in Redis', () => {
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
});
