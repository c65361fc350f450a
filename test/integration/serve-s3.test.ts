import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/server/build-server';
import type { Hit } from '../../src/search/search';
import type { BlobStore } from '../../src/store/blob-store';
import { openStore } from '../../src/store/open-store';
import { readS3Config } from '../../src/store/s3-config';
import { ITU_FIXTURE } from '../helpers/fixture-store';
import { runRecap, serviceConfig } from '../helpers/recap-child';
import { useS3ForTests, type TestS3 } from '../helpers/s3-server';

// Real servers and the S3 client's retries with backoff: generous on a loaded 2-core machine.
jest.setTimeout(300_000);

const EVENT = 'itu-forum-2021-04-23';

describe('recap serve on an s3:// store', () => {
  let s3: TestS3;
  let store: BlobStore;
  let app: FastifyInstance;

  beforeAll(async () => {
    s3 = await useS3ForTests();
    const { s3Env } = serviceConfig('redis://unused:1', s3.config);
    expect((await runRecap(['process', ITU_FIXTURE, '--out', `s3://${s3.bucket}/site`], { s3Env })).code).toBe(0);
    store = openStore(`s3://${s3.bucket}/site/`, () => s3.config);
    app = await buildServer({ store });
  });

  afterAll(async () => {
    await app?.close();
    await store?.close?.();
    await s3?.stop();
  });

  test('serves the event list, the pages and search from S3', async () => {
    const list = await app.inject({ method: 'GET', url: '/' });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`<a href="/events/${EVENT}/">`);
    const page = await app.inject({ method: 'GET', url: `/events/${EVENT}/` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.rawPayload.equals(await store.get(`events/${EVENT}/index.html`))).toBe(true);
    const transcript = await app.inject({ method: 'GET', url: `/events/${EVENT}/sessions/session-3/transcript.html` });
    expect(transcript.statusCode).toBe(200);
    const search = await app.inject({ method: 'GET', url: `/api/search?q=${encodeURIComponent('"draft outcome document"')}` });
    expect(search.statusCode).toBe(200);
    const [top] = (search.json() as { hits: Hit[] }).hits;
    expect(top).toMatchObject({ eventId: EVENT, sessionId: 'session-3' });
    expect(transcript.body).toContain(`id="t-${top!.startMs}"`);
    expect((await app.inject({ method: 'GET', url: `/events/${EVENT}/nothing.html` })).statusCode).toBe(404);
  });

  test('an S3 store that cannot be reached: 503, with no detail of the failure in the answer', async () => {
    const config = readS3Config({ S3_ENDPOINT: 'http://127.0.0.1:1', AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'y' });
    const nowhere = openStore('s3://nowhere/x', () => config);
    const down = await buildServer({ store: nowhere });
    try {
      for (const url of ['/', `/events/${EVENT}/`, '/search?q=draft']) {
        const res = await down.inject({ method: 'GET', url });
        expect([url, res.statusCode]).toEqual([url, 503]);
        expect(res.body).toContain('The store cannot be read right now');
        expect(res.body).not.toContain('ECONNREFUSED');
      }
      const api = await down.inject({ method: 'GET', url: '/api/search?q=draft' });
      expect(api.statusCode).toBe(503);
      expect(api.json()).toEqual({ error: 'The store cannot be read right now; try again later.' });
    } finally {
      await down.close();
      await nowhere.close?.();
    }
  });
});
