import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { type Browser } from 'playwright-core';
import { runCli } from '../../src/cli/main';
import { expectAccessible } from '../helpers/axe-check';
import { CHROMIUM_REQUIREMENT, launchChromium } from '../helpers/chromium';
import { describeNeeding } from '../helpers/requirements';
import { serveStatic, STATIC_SERVER_REQUIREMENT, type StaticSite } from '../helpers/static-site';

/**
 * Events in languages other than English, published and searched as organisers host them (a plain
 * static file server and Chromium): a Chinese and a Japanese event, whose words are not separated
 * by spaces, found by a word from the middle of a sentence; an Arabic event whose pages read right
 * to left and stay axe-clean (screenshots kept under test-artifacts/languages to be looked at).
 */

const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts/languages');

interface SmallEvent {
  id: string;
  language: string;
  title: string;
  session: string;
  lines: string[];
}

const CHINESE: SmallEvent = {
  id: 'shiyihui-2024-06-03',
  language: 'zh',
  title: '市议会会议',
  session: '城市发展',
  lines: ['各位好，欢迎参加市议会会议。', '我们讨论了城市标准和气候变化。', '第一项议程是今年的公共交通预算。', '决议获得通过，谢谢大家。'],
};

const JAPANESE: SmallEvent = {
  id: 'shigikai-2024-06-04',
  language: 'ja',
  title: '市議会定例会',
  session: '予算審議',
  lines: ['皆さん、こんばんは。定例会を始めます。', '来年度は図書館の改修工事を予定しています。', '以上で本日の会議を終わります。'],
};

const ARABIC: SmallEvent = {
  id: 'majlis-2024-06-05',
  language: 'ar',
  title: 'اجتماع المجلس البلدي',
  session: 'الجلسة الافتتاحية',
  lines: ['مساء الخير، ومرحبا بكم في اجتماع المجلس البلدي.', 'البند الأول هو ميزانية النقل العام لهذا العام.', 'ناقش الأعضاء معايير المدن الذكية وتغير المناخ.', 'تمت الموافقة على القرار. شكرا لكم جميعا.'],
};

function vtt(lines: string[]): string {
  const stamp = (s: number): string => `00:${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000`;
  // Each line said by another speaker than the one before: a moment (search segment) of its own.
  const cues = lines.map((line, i) => `${stamp(5 + i * 6)} --> ${stamp(10 + i * 6)}\n>> ${i % 2 === 0 ? 'A' : 'B'}: ${line}`);
  return `WEBVTT\n\n${cues.join('\n\n')}\n`;
}

async function publish(store: string, e: SmallEvent): Promise<void> {
  const folder = path.join(mkdtempSync(path.join(tmpdir(), 'recap-lang-')), e.id);
  mkdirSync(path.join(folder, 'captions'), { recursive: true });
  writeFileSync(
    path.join(folder, 'event.yaml'),
    `id: ${e.id}\ntitle: ${e.title}\nlanguage: ${e.language}\ndate: 2024-06-03\nsessions:\n  - id: main\n    title: ${e.session}\nrecordings:\n  - id: main\n    captions: captions/main.vtt\n    url: https://example.org/${e.id}.mp4\n`,
  );
  writeFileSync(path.join(folder, 'captions', 'main.vtt'), vtt(e.lines));
  let err = '';
  const code = await runCli(['process', folder, '--out', store], { out: () => undefined, err: (s) => void (err += s), isTty: false }, {});
  expect([code, err]).toEqual([0, expect.any(String)]);
}

describeNeeding({ ...CHROMIUM_REQUIREMENT, present: CHROMIUM_REQUIREMENT.present && STATIC_SERVER_REQUIREMENT.present }, 'pages and search of events in other languages', () => {
  let site: StaticSite;
  let browser: Browser;

  beforeAll(async () => {
    const store = mkdtempSync(path.join(tmpdir(), 'recap-languages-'));
    for (const e of [CHINESE, JAPANESE, ARABIC]) await publish(store, e);
    site = await serveStatic(store);
    browser = await launchChromium();
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  /** The excerpts of the hits for a query (optionally within one event). */
  async function hitTexts(q: string, event?: string): Promise<string[]> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${site.url}search.html?${new URLSearchParams({ q, ...(event !== undefined ? { event } : {}) }).toString()}`);
      await page.waitForFunction(() => /hits? for|No hits|failed/.test(document.getElementById('search-status')?.textContent ?? ''));
      return await page.locator('ol.hits > li > p:nth-of-type(2)').allTextContents();
    } finally {
      await page.close();
    }
  }

  it.each([
    ['标准', CHINESE, 1],
    ['城市', CHINESE, 1],
    ['预算', CHINESE, 2],
    ['城市标准', CHINESE, 1],
    ['図書館', JAPANESE, 1],
  ] as const)('a search for %s, from inside a sentence, finds the moment that says it', async (q, e, line) => {
    expect(await hitTexts(q)).toEqual([e.lines[line]]);
    expect(await hitTexts(q, e.id)).toEqual([e.lines[line]]);
  });

  it.each([
    ['event', `events/${ARABIC.id}/index.html`],
    ['transcript', `events/${ARABIC.id}/sessions/main/transcript.html`],
  ])('the Arabic %s page reads right to left, recap\u2019s English words left to right, and is axe-clean', async (kind, url) => {
    for (const width of [390, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      expect((await page.goto(`${site.url}${url}`))?.status()).toBe(200);
      const seen = (await page.evaluate(`({
        page: getComputedStyle(document.documentElement).direction,
        title: getComputedStyle(document.querySelector('h1')).direction,
        chrome: getComputedStyle(document.querySelector('nav')).direction,
        widths: [document.documentElement.scrollWidth, innerWidth],
      })`)) as { page: string; title: string; chrome: string; widths: number[] };
      expect(seen).toEqual({ page: 'rtl', title: 'rtl', chrome: 'ltr', widths: [width, width] });
      // Mirrored: the title's words start at the right edge of its column and end short of the left one.
      const edges = (await page.evaluate(`(() => {
        const h1 = document.querySelector('h1');
        const range = document.createRange();
        range.selectNodeContents(h1);
        const text = range.getBoundingClientRect();
        const box = h1.getBoundingClientRect();
        return { right: box.right - text.right, left: text.left - box.left };
      })()`)) as { right: number; left: number };
      expect(edges.right).toBeLessThan(1);
      expect(edges.left).toBeGreaterThan(50);
      await page.screenshot({ path: path.join(ARTIFACTS, `arabic-${kind}-${width}.png`), fullPage: true });
      await expectAccessible(page, `the Arabic ${kind} page at ${width} px`);
      await page.close();
    }
  }, 60_000);

  it('on the Arabic transcript page, the script\u2019s buttons are in English and the followed paragraph\u2019s bar is on its right', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.url}events/${ARABIC.id}/sessions/main/transcript.html`);
    const button = page.locator('#transcript button.share').first();
    await button.waitFor();
    expect(await button.evaluate((b) => [b.getAttribute('lang'), getComputedStyle(b).direction, getComputedStyle(b.closest('p')!).direction])).toEqual(['en', 'ltr', 'rtl']);
    // The bar the player draws beside the paragraph it follows: on the paragraph's inline start, its right.
    const shadow = await page.evaluate(() => {
      const p = document.querySelector('#transcript p[data-start-ms]')!;
      p.classList.add('now');
      return getComputedStyle(p).boxShadow;
    });
    expect(shadow).toMatch(/\) 9\.6px 0px 0px/);
    await page.close();
  });

  it('lists an Arabic hit on the English search page right to left', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.url}search.html?q=${encodeURIComponent('المناخ')}`);
    await page.waitForSelector('ol.hits li');
    const excerpt = page.locator('ol.hits > li > p:nth-of-type(2)');
    expect(await excerpt.allTextContents()).toEqual([ARABIC.lines[2]]);
    expect(await excerpt.evaluate((p) => [p.getAttribute('lang'), getComputedStyle(p).direction])).toEqual(['ar', 'rtl']);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).direction)).toBe('ltr');
    // The query field shows the Arabic query as typed, right to left.
    expect(await page.locator('#q').evaluate((i) => getComputedStyle(i).direction)).toBe('rtl');
    await page.screenshot({ path: path.join(ARTIFACTS, 'arabic-hit-1280.png'), fullPage: true });
    await expectAccessible(page, 'the search page with an Arabic hit');
    await page.close();
  });
});
