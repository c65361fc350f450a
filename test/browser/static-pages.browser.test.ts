import { mkdirSync, readdirSync } from 'fs';
import path from 'path';
import { type Browser, type Page } from 'playwright-core';
import { expectAccessible } from '../helpers/axe-check';
import { CHROMIUM_REQUIREMENT, launchChromium } from '../helpers/chromium';
import { ITU_EVENT, ituStore } from '../helpers/fixture-store';
import { describeNeeding } from '../helpers/requirements';
import { serveStatic, STATIC_SERVER_REQUIREMENT, type StaticSite } from '../helpers/static-site';

/**
 * Every kind of published page as organisers host it (a plain static file server, no recap
 * serve), on phones (360 and 390 px wide) and a desktop (1280 px): nothing scrolls sideways,
 * axe-core finds nothing serious, and a screenshot of each is kept to be looked at.
 */

const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts/static-pages');
const WIDTHS = [360, 390, 1280];

describeNeeding({ ...CHROMIUM_REQUIREMENT, present: CHROMIUM_REQUIREMENT.present && STATIC_SERVER_REQUIREMENT.present }, 'published pages on a static host, phone and desktop', () => {
  let site: StaticSite;
  let browser: Browser;
  let kinds: Array<[string, string]>;

  beforeAll(async () => {
    const dir = await ituStore();
    site = await serveStatic(dir);
    browser = await launchChromium();
    mkdirSync(ARTIFACTS, { recursive: true });
    const event = `events/${ITU_EVENT}/`;
    const speaker = readdirSync(path.join(dir, event, 'speakers')).find((f) => f.endsWith('.html'))!;
    kinds = [
      ['archive', ''],
      ['search', 'search.html?q=digital+transformation'],
      ['event', `${event}`],
      ['transcript', `${event}sessions/session-1/transcript.html`],
      ['speaker', `${event}speakers/${speaker}`],
    ];
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  async function open(width: number, url: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    expect((await page.goto(`${site.url}${url}`))?.status()).toBe(200);
    // The search page fills itself in: wait for its hits, so the screenshot and the checks see them.
    if (url.startsWith('search.html')) await page.locator('ol.hits li').first().waitFor({ timeout: 30_000 });
    return page;
  }

  it.each(WIDTHS)('at %i px, no page scrolls sideways, each is axe-clean, and a screenshot of each is kept', async (width) => {
    for (const [kind, url] of kinds) {
      const page = await open(width, url);
      const widths = (await page.evaluate('({ content: document.documentElement.scrollWidth, viewport: innerWidth })')) as { content: number; viewport: number };
      expect({ kind, ...widths }).toEqual({ kind, content: widths.viewport, viewport: width });
      await page.screenshot({ path: path.join(ARTIFACTS, `${kind}-${width}.png`), fullPage: true });
      await expectAccessible(page, `the ${kind} page at ${width} px`);
      await page.close();
    }
  }, 180_000);

  it('puts the event page\u2019s search within the first screen and a half of a phone', async () => {
    const page = await open(390, kinds.find(([kind]) => kind === 'event')![1]);
    const top = (await page.getByRole('searchbox').boundingBox())!.y;
    expect(top).toBeLessThan(1.5 * 800);
    await page.close();
  }, 60_000);

  it('answers a session\u2019s folder address with its transcript page', async () => {
    const page = await open(390, `events/${ITU_EVENT}/sessions/session-2/`);
    await page.waitForURL(/sessions\/session-2\/transcript\.html$/);
    expect(await page.locator('h1').textContent()).toMatch(/^Session 2/);
    await page.close();
  }, 60_000);
});
