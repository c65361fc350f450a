import { UnrecoverableError, type Job } from 'bullmq';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import pino from 'pino';
import { isInputFailure, isTransientFailure, stageProcessor } from '../../workers/stage-processor';
import { CaptionInputError, ServiceUnavailableError } from '../../src/model/errors';
import { BlobStoreError } from '../../src/store/blob-store';
import { FsBlobStore } from '../../src/store/fs-store';

const silent = pino({ level: 'silent' });

/** The fields of a BullMQ job the processor reads; the processor is called as BullMQ calls it. */
function job(data: unknown, id = 'ev.run.step'): Job {
  return { id, data, attemptsMade: 0, name: 'ingest-recording' } as unknown as Job;
}

function freshStore(): FsBlobStore {
  return new FsBlobStore(mkdtempSync(path.join(tmpdir(), 'recap-processor-')));
}

const SOURCE = 'events/ev/recordings/main/source.vtt';

describe('the stage processor of a queue worker', () => {
  test('a good job runs the stage and returns its output keys', async () => {
    const store = freshStore();
    await store.put(SOURCE, 'WEBVTT\n\n00:00:01.000 --> 00:00:02.500\n>> CHAIR: Welcome, everyone.\n');
    const result = await stageProcessor('ingest-recording', store, silent)(job({ eventId: 'ev', recordingId: 'main', sourceKey: SOURCE, fileName: 'main.vtt' }));
    expect(result).toMatchObject({ outputKeys: ['events/ev/recordings/main/track.json'], skipped: false, summary: 'ingest main: 1 cue' });
    expect(await store.exists('events/ev/recordings/main/track.json')).toBe(true);
  });

  test('a payload of the wrong shape fails at once, unrecoverable, naming the field', async () => {
    const run = stageProcessor('ingest-recording', freshStore(), silent);
    for (const data of [{ eventId: 'ev' }, { eventId: 'a:b', recordingId: 'main', sourceKey: SOURCE, fileName: 'x' }, 'not an object', null]) {
      const failure = run(job(data));
      await expect(failure).rejects.toBeInstanceOf(UnrecoverableError);
      await expect(failure).rejects.toThrow(/^ingest-recording job: /);
    }
  });

  test('captions the parser refuses fail unrecoverably with the parser\'s message (file named)', async () => {
    const store = freshStore();
    await store.put(SOURCE, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const failure = stageProcessor('ingest-recording', store, silent)(job({ eventId: 'ev', recordingId: 'main', sourceKey: SOURCE, fileName: '/uploads/main.vtt' }));
    await expect(failure).rejects.toBeInstanceOf(UnrecoverableError);
    await expect(failure).rejects.toThrow(/^\/uploads\/main\.vtt: /);
  });

  test('a missing input fails unrecoverably and asks whether the store is the right one', async () => {
    const store = freshStore();
    const failure = stageProcessor('align-event', store, silent)(job({ eventId: 'ev' }));
    await expect(failure).rejects.toBeInstanceOf(UnrecoverableError);
    await expect(failure).rejects.toThrow(`(was the event enqueued to this worker's store, ${store.location}?)`);
  });

  test('a store that cannot be written is a transient failure: thrown as is, so BullMQ retries it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'recap-processor-'));
    const good = new FsBlobStore(dir);
    await good.put(SOURCE, 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nhello\n');
    // The track's folder cannot be made: a plain file stands where it should be.
    writeFileSync(path.join(dir, 'events', 'ev', 'recordings', 'main', 'track.json.d'), '');
    const blocked = new FsBlobStore(dir);
    const put = blocked.put.bind(blocked);
    blocked.put = (key, data) => put(key === 'events/ev/recordings/main/track.json' ? 'events/ev/recordings/main/track.json.d/x' : key, data);
    const failure = stageProcessor('ingest-recording', blocked, silent)(job({ eventId: 'ev', recordingId: 'main', sourceKey: SOURCE, fileName: 'main.vtt' }));
    await expect(failure).rejects.toBeInstanceOf(BlobStoreError);
    await expect(failure).rejects.not.toBeInstanceOf(UnrecoverableError);
  });

  test('a programming error fails at once, unrecoverable, with its class, message and where it was thrown', async () => {
    const store = freshStore();
    await store.put(SOURCE, 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nhello\n');
    store.get = function brokenGet(): Promise<Buffer> {
      return (undefined as unknown as { bytes(): Promise<Buffer> }).bytes();
    };
    const failure = stageProcessor('ingest-recording', store, silent)(job({ eventId: 'ev', recordingId: 'main', sourceKey: SOURCE, fileName: 'main.vtt' }));
    await expect(failure).rejects.toBeInstanceOf(UnrecoverableError);
    await expect(failure).rejects.toThrow(/^TypeError: Cannot read properties of undefined \(reading 'bytes'\) \(at .+ \(.*stage-processor\.test\.ts:\d+:\d+\)\)$/);
  });

  test('which failures are input failures, which may pass and are retried', () => {
    expect(isInputFailure(new CaptionInputError('a.vtt', 'empty'))).toBe(true);
    expect(isInputFailure(new TypeError('x is not a function'))).toBe(false);
    expect(isTransientFailure(new BlobStoreError('s3://b/', 'k', 'connect ECONNREFUSED'))).toBe(true);
    expect(isTransientFailure(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isTransientFailure(Object.assign(new Error('timed out'), { name: 'TimeoutError' }))).toBe(true);
    expect(isTransientFailure(new ServiceUnavailableError('Redis at redis://127.0.0.1:6379 does not answer'))).toBe(true);
    expect(isTransientFailure(new TypeError('x is not a function'))).toBe(false);
    expect(isTransientFailure(new RangeError('Maximum call stack size exceeded'))).toBe(false);
    expect(isTransientFailure(new Error('socket hang up'))).toBe(false);
    expect(isTransientFailure('a string')).toBe(false);
  });
});
