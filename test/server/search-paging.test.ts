import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/server/build-server';
import type { Hit } from '../../src/search/search';
import { FsBlobStore } from '../../src/store/fs-store';
import { ituStore, ITU_EVENT } from '../helpers/fixture-store';

/**
 * The server's dynamic search a page at a time, and the site's root files (the static archive
 * and search pages, their scripts, the search bundle) served as a static host serves them.
 */

let app: FastifyInstance;
const get = (url: string) => app.inject({ method: 'GET', url });

beforeAll(async () => {
  // Only reads: the shared build of the fixture will do.
  app = await buildServer({ store: new FsBlobStore(await ituStore()) });
}, 240_000);

afterAll(async () => {
  await app?.close();
});

interface Paged {
  hits: Hit[];
  total: number;
  capped: boolean;
}

describe('server search, page by page', () => {
  const q = 'digital';

  it('pages through every hit: page 2 continues page 1 with no hit twice, and the total counts them all', async () => {
    const all = (await get(`/api/search?q=${q}&limit=100`)).json() as Paged;
    expect(all.total).toBeGreaterThan(10);
    const first = (await get(`/api/search?q=${q}`)).json() as Paged;
    const second = (await get(`/api/search?q=${q}&page=2`)).json() as Paged;
    expect(first.total).toBe(all.total);
    expect(first.hits).toEqual(all.hits.slice(0, 10));
    expect(second.hits).toEqual(all.hits.slice(10, 20));
    const pages = Math.ceil(all.total / 10);
    const last = (await get(`/api/search?q=${q}&page=${pages}`)).json() as Paged;
    expect(last.hits.length).toBe(all.total - (pages - 1) * 10);
  });

  it('links the next and previous pages, keeping the query and its filters, and says where it is', async () => {
    const all = (await get(`/api/search?q=${q}&event=${ITU_EVENT}&limit=100`)).json() as Paged;
    const pages = Math.ceil(all.total / 10);
    const page1 = (await get(`/search?q=${q}&event=${ITU_EVENT}`)).body;
    expect(page1).toContain(`${all.total} hits for “${q}”, best first (1\u201310 here).`);
    expect(page1).toContain(`<p>Page 1 of ${pages}</p>`);
    expect(page1).toContain(`<a href="/search?q=${q}&amp;event=${ITU_EVENT}&amp;page=2" rel="next">Next hits</a>`);
    expect(page1).not.toContain('rel="prev"');
    const page2 = (await get(`/search?q=${q}&event=${ITU_EVENT}&page=2`)).body;
    expect(page2).toContain('<ol class="hits" start="11">');
    expect(page2).toContain(`<a href="/search?q=${q}&amp;event=${ITU_EVENT}&amp;page=1" rel="prev">Previous hits</a>`);
    const beyond = await get(`/search?q=${q}&page=${pages + 1}`);
    expect(beyond.statusCode).toBe(200);
    expect(beyond.body).toContain('this page is past the last');
  });

  it('refuses a page that is not a whole number from 1, naming the parameter', async () => {
    for (const page of ['0', '-1', 'two', '1.5', '99999']) {
      const res = await get(`/api/search?q=${q}&page=${page}`);
      expect([page, res.statusCode]).toEqual([page, 400]);
      expect((res.json() as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual(['page']);
    }
  });
});

describe("the site's root files under recap serve", () => {
  it('serves the archive page, the search page, their scripts and the bundle with their types; nothing else at the root', async () => {
    const home = await get('/index.html');
    expect([home.statusCode, home.headers['content-type']]).toEqual([200, 'text/html; charset=utf-8']);
    expect(home.body).toContain(`href="events/${ITU_EVENT}/index.html"`);
    expect((await get('/search.html')).body).toContain('src="site/search.js"');
    for (const script of ['/site/search.js', '/site/search-bundle.js', '/pagefind/pagefind.js']) {
      const res = await get(script);
      expect([script, res.statusCode, res.headers['content-type']]).toEqual([script, 200, 'text/javascript; charset=utf-8']);
    }
    expect((await get('/pagefind/pagefind-entry.json')).statusCode).toBe(200);
    for (const other of ['/catalogue-stamp.json', '/pagefind/../catalogue-stamp.json', '/site/../events/x', '/pagefind/nothing.js']) expect([other, (await get(other)).statusCode]).toEqual([other, 404]);
    // `/` stays the server's own list of events (paged, with events whose pages are not out yet).
    expect((await get('/')).body).toContain('<h1>Events</h1>');
  });
});
