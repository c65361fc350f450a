import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'net';
import { type Browser, type Page } from 'playwright-core';
import { eventPageKey, transcriptPageKey } from '../../src/model/event-layout';
import { buildServer } from '../../src/server/build-server';
import { HOSTILE_EVENT_ID, hostileEvent, PAYLOADS } from '../publish/html/hostile-event';
import { newStore, processEvent, removeStores } from '../stages/event-fixture';
import { CHROMIUM_REQUIREMENT, launchChromium } from '../helpers/chromium';
import { describeNeeding } from '../helpers/requirements';

/**
 * The hostile event's pages in a real browser, served by recap serve: whatever the captions and
 * the manifest hold, nothing runs. A payload that ran would open a dialog (alert), add a script
 * or handler to the DOM, or leave a javascript: link.
 */


/** What of the page could act: scripts, handler attributes, javascript: URLs, embedded frames. */
const ACTIVE_CONTENT = `(() => {
  const all = [...document.querySelectorAll('*')];
  return {
    // the site's own script file (session pages) is not the attacker's
    scripts: [...document.scripts].filter((s) => !(s.type === 'module' && s.getAttribute('src') === '../../interactive-transcript.js' && s.text === '')).length,
    handlers: all.filter((el) => [...el.attributes].some((a) => a.name.toLowerCase().startsWith('on'))).map((el) => el.tagName),
    jsLinks: all.filter((el) => ['href', 'src', 'action', 'formaction'].some((n) => (el.getAttribute(n) || '').trim().toLowerCase().startsWith('javascript:'))).map((el) => el.tagName),
    frames: document.querySelectorAll('iframe, object, embed').length,
    images: document.images.length,
  };
})()`;

describeNeeding(CHROMIUM_REQUIREMENT, 'hostile captions and manifest in headless Chromium', () => {
  let app: FastifyInstance;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    const store = newStore();
    await processEvent(store, hostileEvent());
    app = await buildServer({ store });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    removeStores();
  });

  async function visit(page: Page, url: string): Promise<void> {
    const response = await page.goto(url);
    expect([url, response?.status()]).toEqual([url, 200]);
    expect(await page.evaluate(ACTIVE_CONTENT)).toEqual({ scripts: 0, handlers: [], jsLinks: [], frames: 0, images: 0 });
  }

  it('the event page, every transcript page and a hostile search stay inert; the payloads show as text', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const pages = [eventPageKey(HOSTILE_EVENT_ID), transcriptPageKey(HOSTILE_EVENT_ID, 'opening'), transcriptPageKey(HOSTILE_EVENT_ID, 'talk')];
    for (const key of pages) await visit(page, `${base}/${key}`);
    await visit(page, `${base}/${eventPageKey(HOSTILE_EVENT_ID)}`);
    // The attacker's title is the page's visible h1, markup and all, as text.
    expect(await page.locator('h1').textContent()).toContain(PAYLOADS.breakout);
    await visit(page, `${base}/search?q=${encodeURIComponent(`${PAYLOADS.script} script alert`)}&event=${HOSTILE_EVENT_ID}`);
    expect(await page.locator('main').textContent()).toContain(PAYLOADS.script);
    await visit(page, `${base}/search?q=${encodeURIComponent('alert')}`);
    // Hits on the hostile cue text are listed, their snippets shown as text.
    expect(await page.locator('ol.hits > li').count()).toBeGreaterThan(0);
    expect(dialogs).toEqual([]);
    await page.close();
  }, 120_000);
});
