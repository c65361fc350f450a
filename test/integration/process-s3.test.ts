import type { Hit } from '../../src/search/search';
import type { BlobStore } from '../../src/store/blob-store';
import { FsBlobStore } from '../../src/store/fs-store';
import { openStore } from '../../src/store/open-store';
import { ITU_FIXTURE, ituStore } from '../helpers/fixture-store';
import { runRecap, serviceConfig } from '../helpers/recap-child';
import { useS3ForTests, type TestS3 } from '../helpers/s3-server';
import { snapshotStore } from '../helpers/store-snapshot';

// Real servers, child processes and retries with backoff: generous on a loaded 2-core machine.
jest.setTimeout(300_000);

describe('recap process and search with an s3:// store', () => {
  let s3: TestS3;
  let store: BlobStore;

  beforeAll(async () => {
    s3 = await useS3ForTests();
    store = openStore(`s3://${s3.bucket}/team/`, () => s3.config);
  });

  afterAll(async () => {
    await store?.close?.();
    await s3?.stop();
  });

  test('process writes into S3 exactly what it writes into a folder; search reads it back', async () => {
    const { s3Env } = serviceConfig('redis://unused:1', s3.config);
    const config = { s3Env };
    // What `recap process` writes into a folder: the shared build.
    const folder = await ituStore();
    const toS3 = await runRecap(['process', ITU_FIXTURE, '--out', `s3://${s3.bucket}/team`], config);
    expect(toS3).toEqual({ code: 0, out: `s3://${s3.bucket}/team/events/itu-forum-2021-04-23/\n`, err: expect.stringContaining('itu-forum-2021-04-23: 1 recording') });
    expect(await snapshotStore(store)).toEqual(await snapshotStore(new FsBlobStore(folder)));

    const found = await runRecap(['search', '"draft outcome document"', '--store', `s3://${s3.bucket}/team`, '--json'], config);
    expect(found.code).toBe(0);
    const [top] = JSON.parse(found.out) as Hit[];
    expect(top).toMatchObject({ eventId: 'itu-forum-2021-04-23', sessionId: 'session-3' });

    // Run again: every stage is up to date in S3 too.
    const again = await runRecap(['process', ITU_FIXTURE, '--out', `s3://${s3.bucket}/team`], config);
    expect(again.err).toMatch(/up to date/);
  });

  test('an S3 store that cannot be reached: the user hears which, and why', async () => {
    const config = { s3Env: { S3_ENDPOINT: 'http://127.0.0.1:1', AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'y' } };
    const run = await runRecap(['search', 'anything', '--store', 's3://nowhere/x'], config);
    expect(run.code).toBe(3);
    expect(run.err).toMatch(/^recap: cannot read the store s3:\/\/nowhere\/x\/: .*ECONNREFUSED/);
    const processed = await runRecap(['process', ITU_FIXTURE, '--out', 's3://nowhere/x'], config);
    expect(processed.code).toBe(3);
    expect(processed.err).toMatch(/^recap: cannot use the store s3:\/\/nowhere\/x\/: .*ECONNREFUSED/);
  });
});
