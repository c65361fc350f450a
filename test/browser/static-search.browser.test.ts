import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import type { AxeResults } from 'axe-core';
import { tmpdir } from 'os';
import path from 'path';
import { type Browser, type Page } from 'playwright-core';
import { runCli } from '../../src/cli/main';
import type { Segment } from '../../src/model/transcript';
import { CHROMIUM_REQUIREMENT, launchChromium } from '../helpers/chromium';
import { copyItuStore, ITU_EVENT } from '../helpers/fixture-store';
import { describeNeeding } from '../helpers/requirements';
import { serveStatic, STATIC_SERVER_REQUIREMENT, type StaticSite } from '../helpers/static-site';

/**
 * The published folder searched with no server of recap's: a plain static file server (Python's
 * http.server) and Chromium. From the fixture's event page to the moment a phrase was said; from
 * the archive page across two events (the fixture and a small second event processed into the
 * same store); axe-core on the archive and search pages at phone and desktop widths.
 */

const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts/static-search');
const AXE_SOURCE = path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js');
const SECOND = 'harbour-board-2022-03-09';
/** Said only in the second event (checked against the fixture's segments below). */
const SECOND_ONLY = 'lighthouse restoration grant';

const words = (text: string): string[] => text.toLowerCase().match(/[a-z]+/g) ?? [];
const normalise = (text: string): string => words(text).join(' ');

/** Four consecutive words that occur together in exactly one of the segments: where that search must land. */
function distinctivePhrase(segments: Segment[]): { phrase: string; segment: Segment } {
  const texts = segments.map((s) => normalise(s.text));
  for (const segment of segments.slice(Math.floor(segments.length / 3))) {
    const w = words(segment.text);
    for (let i = 0; i + 4 <= w.length; i++) {
      const phrase = w.slice(i, i + 4).join(' ');
      if (w.slice(i, i + 4).every((x) => x.length >= 5) && texts.filter((t) => t.includes(phrase)).length === 1) return { phrase, segment };
    }
  }
  throw new Error('no distinctive phrase in the fixture');
}

function vtt(lines: string[]): string {
  const cues = lines.map((line, i) => {
    const start = 5 + i * 6;
    const stamp = (s: number): string => `00:${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000`;
    return `${stamp(start)} --> ${stamp(start + 5)}\n${line}`;
  });
  return `WEBVTT\n\n${cues.join('\n\n')}\n`;
}

async function expectAccessible(page: Page, name: string): Promise<void> {
  await page.evaluate(readFileSync(AXE_SOURCE, 'utf8'));
  const results = (await page.evaluate("axe.run(document, { resultTypes: ['violations'] })")) as AxeResults;
  expect(results.passes.length).toBeGreaterThan(10);
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
  expect([name, blocking]).toEqual([name, []]);
}

describeNeeding(CHROMIUM_REQUIREMENT, 'the published folder searched in Chromium without recap serve', () => {
  describeNeeding(STATIC_SERVER_REQUIREMENT, 'over a plain static file server', () => {
    let dir: string;
    let site: StaticSite;
    let browser: Browser;
    let ituSegments: Segment[];
    let shared: string;

    beforeAll(async () => {
      dir = await copyItuStore();
      ituSegments = readFileSync(path.join(dir, 'events', ITU_EVENT, 'segments.jsonl'), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as Segment);
      expect(ituSegments.some((s) => normalise(s.text).includes(SECOND_ONLY))).toBe(false);
      // A sentence of the fixture, said again in the second event: a search for it finds both.
      shared = distinctivePhrase(ituSegments).phrase;
      const folder = path.join(mkdtempSync(path.join(tmpdir(), 'recap-second-')), SECOND);
      mkdirSync(path.join(folder, 'captions'), { recursive: true });
      writeFileSync(
        path.join(folder, 'event.yaml'),
        `id: ${SECOND}\ntitle: Harbour board meeting\nlanguage: en\ndate: 2022-03-09\nsessions:\n  - id: grants\n    title: Grants\nrecordings:\n  - id: main\n    captions: captions/main.vtt\n    url: https://example.org/harbour.mp4\n`,
      );
      writeFileSync(
        path.join(folder, 'captions', 'main.vtt'),
        vtt([
          '>> CHAIR: Good evening and welcome to the harbour board.',
          `The first item is the ${SECOND_ONLY} for the old tower on the pier.`,
          'The council has offered to pay half of the work this year.',
          `As another meeting put it, ${shared}, and we agree.`,
          'The motion is carried. Thank you all and good night.',
        ]),
      );
      let err = '';
      const code = await runCli(['process', folder, '--out', dir], { out: () => undefined, err: (s) => void (err += s), isTty: false }, {});
      expect([code, err]).toEqual([0, expect.any(String)]);
      site = await serveStatic(dir);
      browser = await launchChromium();
      mkdirSync(ARTIFACTS, { recursive: true });
    }, 240_000);

    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });

    it('from the event page, a search for a phrase of the fixture lands on the transcript moment that says it', async () => {
      const { phrase, segment } = distinctivePhrase(ituSegments);
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${site.url}events/${ITU_EVENT}/index.html`);
      await page.fill('#q', phrase);
      await page.click('#search button[type=submit]');
      await page.waitForSelector('ol.hits li');
      expect(page.url()).toContain('search.html?');
      expect(new URL(page.url()).searchParams.get('event')).toBe(ITU_EVENT);
      // Limited to the event: the second event, which says the shared phrase too, is not among the hits.
      const first = page.locator('ol.hits li').first();
      expect(await first.textContent()).not.toContain('Harbour board');
      const watch = await first.locator('a', { hasText: 'Watch from' }).getAttribute('href');
      expect(watch).toBe(`https://example.org/itu-forum-2021-04-23.mp4#t=${Math.floor(segment.startMs / 1000)}`);
      await page.screenshot({ path: path.join(ARTIFACTS, 'search-from-event-1280.png'), fullPage: true });
      await first.locator('h2 a').click();
      await page.waitForURL(/transcript\.html#t-\d+$/);
      expect(new URL(page.url()).pathname).toBe(`/events/${ITU_EVENT}/sessions/${segment.sessionId}/transcript.html`);
      expect(new URL(page.url()).hash).toBe(`#t-${segment.startMs}`);
      const targetParagraph = await page.evaluate(() => document.querySelector(':target')?.closest('p')?.textContent ?? '');
      expect(normalise(targetParagraph)).toContain(phrase);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('from the archive page, finds what only the second event said, and a phrase both said in both', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(site.url);
      const listed = await page.locator('ul.events li a').allTextContents();
      // Newest first: the 2022 board meeting before the 2021 forum.
      expect(listed).toHaveLength(2);
      expect(listed[0]).toBe('Harbour board meeting');
      await page.fill('#q', SECOND_ONLY);
      await page.click('form[role=search] button[type=submit]');
      await page.waitForSelector('ol.hits li');
      const only = await page.locator('ol.hits li').allTextContents();
      expect(only.length).toBeGreaterThan(0);
      expect(only.every((t) => t.includes('Harbour board meeting'))).toBe(true);
      await page.goto(`${site.url}search.html?q=${encodeURIComponent(shared)}`);
      await page.waitForSelector('ol.hits li');
      const both = await page.locator('ol.hits li .meta').allTextContents();
      expect(both.some((t) => t.includes('Harbour board meeting'))).toBe(true);
      expect(both.some((t) => !t.includes('Harbour board meeting'))).toBe(true);
      await page.close();
    });

    it('a question whose words no single moment holds lists the moments with some of them, each linking to its anchor', async () => {
      // Two words each said in one moment only, in two different moments: no moment has both.
      const once = new Map<string, Segment[]>();
      for (const segment of ituSegments) for (const w of new Set(words(segment.text))) once.set(w, [...(once.get(w) ?? []), segment]);
      const rare = [...once].filter(([w, list]) => w.length >= 6 && list.length === 1).map(([w, [segment]]) => ({ w, segment: segment! }));
      const a = rare[0]!;
      const b = rare.find((r) => r.segment.id !== a.segment.id)!;
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${site.url}search.html?${new URLSearchParams({ q: `${a.w} ${b.w}`, event: ITU_EVENT }).toString()}`);
      await page.waitForSelector('ol.hits li');
      expect(await page.locator('#search-status').textContent()).toContain('none has every word');
      const hrefs = await page.locator('ol.hits li h2 a').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
      for (const { segment } of [a, b]) expect(hrefs).toContain(`/events/${ITU_EVENT}/sessions/${segment.sessionId}/transcript.html#t-${segment.startMs}`);
      await page.close();
    });

    it('works under a sub-path (a project site, a bucket prefix): hits link inside it', async () => {
      const parent = await serveStatic(path.dirname(dir));
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      try {
        const prefix = `/${path.basename(dir)}/`;
        await page.goto(`${parent.url}${path.basename(dir)}/index.html`);
        await page.fill('#q', SECOND_ONLY);
        await page.click('form[role=search] button[type=submit]');
        await page.waitForSelector('ol.hits li');
        expect(new URL(page.url()).pathname).toBe(`${prefix}search.html`);
        await page.locator('ol.hits li h2 a').first().click();
        await page.waitForURL(/transcript\.html#t-\d+$/);
        expect(new URL(page.url()).pathname).toBe(`${prefix}events/${SECOND}/sessions/grants/transcript.html`);
        expect(normalise((await page.evaluate(() => document.querySelector(':target')?.closest('p')?.textContent)) ?? '')).toContain(SECOND_ONLY);
      } finally {
        await page.close();
        await parent.close();
      }
    });

    it.each([390, 1280])('archive and search pages are axe-clean at %i px (screenshots kept)', async (width) => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(site.url);
      await expectAccessible(page, `archive at ${width}`);
      await page.screenshot({ path: path.join(ARTIFACTS, `archive-${width}.png`), fullPage: true });
      await page.goto(`${site.url}search.html?q=${encodeURIComponent('digital')}`);
      await page.waitForSelector('ol.hits li');
      await expectAccessible(page, `search at ${width}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await page.screenshot({ path: path.join(ARTIFACTS, `search-${width}.png`), fullPage: true });
      await page.close();
    });

    it('without script the search page says search needs JavaScript and links every event', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${site.url}search.html?q=digital`);
      expect(await page.locator('[data-needs-script]').isVisible()).toBe(true);
      expect(await page.locator('[data-needs-script]').textContent()).toContain('needs JavaScript');
      expect(await page.locator('[data-needs-script] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([`events/${SECOND}/index.html`, `events/${ITU_EVENT}/index.html`]);
      await context.close();
    });

    // Last: it adds a third event to the store the tests above count.
    it('finds, once, what an event in another language said (its own index in the bundle) from the English search page', async () => {
      const folder = path.join(mkdtempSync(path.join(tmpdir(), 'recap-french-')), 'conseil-2023');
      mkdirSync(path.join(folder, 'captions'), { recursive: true });
      writeFileSync(path.join(folder, 'event.yaml'), 'id: conseil-2023\ntitle: Conseil municipal\nlanguage: fr\ndate: 2023-01-10\nsessions:\n  - id: budget\n    title: Budget\nrecordings:\n  - id: main\n    captions: captions/main.vtt\n');
      writeFileSync(path.join(folder, 'captions', 'main.vtt'), vtt(['Bonsoir et bienvenue au conseil municipal.', 'La restauration du phare sera financée cette année.', 'La séance est levée. Merci à tous.']));
      const code = await runCli(['process', folder, '--out', dir], { out: () => undefined, err: () => undefined, isTty: false }, {});
      expect(code).toBe(0);
      expect(readFileSync(path.join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')).toContain('"fr"');
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${site.url}search.html?q=phare`);
      await page.waitForSelector('ol.hits li');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.locator('ol.hits li .meta').allTextContents()).toEqual([expect.stringContaining('Conseil municipal')]);
      await page.close();
    });

    // Last: two more events (one English, one French) whose words tempt prefix, stem and title matches.
    describe('hits hold the words searched for', () => {
      const RIVER = 'riverside-2024-05-14';
      // Each said by another speaker than the one before: a moment (segment) of its own.
      const LINES = [
        'Good evening, the clerk will call the roll.',
        'Eleven members are present, so we have a quorum.',
        'The new mediatheque on Mill Street opens in June.',
        'The elevators at the library are broken again.',
        'Children play every day at Riverside Park.',
        'We walked along the riverside to the park gate.',
      ];
      const FRENCH = ['Le vote se fait par appel nominal.', 'La séance est levée.'];
      const FR = 'conseil-2024-05-15';
      const spoken = (lines: string[]): string[] => lines.map((line, i) => `>> ${i % 2 === 0 ? 'CHAIR' : 'CLERK'}: ${line}`);
      /** The hits' excerpts (what each listed moment says) for a query within one event. */
      const hitTexts = async (q: string, event: string = RIVER): Promise<string[]> => {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        try {
          await page.goto(`${site.url}search.html?${new URLSearchParams({ q, event }).toString()}`);
          await page.waitForFunction(() => /hits? for|No hits|failed/.test(document.getElementById('search-status')?.textContent ?? ''));
          return await page.locator('ol.hits > li > p:nth-of-type(2)').allTextContents();
        } finally {
          await page.close();
        }
      };

      beforeAll(async () => {
        const base = mkdtempSync(path.join(tmpdir(), 'recap-words-'));
        // The session's title holds a word said once: a title is no reason to list every moment of the session.
        const events = [
          { id: RIVER, language: 'en', title: 'Riverside council', session: 'Mediatheque and parks', lines: LINES },
          { id: FR, language: 'fr', title: 'Conseil de quartier', session: 'Vote', lines: FRENCH },
        ];
        for (const e of events) {
          const folder = path.join(base, e.id);
          mkdirSync(path.join(folder, 'captions'), { recursive: true });
          writeFileSync(
            path.join(folder, 'event.yaml'),
            `id: ${e.id}\ntitle: ${e.title}\nlanguage: ${e.language}\ndate: 2024-05-14\nsessions:\n  - id: main\n    title: ${e.session}\nrecordings:\n  - id: main\n    captions: captions/main.vtt\n`,
          );
          writeFileSync(path.join(folder, 'captions', 'main.vtt'), vtt(spoken(e.lines)));
          expect(await runCli(['process', folder, '--out', dir], { out: () => undefined, err: () => undefined, isTty: false }, {})).toBe(0);
        }
      }, 240_000);

      it('a word said once finds only the moment that says it', async () => {
        expect(await hitTexts('mediatheque')).toEqual([LINES[2]]);
      });

      it('a word is not found in another word that starts like it', async () => {
        expect(await hitTexts('elevators')).toEqual([LINES[3]]);
        // Neither by a question's second pass (moments with some of the words).
        expect(await hitTexts('elevators library broken')).toEqual([LINES[3]]);
      });

      it('a quoted phrase finds only the moments that say it word for word', async () => {
        expect(await hitTexts('"riverside park"')).toEqual([LINES[4]]);
        expect(await hitTexts('riverside park')).toEqual(expect.arrayContaining([LINES[4], LINES[5]]));
      });

      it("an English word does not find a French moment holding a prefix of it; a French word finds it", async () => {
        expect(await hitTexts('parking', FR)).toEqual([]);
        expect(await hitTexts('nominal', FR)).toEqual([FRENCH[0]]);
      });
    });
  });
});
