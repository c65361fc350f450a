import { ITU_FIXTURE } from '../helpers/fixture-store';
import { runRecap } from '../helpers/recap-child';
import { freePort } from '../helpers/redis-server';

describe('recap worker, enqueue and failed: configuration mistakes', () => {
  test('without REDIS_URL each says what to set (exit 2)', async () => {
    for (const argv of [['worker'], ['enqueue', ITU_FIXTURE], ['failed']]) {
      const run = await runRecap(argv, {});
      expect(run).toEqual({ code: 2, out: '', err: `recap: recap ${argv[0]} needs Redis: set REDIS_URL (e.g. redis://127.0.0.1:6379)\n` });
    }
  });

  test('a malformed REDIS_URL, LOG_LEVEL or flag is a usage error naming it (exit 2)', async () => {
    const redis = { redisUrl: 'redis://127.0.0.1:1' };
    expect((await runRecap(['worker'], { redisUrl: 'http://localhost' })).err).toBe('recap: REDIS_URL "http://localhost": must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379\n');
    expect((await runRecap(['worker'], { ...redis, logLevel: 'loud' })).err).toBe('recap: LOG_LEVEL "loud": must be one of fatal, error, warn, info, debug, trace, silent\n');
    expect((await runRecap(['worker', '--concurrency', '0'], redis)).err).toMatch(/^error: option '--concurrency <n>' argument '0' is invalid\. Expected a whole number from 1 up\.\n/);
    expect((await runRecap(['worker', '--queues', 'ingest-recording,transcode'], redis)).err).toMatch(/^recap: --queues: unknown stage "transcode"; stages: ingest-recording, align-event/);
    expect((await runRecap(['worker', '--prefix', 'a:b'], redis)).err).toBe('recap: --prefix "a:b": letters, digits, "-" and "_" only (it starts Redis keys)\n');
    for (const argv of [['worker', '--lock-ms', 'soon'], ['enqueue', ITU_FIXTURE, '--summary-words', 'ten'], ['failed', '--prefix', '']]) {
      expect((await runRecap(argv, redis)).code).toBe(2);
    }
  });

  test('Redis not answering is "service unavailable" (exit 3), before anything is stored or queued', async () => {
    const port = await freePort();
    const config = { redisUrl: `redis://127.0.0.1:${port}` };
    for (const argv of [['worker', '--store', '/nonexistent/never-written'], ['enqueue', ITU_FIXTURE, '--store', '/nonexistent/never-written'], ['failed']]) {
      const run = await runRecap(argv, config);
      expect(run.code).toBe(3);
      expect(run.err).toMatch(new RegExp(`^recap: Redis at redis://127\\.0\\.0\\.1:${port} cannot be reached: .*ECONNREFUSED`));
    }
  });

  test('a bad manifest is reported before Redis is asked (exit 1)', async () => {
    const run = await runRecap(['enqueue', '/nonexistent/event.yaml'], { redisUrl: 'redis://127.0.0.1:1' });
    expect(run).toEqual({ code: 1, out: '', err: 'recap: /nonexistent/event.yaml: no such file or folder\n' });
  });
});
