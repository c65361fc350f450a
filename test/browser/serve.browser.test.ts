import { mkdirSync } from 'fs';
import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'net';
import path from 'path';
import { type Browser } from 'playwright-core';
import { queueName } from '../../pipelines/queue-names';
import { ALL_STAGES } from '../../pipelines/queue-set';
import { buildServer } from '../../src/server/build-server';
import { FsBlobStore } from '../../src/store/fs-store';
import { ituStore } from '../helpers/fixture-store';
import { expectAccessible } from '../helpers/axe-check';
import { CHROMIUM_REQUIREMENT, launchChromium } from '../helpers/chromium';
import { redisRequirement, startTestRedis } from '../helpers/redis-server';
import { describeNeeding, testNeeding } from '../helpers/requirements';

/**
 * The published pages in a real browser: Debian's chromium driven by playwright-core (GOTCHAS.md:
 * no browser download works here), against the server on 127.0.0.1 and a store `recap process`
 * wrote from the fixture event. A person's path: the event list, the event page, a search, the
 * first hit, the moment in the session page. axe-core checks each page; screenshots are kept.
 */

const EVENT = 'itu-forum-2021-04-23';
const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts/browser');


describeNeeding(CHROMIUM_REQUIREMENT, 'recap serve in headless Chromium', () => {
  let dir: string;
  let app: FastifyInstance;
  let base: string;
  let browser: Browser;
  let title: string;

  beforeAll(async () => {
    // The server only reads: the shared build of the fixture will do.
    dir = await ituStore();
    const store = new FsBlobStore(dir);
    title = (JSON.parse((await store.get(`events/${EVENT}/manifest.json`)).toString('utf8')) as { title: string }).title;
    app = await buildServer({ store });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('goes from the event list to the event page, through a search to the moment in the session page; axe-core finds nothing serious', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // The pages carry no script and a strict CSP: anything the policy blocks would show here.
    const cspErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
    });

    expect((await page.goto(`${base}/`))?.status()).toBe(200);
    await expectAccessible(page, 'the event list');
    await Promise.all([page.waitForURL(`${base}/events/${EVENT}/`), page.getByRole('link', { name: title }).click()]);
    expect(await page.title()).toContain(title);
    expect((await page.locator('h1').textContent())?.trim()).toBe(title);
    await page.screenshot({ path: path.join(ARTIFACTS, 'event-page.png'), fullPage: true });
    await expectAccessible(page, 'the event page');

    await page.getByRole('searchbox', { name: /search/i }).fill('draft outcome document');
    // The event page's form goes to the site's static search page, which the server serves as a static host would.
    await Promise.all([page.waitForURL(/\/search\.html\?/), page.getByRole('button', { name: 'Search' }).click()]);
    const results = new URL(page.url());
    expect(results.searchParams.get('q')).toBe('draft outcome document');
    expect(results.searchParams.get('event')).toBe(EVENT);
    expect((await page.locator('h1').textContent())?.trim()).toBe('Search what was said');
    await page.waitForSelector('ol.hits > li');
    expect(await page.getByRole('status').textContent()).toMatch(/\d+ hits? for/);
    const firstHit = page.locator('ol.hits > li').first();
    expect(await firstHit.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['draft', 'outcome', 'document']));
    await page.screenshot({ path: path.join(ARTIFACTS, 'search-results.png'), fullPage: true });
    await expectAccessible(page, 'the search results page');

    await Promise.all([page.waitForURL(/transcript\.html#t-\d+$/), firstHit.getByRole('link').first().click()]);
    const moment = new URL(page.url());
    expect(moment.pathname).toBe(`/events/${EVENT}/sessions/session-3/transcript.html`);
    const anchor = moment.hash.slice(1);
    expect(anchor).toMatch(/^t-\d+$/);
    expect(await page.locator(`[id="${anchor}"]`).count()).toBe(1);
    expect(await page.locator(`[id="${anchor}"]`).textContent()).toMatch(/\S/);
    // The browser scrolled to the moment: the target is :target and on screen.
    expect(await page.evaluate('document.querySelector(":target") && document.querySelector(":target").id')).toBe(anchor);
    const box = (await page.evaluate(`(() => { const r = document.getElementById(${JSON.stringify(anchor)}).getBoundingClientRect(); return { top: r.top, bottom: r.bottom, height: innerHeight }; })()`)) as {
      top: number;
      bottom: number;
      height: number;
    };
    // Scrolled to the top of the viewport, give or take a sub-pixel.
    expect(box.top).toBeGreaterThan(-1);
    expect(box.top).toBeLessThan(box.height / 2);
    await page.screenshot({ path: path.join(ARTIFACTS, 'session-moment.png') });
    await expectAccessible(page, 'the session page');

    expect(cspErrors).toEqual([]);
    await page.close();
  }, 120_000);

  testNeeding(redisRequirement({ ownServer: true }), 'renders bull-board at /admin/queues under its own CSP, with every stage queue', async () => {
    const redis = await startTestRedis({ forceOwn: true });
    const board = await buildServer({ store: new FsBlobStore(dir), redis: { url: redis.url, prefix: 'browser-test' } });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await board.listen({ port: 0, host: '127.0.0.1' });
      const blocked: string[] = [];
      page.on('console', (m) => {
        // Its web font from fonts.googleapis.com is refused on purpose (nothing from elsewhere).
        if (m.type() === 'error' && /Content Security Policy/i.test(m.text()) && !m.text().includes('fonts.googleapis.com')) blocked.push(m.text());
      });
      await page.goto(`http://127.0.0.1:${(board.server.address() as AddressInfo).port}/admin/queues`);
      for (const stage of ALL_STAGES) await page.getByText(queueName(stage), { exact: true }).first().waitFor({ timeout: 30_000 });
      await page.screenshot({ path: path.join(ARTIFACTS, 'bull-board.png') });
      expect(blocked).toEqual([]);
    } finally {
      await page.close();
      await board.close();
      await redis.stop();
    }
  }, 120_000);
});
