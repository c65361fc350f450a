import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { request } from 'http';
import { tmpdir } from 'os';
import path from 'path';
import { Writable } from 'stream';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import pino from 'pino';
import { readCliConfig } from '../../src/cli/cli-config';
import { addAdminGuard } from '../../src/server/admin-access';
import { buildServer } from '../../src/server/build-server';
import { EVENTS_PER_PAGE } from '../../src/server/store-events';
import { BlobStoreError, InvalidBlobKeyError, type BlobStore } from '../../src/store/blob-store';
import { CHECK_MS, readCatalogue, stampCatalogue, writeCatalogueEntry } from '../../src/stages/event-catalogue';
import { FsBlobStore } from '../../src/store/fs-store';
import { CATALOGUE_STAMP_KEY } from '../../src/model/event-layout';
import { indexEventStage } from '../../src/stages/index-event-stage';
import { indexedEvents } from '../../src/stages/search-indexes';
import { runRecap, spawnRecap, stopChild } from '../helpers/recap-child';
import { redisRequirement, startTestRedis } from '../helpers/redis-server';
import { testNeeding } from '../helpers/requirements';

let dir: string;
let outside: string;
let store: FsBlobStore;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'recap-security-server-'));
  outside = mkdtempSync(path.join(tmpdir(), 'recap-security-outside-'));
  writeFileSync(path.join(outside, 'secret.txt'), 'SECRET');
  store = new FsBlobStore(dir);
  await store.put('events/demo/manifest.json', JSON.stringify({ id: 'demo', title: 'Demo', date: '2020-01-01' }));
  await store.put('events/demo/index.html', '<!DOCTYPE html><title>Demo</title>');
  symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'events/demo/secret.txt'));
  symlinkSync(outside, path.join(dir, 'events/demo/linked'));
  mkdirSync(path.join(dir, 'events/inner'));
  symlinkSync(path.join(dir, 'events/demo/index.html'), path.join(dir, 'events/inner/index.html'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

/** A logger whose lines the test reads. */
function capturedLogger(): { logger: pino.Logger; lines: string[] } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter((l) => l !== ''));
      done();
    },
  });
  return { logger: pino({ level: 'info' }, sink), lines };
}

describe('client mistakes in the path', () => {
  it('answers a 300-character segment with 404 and no error-level log line', async () => {
    const { logger, lines } = capturedLogger();
    const app = await buildServer({ store, logger });
    try {
      for (const url of [`/events/${'a'.repeat(300)}`, `/events/demo/${'b'.repeat(300)}/x.html`, `/events/${'c/'.repeat(600)}`]) {
        const res = await app.inject({ method: 'GET', url });
        expect(res.statusCode).toBe(404);
      }
    } finally {
      await app.close();
    }
    // pino level 50 is "error"
    expect(lines.map((l) => JSON.parse(l) as { level: number }).filter((l) => l.level >= 50)).toEqual([]);
  });

  it('is a 404 too where the store refuses the key or fails on its length (as S3 does past 1,024 bytes)', async () => {
    const refusing: BlobStore = {
      ...store,
      location: 'refusing',
      get: (key) => Promise.reject(key.length > 200 ? new BlobStoreError('refusing', key, 'KeyTooLongError') : new InvalidBlobKeyError(key, 'refused')),
      exists: () => Promise.resolve(false),
      stat: () => Promise.resolve(null),
      list: () => Promise.resolve([]),
      put: () => Promise.resolve(),
      delete: () => Promise.resolve(),
    };
    const { logger, lines } = capturedLogger();
    const app = await buildServer({ store: refusing, logger });
    try {
      expect((await app.inject({ method: 'GET', url: `/events/${'a'.repeat(300)}` })).statusCode).toBe(404);
      expect((await app.inject({ method: 'GET', url: '/events/short' })).statusCode).toBe(404);
    } finally {
      await app.close();
    }
    expect(lines.map((l) => JSON.parse(l) as { level: number }).filter((l) => l.level >= 50)).toEqual([]);
  });

  it('a 300-character name through the fs store is not found, not a store error', async () => {
    await expect(store.get(`events/${'a'.repeat(300)}`)).rejects.toThrow(/no blob at/);
    expect(await store.stat(`events/${'a'.repeat(300)}`)).toBeNull();
  });
});

describe('symbolic links inside the store', () => {
  it('serves neither a linked file nor a file under a linked folder', async () => {
    const app = await buildServer({ store });
    try {
      expect((await app.inject({ method: 'GET', url: '/events/demo/' })).statusCode).toBe(200);
      for (const url of ['/events/demo/secret.txt', '/events/demo/linked/secret.txt', '/events/inner/']) {
        const res = await app.inject({ method: 'GET', url });
        expect(res.statusCode).toBe(404);
        expect(res.body).not.toContain('SECRET');
      }
    } finally {
      await app.close();
    }
    expect(await store.stat('events/demo/secret.txt')).toBeNull();
    expect(await store.exists('events/demo/linked/secret.txt')).toBe(false);
  });
});

/** GET / with this Host header (fetch sets Host itself: node's http client sends the header given). */
function hostStatus(port: number, host: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/', headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('Host header (DNS rebinding)', () => {
  let app: FastifyInstance;
  let port: number;
  beforeAll(async () => {
    app = await buildServer({ store, allowedHosts: ['recap.example', 'proxy.example:8443'] });
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as { port: number }).port;
  });
  afterAll(() => app.close());

  const status = (host: string) => hostStatus(port, host);

  it('answers the loopback names and the configured ones on its port', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, `recap.example:${port}`, `RECAP.example:${port}`, 'proxy.example:8443']) {
      expect([host, await status(host)]).toEqual([host, 200]);
    }
  });

  it('refuses any other name, or a known name on another port', async () => {
    for (const host of [`attacker.example:${port}`, 'attacker.example', `127.0.0.1:${port + 1}`, 'localhost', 'proxy.example', `user@localhost:${port}`]) {
      expect([host, await status(host)]).toEqual([host, 421]);
    }
  });
});

describe('recap serve: Host names from --allowed-host and RECAP_ALLOWED_HOSTS', () => {
  it('answers those names and the loopback ones on its port, and refuses others', async () => {
    const child = spawnRecap(['serve', '--store', dir, '--port', '0', '--allowed-host', 'flag.example'], { RECAP_ALLOWED_HOSTS: 'env.example, other.example', LOG_LEVEL: 'warn' });
    try {
      const until = Date.now() + 60_000;
      while (!/serving .* at http/.test(child.log())) {
        if (child.process.exitCode !== null || Date.now() > until) throw new Error(`recap serve did not start:\n${child.log()}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      const port = Number(/at http:\/\/127\.0\.0\.1:(\d+)\//.exec(child.log())![1]);
      const status = (host: string) => hostStatus(port, host);
      for (const host of ['flag.example', 'env.example', 'other.example', 'localhost', '127.0.0.1']) expect([host, await status(`${host}:${port}`)]).toEqual([host, 200]);
      expect(await status(`attacker.example:${port}`)).toBe(421);
    } finally {
      expect(await stopChild(child)).toBe(0);
    }
  }, 90_000);

  it('reads RECAP_ADMIN_TOKEN and RECAP_ALLOWED_HOSTS from the environment (empty counts as unset)', () => {
    expect(readCliConfig({ RECAP_ADMIN_TOKEN: 't0ken', RECAP_ALLOWED_HOSTS: 'a.example,b.example' })).toMatchObject({ adminToken: 't0ken', allowedHosts: 'a.example,b.example' });
    expect(readCliConfig({ RECAP_ADMIN_TOKEN: '' })).not.toHaveProperty('adminToken');
  });

  it('refuses a --allowed-host that is not a host name as a usage error', async () => {
    const r = await runRecap(['serve', '--store', dir, '--port', '0', '--allowed-host', 'bad/host'], {});
    expect(r.code).toBe(2);
    expect(r.err).toContain('--allowed-host takes a host name');
  });
});

/** A stand-in for bull-board's routes: the guard is what is under test, and it needs no Redis. */
async function guardedApp(token: string | undefined): Promise<FastifyInstance> {
  const app = Fastify();
  addAdminGuard(app, token);
  app.put('/admin/queues/api/queues/:queue/pause', async () => ({ paused: true }));
  app.get('/admin/queues/', async () => 'board');
  await app.ready();
  return app;
}

describe('the admin guard', () => {
  it('refuses a cross-site change however the path is spelt', async () => {
    const app = await guardedApp(undefined);
    try {
      for (const url of ['/admin/queues/api/queues/q/pause', '/%61dmin/queues/api/queues/q/pause', '/admin/%71ueues/api/queues/q/pause', '/admin/queues/api/queues/q/%70ause']) {
        const res = await app.inject({ method: 'PUT', url, headers: { 'sec-fetch-site': 'cross-site' } });
        expect([url, res.statusCode]).toEqual([url, 403]);
      }
      expect((await app.inject({ method: 'PUT', url: '/%61dmin/queues/api/queues/q/pause', headers: { 'sec-fetch-site': 'same-origin' } })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('with a token, lets in only requests that present it (bearer header or the login cookie)', async () => {
    const app = await guardedApp('s3cret-token');
    try {
      expect((await app.inject({ method: 'GET', url: '/admin/queues/' })).statusCode).toBe(401);
      expect((await app.inject({ method: 'GET', url: '/%61dmin/queues/' })).statusCode).toBe(401);
      expect((await app.inject({ method: 'GET', url: '/admin/queues/', headers: { authorization: 'Bearer wrong' } })).statusCode).toBe(401);
      expect((await app.inject({ method: 'GET', url: '/admin/queues/', headers: { authorization: 'Bearer s3cret-token' } })).statusCode).toBe(200);
      expect((await app.inject({ method: 'GET', url: '/admin/login?token=wrong' })).statusCode).toBe(401);
      const login = await app.inject({ method: 'GET', url: '/admin/login?token=s3cret-token' });
      expect(login.statusCode).toBe(303);
      const cookie = String(login.headers['set-cookie']);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
      const withCookie = await app.inject({ method: 'GET', url: '/admin/queues/', headers: { cookie: cookie.split(';')[0]! } });
      expect(withCookie.statusCode).toBe(200);
      expect(withCookie.body).toBe('board');
      // A cookie that does not decode is no token (not a 500 and an error log).
      expect((await app.inject({ method: 'GET', url: '/admin/queues/', headers: { cookie: 'recap-admin=%' } })).statusCode).toBe(401);
    } finally {
      await app.close();
    }
  });
});

testNeeding(redisRequirement({ ownServer: true }), 'bull-board: /%61dmin/... from another site does not pause a queue', async () => {
  const redis = await startTestRedis({ forceOwn: true });
  const app = await buildServer({ store, redis: { url: redis.url, prefix: 'security-test' } });
  try {
    const res = await app.inject({ method: 'PUT', url: '/%61dmin/queues/api/queues/recap-split-event/pause', headers: { 'sec-fetch-site': 'cross-site' } });
    expect(res.statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/admin/queues/api/queues' })).statusCode).toBe(200);
    const locked = await buildServer({ store, redis: { url: redis.url, prefix: 'security-test', token: 'board-token' } });
    try {
      expect((await locked.inject({ method: 'GET', url: '/admin/queues/api/queues' })).statusCode).toBe(401);
      expect((await locked.inject({ method: 'GET', url: '/admin/queues/api/queues', headers: { authorization: 'Bearer board-token' } })).statusCode).toBe(200);
    } finally {
      await locked.close();
    }
  } finally {
    await app.close();
    await redis.stop();
  }
});

describe('work per request does not grow with the store (the event catalogue)', () => {
  it('the index stage stamps the catalogue after writing an index, so servers see the new index', async () => {
    const inner = new FsBlobStore(mkdtempSync(path.join(tmpdir(), 'recap-security-stamp-')));
    try {
      const segment = { id: 'main-1', eventId: 'five', sessionId: 'main', recording: 'main', speaker: null, startMs: 0, endMs: 1000, text: 'harbour' };
      await inner.put('events/five/segments.jsonl', `${JSON.stringify(segment)}\n`);
      expect(await inner.stat(CATALOGUE_STAMP_KEY)).toBeNull();
      await indexEventStage(inner, { eventId: 'five' });
      const first = await inner.stat(CATALOGUE_STAMP_KEY);
      expect(first).not.toBeNull();
      expect(await indexedEvents(inner)).toEqual(['five']);
      await indexEventStage(inner, { eventId: 'five' });
      expect((await inner.stat(CATALOGUE_STAMP_KEY))!.version).not.toBe(first!.version);
    } finally {
      rmSync(inner.location, { recursive: true, force: true });
    }
  });

  it('lists the store once, then answers GET / and searches from the catalogue until its stamp changes', async () => {
    const inner = new FsBlobStore(mkdtempSync(path.join(tmpdir(), 'recap-security-catalogue-')));
    for (const id of ['one', 'two', 'three']) {
      await inner.put(`events/${id}/manifest.json`, JSON.stringify({ id, title: `Event ${id}` }));
      await writeCatalogueEntry(inner, { id, title: `Event ${id}` });
    }
    await stampCatalogue(inner, 'three');
    const calls = { list: 0, get: 0 };
    const counting: BlobStore = {
      location: inner.location,
      put: (k, d) => inner.put(k, d),
      get: (k) => (calls.get++, inner.get(k)),
      exists: (k) => inner.exists(k),
      stat: (k) => inner.stat(k),
      list: (p) => (calls.list++, inner.list(p)),
      delete: (keys) => inner.delete(keys),
    };
    const app = await buildServer({ store: counting });
    try {
      expect((await app.inject({ method: 'GET', url: '/' })).body).toContain('Event two');
      const built = { ...calls };
      for (let i = 0; i < 5; i++) {
        expect((await app.inject({ method: 'GET', url: '/' })).statusCode).toBe(200);
        expect((await app.inject({ method: 'GET', url: '/api/search?q=word' })).statusCode).toBe(200);
        expect((await app.inject({ method: 'GET', url: '/search?q=word&event=two' })).statusCode).toBe(200);
      }
      expect(calls).toEqual(built);
      // A pipeline adds an event and stamps: the next check (after CHECK_MS) rebuilds once.
      await inner.put('events/four/manifest.json', JSON.stringify({ id: 'four', title: 'Event four' }));
      await writeCatalogueEntry(inner, { id: 'four', title: 'Event four' });
      await stampCatalogue(inner, 'four');
      const later = Date.now() + CHECK_MS + 1;
      expect((await readCatalogue(counting, later)).events.map((e) => e.id)).toEqual(['four', 'one', 'three', 'two']);
      expect(calls.list).toBe(built.list + 1);
      await readCatalogue(counting, later + CHECK_MS + 1);
      expect(calls.list).toBe(built.list + 1);
    } finally {
      await app.close();
      rmSync(inner.location, { recursive: true, force: true });
    }
  });

  it('shows the event list a page of EVENTS_PER_PAGE at a time, so its size does not grow with the store', async () => {
    const inner = new FsBlobStore(mkdtempSync(path.join(tmpdir(), 'recap-security-pages-')));
    const total = EVENTS_PER_PAGE * 2 + 7;
    const id = (n: number) => `event-${String(n).padStart(4, '0')}`;
    for (let n = 0; n < total; n++) await inner.put(`events/${id(n)}/manifest.json`, JSON.stringify({ id: id(n), title: `Event ${n}` }));
    await stampCatalogue(inner, 'all');
    const app = await buildServer({ store: inner });
    // Each event is listed with this note: none of them has a page.
    const items = (html: string) => (html.match(/page not published yet/g) ?? []).length;
    try {
      const first = await app.inject({ method: 'GET', url: '/' });
      expect(items(first.body)).toBe(EVENTS_PER_PAGE);
      expect(first.body).toContain('Page 1 of 3');
      expect(first.body).toContain('href="/?page=2"');
      const last = await app.inject({ method: 'GET', url: '/?page=3' });
      expect(last.body).toContain(`Event ${total - 1}<`);
      expect(items(last.body)).toBe(7);
      for (const url of ['/?page=4', '/?page=0', '/?page=x', '/?page=99999999999999']) expect([url, (await app.inject({ method: 'GET', url })).statusCode]).toEqual([url, 404]);
    } finally {
      await app.close();
      rmSync(inner.location, { recursive: true, force: true });
    }
  });
});

it('the login URL, which holds the token, is kept out of the request log', async () => {
  const { logger, lines } = capturedLogger();
  const app = Fastify({ loggerInstance: logger as FastifyBaseLogger });
  addAdminGuard(app, 'logged-token');
  await app.ready();
  try {
    expect((await app.inject({ method: 'GET', url: '/admin/login?token=logged-token' })).statusCode).toBe(303);
    expect((await app.inject({ method: 'GET', url: '/admin/queues/?token=logged-token' })).statusCode).toBe(401);
  } finally {
    await app.close();
  }
  const logged = lines.join('\n');
  expect(logged).toContain('/admin/queues/');
  expect(logged).not.toContain('/admin/login');
});
