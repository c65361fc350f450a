import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { FsBlobStore } from '../../src/store/fs-store';
import { openStore } from '../../src/store/open-store';
import type { BlobStore } from '../../src/store/blob-store';
import { copyEvent } from '../helpers/event-copies';
import { ITU_FIXTURE, ituStore } from '../helpers/fixture-store';
import { enqueueRun, waitForRuns, withQueues } from '../helpers/queue-runs';
import { runRecap, serviceConfig, serviceEnv, startWorker, stopChild, type RecapChild } from '../helpers/recap-child';
import { redisRequirement, startTestRedis, type TestRedis } from '../helpers/redis-server';
import { describeNeeding } from '../helpers/requirements';
import { useS3ForTests, type TestS3 } from '../helpers/s3-server';
import { snapshotStore } from '../helpers/store-snapshot';

// Real servers, child processes and retries with backoff: generous on a loaded 2-core machine.
jest.setTimeout(300_000);

describeNeeding(redisRequirement(), 'queue mode against real Redis and S3', () => {
  let redis: TestRedis;
  let s3: TestS3;
  let worker: RecapChild;
  const prefix = `q${process.pid}`;
  const stores: BlobStore[] = [];
  let reference: Record<string, string>;
  const fixtureId = 'itu-forum-2021-04-23';
  /** one store for the workers and every enqueue, as in a deployment */
  let storeUrl: string;

  beforeAll(async () => {
    [redis, s3] = await Promise.all([startTestRedis(), useS3ForTests()]);
    // The reference: what `recap process` writes on the filesystem (the shared build).
    reference = await snapshotStore(new FsBlobStore(await ituStore()));
    storeUrl = `s3://${s3.bucket}/recap/`;
    worker = await startWorker(['--store', storeUrl, '--prefix', prefix, '--concurrency', '2'], serviceEnv(redis.url, s3.config));
  });

  afterAll(async () => {
    if (worker) await stopChild(worker);
    for (const store of stores) await store.close?.();
    await s3?.stop();
    await redis?.stop();
  });

  function s3Store(): BlobStore {
    const store = openStore(storeUrl, () => s3.config);
    stores.push(store);
    return store;
  }

  test('the fixture event queued with --wait gives outputs byte-identical to recap process', async () => {
    const config = serviceConfig(redis.url, s3.config);
    const run = await runRecap(['enqueue', ITU_FIXTURE, '--store', storeUrl, '--prefix', prefix, '--wait'], config);
    expect(run).toEqual({ code: 0, out: `${storeUrl}events/${fixtureId}/\n`, err: expect.stringContaining('index-event: done') });
    // The whole store: the event's folder and the site's root files (archive, search page, static index).
    const queued = await snapshotStore(s3Store());
    expect(Object.keys(queued).length).toBeGreaterThanOrEqual(20);
    expect(Object.keys(queued)).toContain('pagefind/pagefind-entry.json');
    expect(queued).toEqual(reference);
  });

  test('queued again, every stage is up to date: skipped, and the outputs stay the same', async () => {
    const config = serviceConfig(redis.url, s3.config);
    const again = await runRecap(['enqueue', ITU_FIXTURE, '--store', storeUrl, '--prefix', prefix, '--wait'], config);
    expect(again.code).toBe(0);
    const doneLines = again.err.split('\n').filter((l) => l.includes(': done'));
    // One line per planned step (ingest, align, split, captions, summaries, index, pages), then prune, which finds
    // nothing stale, and the site, rebuilt from the store (the same bytes).
    expect(doneLines).toHaveLength(9);
    for (const line of doneLines.slice(0, -2)) expect(line).toContain('(up to date)');
    expect(doneLines.at(-2)).toBe('  prune-event: done (prune: 0 stale blobs removed)');
    // a moment per search segment of the event, as recap process wrote them
    const moments = readFileSync(path.join(await ituStore(), 'events', fixtureId, 'segments.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '').length;
    expect(moments).toBeGreaterThan(100);
    expect(doneLines.at(-1)).toBe(`  publish-site: done (site: home page, search page and search index of 1 event (${moments} moments))`);
    expect(await snapshotStore(s3Store())).toEqual(reference);
  });

  test('a malformed caption file fails only its event\'s ingest, with the parser\'s reason; the raw file is kept; the other event completes', async () => {
    const config = serviceConfig(redis.url, s3.config);
    const good = copyEvent(ITU_FIXTURE, 'good-forum');
    const bad = copyEvent(ITU_FIXTURE, 'bad-forum');
    // Not a caption file at all: bytes of an image where the captions should be.
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 0)]);
    writeFileSync(path.join(bad, 'captions', 'main.vtt'), png);
        const runs = [await enqueueRun(bad, storeUrl, prefix, config), await enqueueRun(good, storeUrl, prefix, config)];
    const outcomes = await withQueues(redis.url, prefix, (set) => waitForRuns(set, runs, 120_000));
    expect(outcomes.map((o) => o.ok)).toEqual([false, true]);
    const cause = outcomes[0]!.causes;
    expect(cause.map((c) => c.stage)).toEqual(['ingest-recording']);
    expect(cause[0]!.reason).toContain(path.join(bad, 'captions', 'main.vtt'));
    expect(cause[0]!.attempts).toBe(1); // bad input is not retried
    const mixed = s3Store();
    // What was received is kept, byte for byte; nothing was derived from it.
    expect(await mixed.get('events/bad-forum/recordings/main/source.caption')).toEqual(png);
    expect(await mixed.exists('events/bad-forum/recordings/main/track.json')).toBe(false);
    expect(await mixed.exists('events/good-forum/search-index.json')).toBe(true);
    const failed = await runRecap(['failed', '--json', '--prefix', prefix], config);
    expect(failed.code).toBe(0);
    const listed = JSON.parse(failed.out) as Array<{ eventId: string; stage: string; reason: string }>;
    expect(listed.map((j) => [j.eventId, j.stage])).toEqual([['bad-forum', 'ingest-recording']]);
    expect(listed[0]!.reason).toBe(cause[0]!.reason);
  });

  test('enqueue --wait exits 1 naming the file when its event fails', async () => {
    const config = serviceConfig(redis.url, s3.config);
    const bad = copyEvent(ITU_FIXTURE, 'empty-forum');
    writeFileSync(path.join(bad, 'captions', 'main.vtt'), '');
    const run = await runRecap(['enqueue', bad, '--store', storeUrl, '--prefix', prefix, '--wait'], config);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`recap: empty-forum: the run failed: ingest-recording`);
    expect(run.err).toContain(path.join(bad, 'captions', 'main.vtt'));
  });
});
