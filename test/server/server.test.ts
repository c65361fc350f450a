import { rmSync } from 'fs';
import { request } from 'http';
import type { AddressInfo } from 'net';
import type { FastifyInstance } from 'fastify';
import { queueName } from '../../pipelines/queue-names';
import { ALL_STAGES } from '../../pipelines/queue-set';
import { keyOfPath, pathOfKey } from '../../src/server/blob-routes';
import { buildServer } from '../../src/server/build-server';
import { renderSearchPage } from '../../src/server/search-page';
import { renderEventListPage } from '../../src/server/event-list-page';
import { ADMIN_CSP, PAGE_CSP } from '../../src/server/security-headers';
import type { Hit } from '../../src/search/search';
import { BlobStoreError, type BlobStore } from '../../src/store/blob-store';
import { FsBlobStore } from '../../src/store/fs-store';
import { runRecap, spawnRecap, stopChild } from '../helpers/recap-child';
import { copyItuStore } from '../helpers/fixture-store';
import { redisRequirement, startTestRedis } from '../helpers/redis-server';
import { testNeeding } from '../helpers/requirements';

const EVENT = 'itu-forum-2021-04-23';
/** A page put into the store by the test, so serving HTML does not depend on the page stage. */
const DEMO_PAGE = '<!DOCTYPE html><html lang="en"><title>Demo</title><h1>Demo</h1></html>';

let dir: string;
let store: FsBlobStore;
let app: FastifyInstance;

beforeAll(async () => {
  // A copy of the processed fixture: the test adds an event of its own.
  dir = await copyItuStore();
  store = new FsBlobStore(dir);
  await store.put('events/demo/manifest.json', JSON.stringify({ id: 'demo', title: 'Demo <event>', date: '2020-01-01' }));
  await store.put('events/demo/index.html', DEMO_PAGE);
  await store.put('events/demo/sessions/a/captions.srt', '1\n00:00:00,000 --> 00:00:01,000\nHi\n');
  await store.put('events/demo/sessions/a/captions.vtt', 'WEBVTT\n\n00:00.000 --> 00:01.000\nHi\n');
  await store.put('events/demo/picture.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await store.put('events/demo/data.bin', 'x');
  await store.put('events/salon/manifest.json', JSON.stringify({ id: 'salon', title: 'Salon du numérique', language: 'fr' }));
  await store.put('events/salon/index.html', DEMO_PAGE);
  app = await buildServer({ store });
}, 120_000);

afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (url: string) => app.inject({ method: 'GET', url });

/** A GET with the path exactly as given: node's http client does not resolve '..' as fetch would. */
function rawGet(port: number, rawPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => void (body += c.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('pages and files of the store', () => {
  it('lists the events on / with links to their pages', async () => {
    const res = await get('/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    // English and French events: the page is in its own words' language, each title in its event's.
    expect(res.body).toMatch(/<html lang="en">/);
    expect(res.body).toMatch(/<main id="main" tabindex="-1"><h1>Events<\/h1>/);
    // A manifest that does not say its language: the browser takes the title's direction from its letters.
    expect(res.body).toContain('<a href="/events/demo/" dir="auto">Demo &lt;event&gt;</a>');
    expect(res.body).toContain(`<a href="/events/${EVENT}/">Virtual forum on &quot;The Role of Standards`);
    expect(res.body).toContain('<a href="/events/salon/" lang="fr">Salon du numérique</a>');
    expect(res.body).toContain('<form role="search" action="/search" method="get"><label for="q">Search what was said</label>');
  });

  it('builds its pages in the published pages\' shell: the same stylesheet, CSP and skip link', async () => {
    const styleOf = (html: string) => /<style>[\s\S]*?<\/style>/.exec(html)?.[0];
    const published = (await store.get(`events/${EVENT}/index.html`)).toString('utf8');
    for (const url of ['/', '/search?q=draft', '/nothing']) {
      const html = (await get(url)).body;
      expect(styleOf(html)).toBe(styleOf(published));
      expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
      expect(html).toContain('<a class="skip" href="#main">');
    }
  });

  it('serves a folder\'s index.html at its path with a slash, and redirects the path without one', async () => {
    const page = await get('/events/demo/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toBe(DEMO_PAGE);
    const event = await get(`/events/${EVENT}/`);
    expect(event.statusCode).toBe(200);
    expect(event.rawPayload.equals(await store.get(`events/${EVENT}/index.html`))).toBe(true);
    const bare = await get('/events/demo');
    expect(bare.statusCode).toBe(301);
    expect(bare.headers.location).toBe('/events/demo/');
  });

  it.each([
    [`/events/${EVENT}/index.html`, 'text/html; charset=utf-8'],
    [`/events/${EVENT}/sessions/session-3/transcript.html`, 'text/html; charset=utf-8'],
    [`/events/${EVENT}/manifest.json`, 'application/json; charset=utf-8'],
    [`/events/${EVENT}/segments.jsonl`, 'application/x-ndjson; charset=utf-8'],
    [`/events/${EVENT}/sessions/session-3/transcript.md`, 'text/markdown; charset=utf-8'],
    [`/events/${EVENT}/sessions/session-3/transcript.txt`, 'text/plain; charset=utf-8'],
    [`/events/${EVENT}/recordings/main/source.caption`, 'text/plain; charset=utf-8'],
    ['/events/demo/sessions/a/captions.vtt', 'text/vtt; charset=utf-8'],
    ['/events/demo/sessions/a/captions.srt', 'application/x-subrip; charset=utf-8'],
    ['/events/demo/picture.svg', 'image/svg+xml'],
    ['/events/demo/data.bin', 'application/octet-stream'],
  ])('serves %s as %s, byte for byte', async (url, type) => {
    const res = await get(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.rawPayload.equals(await store.get(url.slice(1)))).toBe(true);
  });

  it.each(['/events/demo/nothing.html', `/events/${EVENT}/sessions/nope/transcript.md`, '/package.json', '/nothing', '/events/', `/events/${EVENT}/sessions`])(
    'answers %s with a 404 page',
    async (url) => {
      const res = await get(url);
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body).toMatch(/<h1>Not found<\/h1>/);
    },
  );

  it('answers a session folder with its transcript page: the folder page the pages stage writes, or a redirect for a store without one', async () => {
    const folder = await get(`/events/${EVENT}/sessions/session-3/`);
    expect(folder.statusCode).toBe(200);
    expect(folder.body).toContain('<meta http-equiv="refresh" content="0; url=transcript.html">');
    expect(folder.body).toContain('<a href="transcript.html">');
    await store.put('events/demo/sessions/a/transcript.html', DEMO_PAGE);
    const older = await get('/events/demo/sessions/a/');
    expect(older.statusCode).toBe(301);
    expect(older.headers.location).toBe('/events/demo/sessions/a/transcript.html');
    expect((await get('/events/demo/sessions/none/')).statusCode).toBe(404);
  });

  it.each([
    '/events/../package.json',
    '/events/%2e%2e/package.json',
    '/events/%2E%2E/%2E%2E/package.json',
    '/events/x/%2F..',
    '/events/x/%2F%2e%2e%2F%2e%2e%2Fpackage.json',
    '/events/..%2fpackage.json',
    '/events/..%5cpackage.json',
    '/events/demo/%2e%2e/%2e%2e/package.json',
    '/events//demo/index.html',
    '/events/demo/index.html%00.txt',
  ])('refuses the path traversal %s', async (url) => {
    const res = await get(url);
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('"name": "recap"');
  });

  it('refuses traversal sent as is over HTTP (no client normalising the path)', async () => {
    const served = await buildServer({ store });
    try {
      await served.listen({ port: 0, host: '127.0.0.1' });
      const { port } = served.server.address() as AddressInfo;
      for (const raw of ['/events/../package.json', '/events/%2e%2e/package.json', '/events/demo/../../package.json', '/events/x/%2F..', '/events/%2e%2e/%2e%2e/etc/passwd']) {
        const res = await rawGet(port, raw);
        expect([raw, res.status]).toEqual([raw, 404]);
        expect(res.body).not.toContain('"name": "recap"');
      }
    } finally {
      await served.close();
    }
  });

  it('answers 503 when the store cannot be read, and 404 for an unknown API route', async () => {
    const failing: BlobStore = {
      location: '/broken',
      put: async () => undefined,
      get: async (key) => {
        throw new BlobStoreError('/broken', key, 'EACCES: permission denied');
      },
      exists: async () => false,
      stat: async () => null,
      list: async () => [],
      delete: async () => undefined,
    };
    const broken = await buildServer({ store: failing });
    try {
      const res = await broken.inject({ method: 'GET', url: '/events/demo/index.html' });
      expect(res.statusCode).toBe(503);
      expect(res.body).toContain('The store cannot be read right now');
      expect(res.body).not.toContain('EACCES');
      const api = await broken.inject({ method: 'GET', url: '/api/nothing' });
      expect(api.statusCode).toBe(404);
      expect(api.json()).toEqual({ error: 'not found' });
    } finally {
      await broken.close();
    }
  });

  it('answers a path that does not decode with a 400 page, and an unexpected failure with a 500 that keeps its details in the log', async () => {
    for (const url of ['/events/%zz', '/events/%E0%A4%A']) {
      const res = await get(url);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['content-security-policy']).toBe(PAGE_CSP);
    }
    const buggy: BlobStore = { location: '/bug', put: async () => undefined, get: async () => Promise.reject(new TypeError('secret detail')), exists: async () => false, stat: async () => null, list: async () => [], delete: async () => undefined };
    const broken = await buildServer({ store: buggy });
    try {
      const res = await broken.inject({ method: 'GET', url: '/events/demo/index.html' });
      expect(res.statusCode).toBe(500);
      expect(res.body).not.toContain('secret detail');
      expect(res.headers['content-security-policy']).toBe(PAGE_CSP);
    } finally {
      await broken.close();
    }
  });

  it.each(['/', '/events/demo/', '/nothing', '/api/search?q=draft', '/api/search', '/search?q=x'])('sends the security headers on %s', async (url) => {
    const res = await get(url);
    expect(res.headers['content-security-policy']).toBe(PAGE_CSP);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });
});

describe('/api/search', () => {
  it('finds "draft outcome document" in session 3', async () => {
    const res = await get(`/api/search?q=${encodeURIComponent('"draft outcome document"')}&limit=3`);
    expect(res.statusCode).toBe(200);
    const body = res.json() as { query: { q: string; limit: number }; hits: Hit[] };
    expect(body.query).toEqual({ q: '"draft outcome document"', limit: 3 });
    expect(body.hits.length).toBeGreaterThan(0);
    expect(body.hits.length).toBeLessThanOrEqual(3);
    const [top] = body.hits;
    expect(top).toMatchObject({ eventId: EVENT, sessionId: 'session-3' });
    // The cue "LET ME SHARE THE DRAFT / OUTCOME DOCUMENT ON THE SCREEN." starts at 02:25:03.279.
    expect(top!.startMs).toBeLessThanOrEqual(8_703_279);
    expect(top!.endMs).toBeGreaterThan(8_703_279);
    expect(top!.snippet).toMatch(/\*\*draft\*\* \*\*outcome\*\* \*\*document\*\*/i);
  });

  it('applies the filters: event, session, speaker, time range', async () => {
    const q = encodeURIComponent('outcome document');
    const inOpening = (await get(`/api/search?q=${q}&event=${EVENT}&session=opening`)).json() as { hits: Hit[] };
    // a set of the sessions found, so that no hit at all fails too
    expect(new Set(inOpening.hits.map((h) => h.sessionId))).toEqual(new Set(['opening']));
    const otherEvent = (await get(`/api/search?q=${q}&event=no-such-event`)).json() as { hits: Hit[] };
    expect(otherEvent.hits).toEqual([]);
    const late = (await get(`/api/search?q=${q}&from=8000&to=9000`)).json() as { hits: Hit[] };
    expect(late.hits.length).toBeGreaterThan(0);
    expect(late.hits.every((h) => h.endMs > 8_000_000 && h.startMs < 9_000_000)).toBe(true);
    // The same times as recap search --from/--to takes them.
    expect(((await get(`/api/search?q=${q}&from=2:13:20&to=02:30:00`)).json() as { hits: Hit[] }).hits).toEqual(late.hits);
    const speaker = (await get(`/api/search?q=${q}&speaker=${encodeURIComponent('seo-yeon albrecht')}`)).json() as { hits: Hit[] };
    expect(speaker.hits.length).toBeGreaterThan(0);
    expect(speaker.hits.every((h) => h.speaker === 'Seo-yeon Albrecht')).toBe(true);
  });

  it.each([
    ['no q', '', 'q'],
    ['an empty q', '?q=', 'q'],
    ['a q of 501 characters', `?q=${'a'.repeat(501)}`, 'q'],
    ['a repeated q', '?q=a&q=b', 'q'],
    ['limit 0', '?q=a&limit=0', 'limit'],
    ['limit 101', '?q=a&limit=101', 'limit'],
    ['a limit in words', '?q=a&limit=ten', 'limit'],
    ['an event id with capitals and "_"', '?q=a&event=Bad_Id', 'event'],
    ['a session id with "../"', '?q=a&session=..%2F..', 'session'],
    ['from in words', '?q=a&from=abc', 'from'],
    ['a negative from', '?q=a&from=-5', 'from'],
    ['a from with 75 seconds after a colon', '?q=a&from=1:75', 'from'],
    ['from after to', '?q=a&from=90&to=30', 'to'],
    ['an unknown parameter', '?q=a&sesion=opening', ''],
  ])('refuses %s with 400 and the issue of "%s"', async (_label, query, field) => {
    const res = await get(`/api/search${query}`);
    expect(res.statusCode).toBe(400);
    const body = res.json() as { error: string; issues: { path: string; message: string }[] };
    expect(body.error).toBe('invalid search query');
    expect(body.issues.length).toBeGreaterThan(0);
    expect(body.issues.map((i) => i.path)).toContain(field);
    expect(body.issues.every((i) => i.message.length > 0)).toBe(true);
  });
});

describe('/search results page', () => {
  it('lists the hits with marked words, speaker, time and a link to the moment in the session page', async () => {
    const res = await get(`/search?q=${encodeURIComponent('"draft outcome document"')}&event=${EVENT}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = res.body;
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toMatch(/<main id="main" tabindex="-1"><h1>Search results<\/h1>/);
    expect(html).toMatch(/<label for="q">[^<]+<\/label>\s*<input type="search" id="q" name="q"/);
    expect(html).toContain(`<input type="hidden" name="event" value="${EVENT}">`);
    expect(html).toContain('<mark>draft</mark> <mark>outcome</mark> <mark>document</mark>');
    expect(html).toMatch(new RegExp(`<a href="/events/${EVENT}/sessions/session-3/transcript\\.html#t-\\d+">Session 3: [^<]+, at <time datetime="PT2H(?:\\d+M)?(?:\\d+S)?">02:2\\d:\\d\\d</time></a>`));
    expect(html).toContain('Seo-yeon Albrecht');
    expect(html).not.toMatch(/<script/i);
  });

  it('shows a hostile query as text', async () => {
    const res = await get(`/search?q=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('<script>alert(1)</script>');
    expect(res.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(res.body).toMatch(/<p role="status">No hits for/);
  });

  it('escapes an attribute-breaking query and event', async () => {
    const res = await get(`/search?q=${encodeURIComponent('"><img src=x onerror=alert(1)>')}&event=${encodeURIComponent('"><b>x')}`);
    expect(res.statusCode).toBe(400);
    expect(res.body).not.toMatch(/<img|<b>x/);
    expect(res.body).toContain('role="alert"');
  });

  it('escapes caption text in snippets (it is untrusted) and marks only the matched words', () => {
    const text = 'Attack: <img src=x onerror=alert(1)> & the draft "text"';
    const start = text.indexOf('draft');
    const hit: Hit = { eventId: 'e', language: 'en', sessionId: 's', recording: 'main', speaker: '<b>Eve</b>', startMs: 3_723_000, endMs: 3_724_000, text, score: 1, link: null, snippet: '', matches: [[start, start + 5]] };
    const html = renderSearchPage({ q: 'draft', hits: [hit], sessionTitle: () => 'Title <i>x</i>' });
    expect(html).toContain('Attack: &lt;img src=x onerror=alert(1)&gt; &amp; the <mark>draft</mark> &quot;text&quot;');
    expect(html).toContain('&lt;b&gt;Eve&lt;/b&gt;');
    expect(html).toContain('<a href="/events/e/sessions/s/transcript.html#t-3723000">Title &lt;i&gt;x&lt;/i&gt;, at <time datetime="PT1H2M3S">01:02:03</time></a>');
    expect(html).not.toMatch(/<img|<b>|<i>/);
  });

  it('links pages at the path their store key is served at, every segment encoded', () => {
    const key = 'events/e/sessions/a b?#/transcript.html';
    expect(pathOfKey(key)).toBe('/events/e/sessions/a%20b%3F%23/transcript.html');
    expect(keyOfPath(decodeURIComponent(pathOfKey(key)).slice('/events/'.length))).toBe(key);
    const hit: Hit = { eventId: 'e', language: 'en', sessionId: 'a b', recording: 'main', speaker: null, startMs: 5000, endMs: 6000, text: 'x', score: 1, link: null, snippet: '', matches: [] };
    expect(renderSearchPage({ q: 'x', hits: [hit] })).toContain('<a href="/events/e/sessions/a%20b/transcript.html#t-5000">a b, at');
  });

  it('drops control characters from what it shows, as the published pages do', () => {
    const text = 'a\u0000b\u0007c draft';
    const hit: Hit = { eventId: 'e', language: 'en', sessionId: 's', recording: 'main', speaker: 'E\u001bve', startMs: 0, endMs: 1000, text, score: 1, link: null, snippet: '', matches: [[text.indexOf('draft'), text.length]] };
    const html = renderSearchPage({ q: 'dr\u0008aft', hits: [hit] });
    expect(html).not.toMatch(/[\u0000-\u0008\u001b]/);
    expect(html).toContain('abc <mark>draft</mark>');
    expect(html).toContain('Eve · e');
  });

  it('is in the language of the events it shows: the one asked for, else that of every hit', async () => {
    const form = await get('/search?event=salon');
    expect(form.body).toMatch(/<html lang="fr">/);
    // recap's own words on a French page say they are English; the event's title inside them is French.
    expect(form.body).toContain('<h1 lang="en">Search results</h1><form role="search" action="/search" method="get" lang="en"><label for="q">Search what was said in <span lang="fr">Salon du numérique</span></label>');
    const hit = (eventId: string): Hit => ({ eventId, language: eventId.slice(0, 2), sessionId: 's', recording: 'main', speaker: null, startMs: 0, endMs: 1000, text: 'mot', score: 1, link: null, snippet: '', matches: [] });
    const names = new Map([['fr1', { title: 'Un', language: 'fr' }], ['fr2', { title: 'Deux', language: 'fr' }], ['en1', { title: 'One', language: 'en' }]]);
    const french = renderSearchPage({ q: 'mot', hits: [hit('fr1'), hit('fr2')], eventName: (id) => names.get(id) });
    expect(french).toMatch(/<html lang="fr">/);
    expect(french).not.toContain('<li lang=');
    const mixed = renderSearchPage({ q: 'mot', hits: [hit('fr1'), hit('en1')], eventName: (id) => names.get(id) });
    expect(mixed).toMatch(/<html lang="en">/);
    expect(mixed).toContain('<li lang="fr"><h2><a href="/events/fr1/');
    expect(mixed).not.toContain('<li lang="en">');
  });

  it('reads right to left where the events shown are written so, and marks each such hit on a mixed page', () => {
    const hit = (eventId: string): Hit => ({ eventId, language: eventId.slice(0, 2), sessionId: 's', recording: 'main', speaker: null, startMs: 0, endMs: 1000, text: 'المدينة', score: 1, link: null, snippet: '', matches: [] });
    const names = new Map([['ar1', { title: 'اجتماع المجلس', language: 'ar' }], ['he1', { title: 'ישיבת המועצה', language: 'he' }], ['en1', { title: 'One', language: 'en' }]]);
    const arabic = renderSearchPage({ q: 'المدينة', hits: [hit('ar1')], eventName: (id) => names.get(id) });
    expect(arabic).toMatch(/<html lang="ar" dir="rtl">/);
    expect(arabic).toContain('<h1 lang="en" dir="ltr">Search results</h1>');
    expect(arabic).toContain('<p role="status" lang="en" dir="ltr">1 hit for');
    expect(arabic).toContain('<nav aria-label="Site" lang="en" dir="ltr">');
    expect(arabic).toContain('<li><h2><a href="/events/ar1/');
    const mixed = renderSearchPage({ q: 'x', hits: [hit('en1'), hit('ar1'), hit('he1')], eventName: (id) => names.get(id) });
    expect(mixed).toMatch(/<html lang="en">/);
    expect(mixed).toContain('<li lang="ar" dir="rtl"><h2><a href="/events/ar1/');
    expect(mixed).toContain('<li lang="he" dir="rtl"><h2><a href="/events/he1/');
    expect(mixed).toContain('<li><h2><a href="/events/en1/');
    const list = renderEventListPage([
      { id: 'ar1', title: 'اجتماع المجلس', language: 'ar', hasPage: true },
      { id: 'en1', title: 'One', language: 'en', hasPage: false },
    ]);
    expect(list).toContain('<a href="/events/ar1/" lang="ar" dir="rtl">اجتماع المجلس</a>');
    expect(list).toContain('<li>One<span class="meta"> (page not published yet)</span></li>');
    const arabicList = renderEventListPage([{ id: 'ar1', title: 'اجتماع المجلس', language: 'ar', hasPage: false }]);
    expect(arabicList).toMatch(/<html lang="ar" dir="rtl">/);
    expect(arabicList).toContain('<li>اجتماع المجلس<span class="meta" lang="en" dir="ltr"> (page not published yet)</span></li>');
  });

  it('shows the form alone before a search', async () => {
    const res = await get('/search');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<form role="search"');
    expect(res.body).not.toContain('role="status"');
  });
});

describe('bull-board', () => {
  testNeeding(redisRequirement({ ownServer: true }), 'answers at /admin/queues with every stage queue and a CSP that lets its scripts run', async () => {
    const redis = await startTestRedis({ forceOwn: true });
    const withBoard = await buildServer({ store, redis: { url: redis.url, prefix: 'serve-test' } });
    try {
      const ui = await withBoard.inject({ method: 'GET', url: '/admin/queues' });
      expect(ui.statusCode).toBe(200);
      expect(ui.headers['content-type']).toMatch(/^text\/html/);
      expect(ui.body).toContain('<base href="/admin/queues/"');
      expect(ui.headers['content-security-policy']).toBe(ADMIN_CSP);
      const api = await withBoard.inject({ method: 'GET', url: '/admin/queues/api/queues' });
      expect(api.statusCode).toBe(200);
      const names = (api.json() as { queues: { name: string }[] }).queues.map((q) => q.name).sort();
      expect(names).toEqual(ALL_STAGES.map(queueName).sort());
      // A page of another site cannot change the queues through the operator's browser.
      const crossSite = await withBoard.inject({ method: 'PUT', url: '/admin/queues/api/queues/recap-split-event/retry/failed', headers: { 'sec-fetch-site': 'cross-site' } });
      expect(crossSite.statusCode).toBe(403);
      // The pages keep their own strict policy.
      expect((await withBoard.inject({ method: 'GET', url: '/' })).headers['content-security-policy']).toBe(PAGE_CSP);
    } finally {
      await withBoard.close();
      await redis.stop();
    }
  });
});

describe('recap serve', () => {
  it('listens on 127.0.0.1 by default, serves without bull-board when Redis is unreachable, and closes on SIGTERM', async () => {
    const child = spawnRecap(['serve', '--store', dir, '--port', '0'], { REDIS_URL: 'redis://127.0.0.1:1', LOG_LEVEL: 'warn' });
    try {
      const until = Date.now() + 60_000;
      while (!/serving .* at http/.test(child.log())) {
        if (child.process.exitCode !== null || Date.now() > until) throw new Error(`recap serve did not start:\n${child.log()}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(child.log()).toMatch(/warning: Redis at redis:\/\/127\.0\.0\.1:1\/? cannot be reached: .*; serving without \/admin\/queues/);
      const url = /at (http:\/\/\S+\/)/.exec(child.log())![1]!;
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect((await fetch(url)).status).toBe(200);
      expect((await fetch(`${url}admin/queues`)).status).toBe(404);
    } finally {
      expect(await stopChild(child)).toBe(0);
    }
    expect(child.log()).toContain('SIGTERM: closing');
  });

  it('refuses a bad --port as a usage error', async () => {
    const run = await runRecap(['serve', '--store', dir, '--port', '70000'], {});
    expect(run.code).toBe(2);
    expect(run.err).toContain("option '--port <n>' argument '70000' is invalid. Expected a port number from 0 to 65535");
  });
});

describe('/search hits in their recording language', () => {
  it("marks a hit's words with its recording's language where it is not its event's", () => {
    const hit: Hit = { eventId: 'ev', language: 'ar', sessionId: 's', recording: 'arabic', speaker: null, startMs: 0, endMs: 1000, text: 'المدينة', score: 1, link: null, snippet: '', matches: [] };
    const page = renderSearchPage({ q: 'المدينة', hits: [hit, { ...hit, language: 'en', text: 'city', recording: 'main' }], eventName: () => ({ title: 'Forum', language: 'en' }) });
    expect(page).toContain('<p lang="ar" dir="rtl">المدينة</p>');
    expect(page).toContain('<p>city</p>');
  });
});
