import { copyFileSync, existsSync, mkdirSync, mkdtempSync, promises as fsp, utimesSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { planEventPipeline } from '../../pipelines/event-pipeline';
import { runInProcess } from '../../pipelines/run-in-process';
import { eventPrefix } from '../../src/model/event-layout';
import { pruneEventStage, PruneRefusedError } from '../../src/stages/prune-event-stage';
import { runStage } from '../../src/stages/run-stage';
import { storeEventInputs } from '../../src/stages/store-event-inputs';
import type { BlobStore } from '../../src/store/blob-store';
import { FsBlobStore } from '../../src/store/fs-store';
import { openStore } from '../../src/store/open-store';
import { useS3ForTests, type TestS3 } from '../helpers/s3-server';
import { snapshotStore } from '../helpers/store-snapshot';
import { loadEvent, withCaptions, type EventInputs } from '../stages/event-fixture';
import type { CliConfig } from '../../src/cli/cli-config';
import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';
import { BlobStoreError } from '../../src/store/blob-store';
import { TEMP_SUFFIX } from '../../src/store/blob-key';
import pino from 'pino';
import { queueName } from '../../pipelines/queue-names';
import { connectRedis } from '../../workers/redis-connection';
import { startWorkerPool } from '../../workers/worker-pool';
import { withQueues } from '../helpers/queue-runs';
import { redisRequirement, startTestRedis, type TestRedis } from '../helpers/redis-server';
import { describeNeeding } from '../helpers/requirements';

const CAPTIONS = path.resolve(__dirname, '../../fixtures/captions/forum-opening.vtt');
const EVENT = 'prune-forum';
const DROPPED = 'keynote';

/** An event of three sessions on one recording; `withKeynote` false leaves the last session out. */
function eventManifest(withKeynote: boolean, eventId = EVENT): string {
  const keynote = withKeynote ? `  - id: ${DROPPED}\n    title: Keynote\n    start: "13:35"\n    end: "13:40"\n` : '';
  return `id: ${eventId}
title: Prune test
timezone: Europe/Zurich
date: 2021-04-23
sessions:
  - id: welcome
    title: Welcome
    start: "13:30"
  - id: remarks
    title: Remarks
    start: "13:32"
${keynote}recordings:
  - id: main
    captions: main.vtt
    startsAt: "2021-04-23T13:29:56+02:00"
`;
}

// One folder for every version of the event: the caption file's path is part of the ingest job.
const eventDir = mkdtempSync(path.join(tmpdir(), 'recap-prune-event-'));

async function eventInputs(withKeynote: boolean): Promise<EventInputs> {
  const dir = eventDir;
  writeFileSync(path.join(dir, 'event.yaml'), eventManifest(withKeynote));
  copyFileSync(CAPTIONS, path.join(dir, 'main.vtt'));
  return loadEvent(dir);
}

/** What `recap process` does: store the inputs, run the plan (prune last). */
async function processEvent(store: BlobStore, event: EventInputs) {
  const sources = await storeEventInputs(store, event.manifest, event.captions);
  return runInProcess(store, planEventPipeline(event.manifest.id, sources));
}

/** Blobs a store holds that are not the event's: they must survive any prune. */
const BYSTANDERS: Record<string, string> = {
  'events/prune-forum-2/transcripts/keynote.json': 'another event whose id starts the same',
  'events/other/manifest.json': '{}',
  'catalogue.json': 'outside events/',
};

function describePrune(adapter: string, freshStore: () => Promise<BlobStore>): void {
  describe(`${adapter}: a session removed from the manifest is unpublished by the next run`, () => {
    test('its files go; the rest is byte for byte what a fresh run of the new manifest writes; a repeat deletes nothing', async () => {
      const store = await freshStore();
      for (const [key, text] of Object.entries(BYSTANDERS)) await store.put(key, text);
      await processEvent(store, await eventInputs(true));
      const dropped = (await store.list(eventPrefix(EVENT))).filter((key) => key.includes(DROPPED));
      // transcript json/md/txt, its page, its summary, its captions (vtt, srt)
      expect(dropped.length).toBeGreaterThanOrEqual(7);

      const outcomes = await processEvent(store, await eventInputs(false));
      expect(outcomes.get('prune-event')!.counts.pruned).toBeGreaterThanOrEqual(dropped.length);
      const after = await snapshotStore(store);
      for (const key of dropped) expect(after[key]).toBeUndefined();

      const fresh = await freshStore();
      await processEvent(fresh, await eventInputs(false));
      expect(await snapshotStore(store, eventPrefix(EVENT))).toEqual(await snapshotStore(fresh, eventPrefix(EVENT)));
      for (const [key, text] of Object.entries(BYSTANDERS)) expect((await store.get(key)).toString('utf8')).toBe(text);

      const again = await processEvent(store, await eventInputs(false));
      expect(again.get('prune-event')).toMatchObject({ summary: 'prune: 0 stale blobs removed', counts: { pruned: 0 } });
      expect(await snapshotStore(store)).toEqual(after);
    }, 120_000);

    test('a run that fails deletes nothing', async () => {
      const store = await freshStore();
      await processEvent(store, await eventInputs(true));
      const before = await snapshotStore(store);
      // The new manifest drops the keynote, but its captions cannot be read: ingest fails, the run stops.
      const broken = withCaptions(await eventInputs(false), 'main', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
      await expect(processEvent(store, broken)).rejects.toThrow();
      const after = await snapshotStore(store);
      for (const key of Object.keys(before).filter((k) => k.includes(DROPPED))) expect(after[key]).toBe(before[key]);
    }, 120_000);

    test('prune refuses while a step of the plan has no stamp, deleting nothing', async () => {
      const store = await freshStore();
      await processEvent(store, await eventInputs(true));
      const before = await snapshotStore(store);
      const job = { eventId: EVENT, keepStamps: ['align-event', 'ingest-recording.never-ran'] };
      await expect(pruneEventStage(store, job)).rejects.toThrow(PruneRefusedError);
      await expect(pruneEventStage(store, job)).rejects.toThrow(`prune ${EVENT}: no readable stamp at events/${EVENT}/stamps/ingest-recording.never-ran.json`);
      expect(await snapshotStore(store)).toEqual(before);
    }, 120_000);

    test('a prune job pushed by hand that leaves out a recording is refused, deleting nothing', async () => {
      const store = await freshStore();
      await processEvent(store, await eventInputs(true));
      const before = await snapshotStore(store);
      const forged = { eventId: EVENT, keepStamps: ['align-event', 'split-event', 'publish-captions', 'summarize-event', 'index-event', 'render-pages'] };
      await expect(runStage(store, 'prune-event', forged)).rejects.toThrow(`prune ${EVENT}: the job leaves out ingest-recording.main, a step of the stored manifest; nothing is deleted`);
      expect(await snapshotStore(store)).toEqual(before);
    }, 120_000);
  });
}

describePrune('a folder', async () => new FsBlobStore(mkdtempSync(path.join(tmpdir(), 'recap-prune-'))));

let s3: TestS3 | undefined;
const s3Stores: BlobStore[] = [];
let s3Count = 0;
afterAll(async () => {
  for (const store of s3Stores) await store.close?.();
  await s3?.stop();
});
describePrune('S3 (s3rver)', async () => {
  s3 ??= await useS3ForTests();
  const config = s3.config;
  s3Count += 1;
  const store = openStore(`s3://${s3.bucket}/prune-${s3Count}/`, () => config);
  s3Stores.push(store);
  return store;
});

/** `recap process` in this process: its exit code and what it printed. */
async function recap(argv: string[], config: CliConfig = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t), isTty: false };
  const code = await runCli(argv, io, config);
  return { code, out, err };
}

/** A folder holding event.yaml (with this event id) and its caption file. */
function eventFolder(eventId: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'recap-env-event-'));
  writeFileSync(path.join(dir, 'event.yaml'), eventManifest(true, eventId));
  copyFileSync(CAPTIONS, path.join(dir, 'main.vtt'));
  return dir;
}

describe('a full disk and over-long ids: a clear error with the right exit code, never "usage" (2)', () => {
  afterEach(() => jest.restoreAllMocks());

  test('a full disk is exit 3 (the environment, like a service down), naming the store and the key', async () => {
    const store = mkdtempSync(path.join(tmpdir(), 'recap-full-'));
    // Every temporary file of the store is written to /dev/full instead: the kernel's own ENOSPC.
    const writeFile = fsp.writeFile.bind(fsp);
    jest.spyOn(fsp, 'writeFile').mockImplementation((file, data, options) =>
      String(file).endsWith(TEMP_SUFFIX) ? writeFile('/dev/full', data, options) : writeFile(file, data, options),
    );
    const r = await recap(['process', eventFolder('full-disk'), '--store', store]);
    expect(r.code).toBe(3);
    expect(r.err).toBe(
      `recap: cannot use the store ${store}: ${store}: cannot access "events/full-disk/manifest.json": no space left for it (the disk or quota is full: ENOSPC: no space left on device, write)\n`,
    );
  });

  test('an event id over 100 characters is exit 1 naming the field and line; nothing is stored', async () => {
    const store = mkdtempSync(path.join(tmpdir(), 'recap-long-'));
    const dir = eventFolder('a'.repeat(300));
    const r = await recap(['process', dir, '--store', store]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`recap: ${path.join(dir, 'event.yaml')}:1: id: an id of 300 characters is too long (at most 100)\n`);
    expect(existsSync(path.join(store, 'events'))).toBe(false);
    // 100 is still an id.
    expect((await recap(['process', eventFolder('b'.repeat(100)), '--store', store])).code).toBe(0);
  }, 60_000);

  test('a key the file system cannot name is a BlobStoreError saying so', async () => {
    const store = new FsBlobStore(mkdtempSync(path.join(tmpdir(), 'recap-long-')));
    const key = `events/${'x'.repeat(300)}/manifest.json`;
    const failure = store.put(key, '{}');
    await expect(failure).rejects.toBeInstanceOf(BlobStoreError);
    await expect(failure).rejects.toMatchObject({ failure: 'name-too-long', key });
    await expect(failure).rejects.toThrow('a file name on the way is too long for the file system (ENAMETOOLONG');
  });
});

describe('temporary files a killed writer left behind', () => {
  test('a listing never shows them, and removes those older than an hour', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'recap-orphans-'));
    const store = new FsBlobStore(root);
    await store.put('events/ev/alignment.json', '{}');
    mkdirSync(path.join(root, 'events', 'ev', 'transcripts'), { recursive: true });
    const orphan = path.join(root, 'events', 'ev', 'transcripts', `keynote.json.4242-0123456789ab${TEMP_SUFFIX}`);
    const recent = path.join(root, 'events', 'ev', `alignment.json.4243-0123456789ab${TEMP_SUFFIX}`);
    writeFileSync(orphan, 'half a file');
    writeFileSync(recent, 'a write in progress');
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    utimesSync(orphan, twoHoursAgo, twoHoursAgo);
    expect(await store.list('events/')).toEqual(['events/ev/alignment.json']);
    expect(existsSync(orphan)).toBe(false);
    expect(existsSync(recent)).toBe(true);
  });
});

describeNeeding(redisRequirement(), 'jobs pushed to a queue by hand, bypassing enqueue', () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await startTestRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  test('recap failed lists each with its queue, id and why: a payload the schema refuses, and one BullMQ cannot parse', async () => {
    const prefix = `raw-${Date.now().toString(36)}`;
    const queue = queueName('align-event');
    const store = new FsBlobStore(mkdtempSync(path.join(tmpdir(), 'recap-raw-jobs-')));
    const pool = startWorkerPool({ redisUrl: redis.url, prefix, store, stages: ['align-event'], concurrency: 1, lockDurationMs: 30_000, logger: pino({ level: 'silent' }) });
    const client = connectRedis(redis.url);
    try {
      await withQueues(redis.url, prefix, async (set) => {
        await set.queues.get(queue)!.add('whatever', { eventId: '../etc' }, { jobId: 'refused' });
        // Written as BullMQ lays a job out in Redis, but its data is not JSON: no worker can read it.
        await client.hset(`${prefix}:${queue}:unreadable`, { name: 'align-event', data: '{"eventId": ', opts: '{}', timestamp: String(Date.now()) });
        await client.lpush(`${prefix}:${queue}:wait`, 'unreadable');
        const deadline = Date.now() + 20_000;
        while (Date.now() < deadline) {
          const [failed, active] = await Promise.all([client.zcard(`${prefix}:${queue}:failed`), client.llen(`${prefix}:${queue}:active`)]);
          if (failed >= 1 && active >= 1) break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      });
      const r = await recap(['failed', '--json', '--prefix', prefix], { redisUrl: redis.url });
      expect(r.code).toBe(0);
      const listed = (JSON.parse(r.out) as Array<{ queue: string; jobId: string; stage: string; reason: string }>).map(({ queue, jobId, stage, reason }) => ({ queue, jobId, stage, reason }));
      expect(listed).toEqual(
        expect.arrayContaining([
          { queue, jobId: 'refused', stage: 'whatever', reason: expect.stringMatching(/^align-event job: eventId: "\.\.\/etc" is not a valid id/) },
          { queue, jobId: 'unreadable', stage: 'align-event', reason: expect.stringMatching(/^malformed job: its data is not JSON \(.+\) \(it stays active: no worker can take it\)$/) },
        ]),
      );
      expect(listed).toHaveLength(2);
      const text = await recap(['failed', '--prefix', prefix], { redisUrl: redis.url });
      expect(text.out).toMatch(/^\.\.\/etc\twhatever in recap-align-event\t.+\trefused\talign-event job: /m);
      expect(text.out).toMatch(/^\(no event\)\talign-event\t.+\tunreadable\tmalformed job: its data is not JSON/m);
    } finally {
      client.disconnect();
      await pool.close(2000);
    }
  }, 60_000);
});
