import { execFileSync } from 'child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { FFMPEG } from '../../eval/clients/readers/ffmpeg';
import { runCli } from '../../src/cli/main';
import { Alignment } from '../../src/model/alignment';
import { Transcript } from '../../src/model/transcript';
import { expectAccessible } from '../helpers/axe-check';
import { CHROMIUM, CHROMIUM_REQUIREMENT, launchChromium } from '../helpers/chromium';
import { describeNeeding, type Requirement } from '../helpers/requirements';
import { serveStatic, STATIC_SERVER_REQUIREMENT, type StaticSite } from '../helpers/static-site';

/**
 * The session page's player in Chromium, over a plain static file server: a short event of our
 * own (fixtures/player-event, three sessions in three minutes) whose recording url points at a
 * video ffmpeg makes here and the server serves beside the pages. A click on a time seeks the
 * video and highlights the paragraph; playing moves the highlight; Tab and Enter do the same;
 * without script the times stay links to the recording; the chapters and captions tracks are
 * read by Chromium on the recording's clock; a paragraph's link is copied; axe-core is clean.
 */

const EVENT = 'player-event';
const FIXTURE = path.resolve(__dirname, '../../fixtures/player-event');
const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts/player');
const NEEDS: Requirement = {
  what: `${CHROMIUM}, ${FFMPEG} and ${STATIC_SERVER_REQUIREMENT.what}`,
  present: CHROMIUM_REQUIREMENT.present && existsSync(FFMPEG) && STATIC_SERVER_REQUIREMENT.present,
  hint: ".ci/run installs Debian's chromium, ffmpeg and python3",
};

interface ParagraphView {
  id: string;
  startMs: number;
  href: string;
}

describeNeeding(NEEDS, 'the session page\u2019s player and interactive transcript in headless Chromium', () => {
  let root: string;
  let site: StaticSite;
  let browser: Browser;
  let context: BrowserContext;
  let videoUrl: string;
  let pageUrl: string;
  const eventDir = (): string => path.join(root, 'events', EVENT);

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'recap-player-'));
    site = await serveStatic(root);
    mkdirSync(path.join(root, 'media'));
    // Three minutes of grey at 1 frame a second, 160x90, VP8: a second or two to make.
    execFileSync(FFMPEG, ['-v', 'error', '-f', 'lavfi', '-i', 'color=c=gray:s=160x90:r=1', '-t', '180', '-c:v', 'libvpx', '-g', '5', '-b:v', '20k', path.join(root, 'media', 'meeting.webm')]);
    videoUrl = `${site.url}media/meeting.webm`;
    const folder = path.join(mkdtempSync(path.join(tmpdir(), 'recap-player-event-')), EVENT);
    cpSync(FIXTURE, folder, { recursive: true });
    const manifest = readFileSync(path.join(folder, 'event.yaml'), 'utf8');
    expect(manifest).toContain('https://example.org/player-event.webm');
    writeFileSync(path.join(folder, 'event.yaml'), manifest.replace('https://example.org/player-event.webm', videoUrl));
    let err = '';
    const code = await runCli(['process', folder, '--out', root], { out: () => undefined, err: (s) => void (err += s), isTty: false }, {});
    expect([code, err]).toEqual([0, expect.stringMatching(/3 sessions \(3 aligned\)/)]);
    pageUrl = `${site.url}events/${EVENT}/sessions/budget/transcript.html`;
    browser = await launchChromium(['--autoplay-policy=no-user-gesture-required']);
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url.replace(/\/$/, '') });
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  /** The page with its script run (the paragraph links have become Copy link buttons), CSP errors collected. */
  async function openSession(page: Page, url = pageUrl): Promise<string[]> {
    const blocked: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy|Refused/i.test(m.text())) blocked.push(m.text());
    });
    await page.goto(url);
    await page.locator('#transcript button.share').first().waitFor();
    await page.waitForFunction(() => ((document.getElementById('player-media') as HTMLVideoElement | null)?.readyState ?? 0) >= 1);
    return blocked;
  }

  async function paragraphs(page: Page): Promise<ParagraphView[]> {
    return page.$$eval('#transcript p[id^="p-"]', (ps) => ps.map((p) => ({ id: p.id, startMs: Number(p.getAttribute('data-start-ms')), href: p.querySelector('a.ts')!.getAttribute('href')! })));
  }

  const currentTime = (page: Page): Promise<number> => page.$eval('#player-media', (v) => (v as HTMLVideoElement).currentTime);
  const highlighted = (page: Page): Promise<string[]> => page.$$eval('#transcript [aria-current="true"]', (ps) => ps.map((p) => `${p.id}:${p.className}`));

  it('a click on a paragraph\u2019s time seeks the video there and highlights that paragraph, without leaving the page', async () => {
    const page = await context.newPage();
    const blocked = await openSession(page);
    const list = await paragraphs(page);
    expect(list.length).toBeGreaterThanOrEqual(3);
    // The player starts at the session's start (the media fragment of its source).
    const transcript = Transcript.parse(JSON.parse(readFileSync(path.join(eventDir(), 'sessions/budget/transcript.json'), 'utf8')));
    await page.waitForFunction((ms) => Math.abs((document.getElementById('player-media') as HTMLVideoElement).currentTime - ms / 1000) < 1, transcript.startMs, { timeout: 10_000 });
    const target = list[2]!;
    // Where a reader clicks: on the time shown (the link also holds a visually hidden label).
    await page.locator(`#${target.id} a.ts time`).click();
    expect(page.url()).toBe(pageUrl);
    await page.waitForFunction((ms) => Math.abs((document.getElementById('player-media') as HTMLVideoElement).currentTime - ms / 1000) < 1, target.startMs);
    expect(Math.abs((await currentTime(page)) - target.startMs / 1000)).toBeLessThan(1);
    expect(await highlighted(page)).toEqual([`${target.id}:now`]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'session-1280-seeked.png'), fullPage: true });
    expect(blocked).toEqual([]);
    await page.close();
  }, 60_000);

  it('says so when the video\u2019s host answers no byte ranges and a click cannot jump', async () => {
    const page = await context.newPage();
    const whole = readFileSync(path.join(root, 'media', 'meeting.webm'));
    // A host that ignores Range: the whole file, 200, no Accept-Ranges (Python's bare http.server).
    await page.route(`${videoUrl}*`, (route) => route.fulfill({ status: 200, body: whole, headers: { 'Content-Type': 'video/webm' } }));
    await openSession(page);
    const list = await paragraphs(page);
    const target = list[list.length - 1]!;
    await page.locator(`#${target.id} a.ts time`).click();
    await page.getByRole('status').filter({ hasText: /cannot jump/ }).waitFor({ timeout: 10_000 });
    expect(await page.getByRole('status').first().textContent()).toMatch(/does not answer range requests/);
    await page.close();
  }, 60_000);

  it('playing moves the highlight to the next paragraph when its time comes', async () => {
    const page = await context.newPage();
    await openSession(page);
    const list = await paragraphs(page);
    const next = list[list.length - 1]!;
    await page.$eval('#player-media', (v, s) => {
      const video = v as HTMLVideoElement;
      video.muted = true;
      video.currentTime = s;
      void video.play();
    }, next.startMs / 1000 - 1.5);
    await page.waitForFunction((id) => document.getElementById(id)?.getAttribute('aria-current') === 'true', next.id, { timeout: 15_000 });
    expect(await highlighted(page)).toEqual([`${next.id}:now`]);
    expect(await currentTime(page)).toBeGreaterThanOrEqual(next.startMs / 1000);
    await page.close();
  }, 60_000);

  it('keeps the spoken paragraph in view below the player while it plays, but not after the reader scrolls by hand', async () => {
    /** From the top of the page, plays across the start of `p`; returns where `p` ended up and the page's scroll. */
    async function playInto(page: Page, p: ParagraphView, byHand: boolean): Promise<{ top: number; bottom: number; playerBottom: number; height: number; scrollY: number }> {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.mouse.move(600, 600);
      // The reader's hand: the wheel and the arrow keys (at the top already, so neither moves the
      // page). A key press is handled on the page's main thread before Playwright goes on, where a
      // wheel event may be handled later on a loaded machine: with both, the script sees the
      // reader before the paragraph's time comes however busy the machine is.
      const reader = async (): Promise<void> => {
        await page.mouse.wheel(0, -50);
        await page.keyboard.press('ArrowUp');
      };
      if (byHand) {
        await page.locator('body').focus();
        await reader();
      }
      await page.$eval('#player-media', (v, s) => {
        const video = v as HTMLVideoElement;
        video.muted = true;
        video.currentTime = s;
        void video.play();
      }, p.startMs / 1000 - 1);
      const spoken = (): Promise<boolean> => page.evaluate((id) => document.getElementById(id)?.getAttribute('aria-current') === 'true', p.id);
      // A reader scrolling about (at the top already, so the wheel itself moves nothing) until the paragraph's time comes.
      for (let tries = 0; !(await spoken()) && tries < 50; tries++) {
        if (byHand) await reader();
        await page.waitForTimeout(200);
      }
      expect(await spoken()).toBe(true);
      if (byHand) {
        await page.waitForTimeout(1200); // a smooth scroll's time: long enough for one to show
      } else {
        // A smooth scroll on a loaded machine may take longer than a second: wait until it settles in view (the checks below say if it never does).
        await page
          .waitForFunction(
            (id) => {
              const box = document.getElementById(id)!.getBoundingClientRect();
              return box.top >= document.getElementById('player')!.getBoundingClientRect().bottom - 1 && box.bottom <= window.innerHeight;
            },
            p.id,
            { timeout: 10_000 },
          )
          .catch(() => undefined);
      }
      return page.evaluate((id) => {
        const box = document.getElementById(id)!.getBoundingClientRect();
        return { top: box.top, bottom: box.bottom, playerBottom: document.getElementById('player')!.getBoundingClientRect().bottom, height: window.innerHeight, scrollY: window.scrollY };
      }, p.id);
    }
    const page = await context.newPage();
    await openSession(page);
    const list = await paragraphs(page);
    const last = list[list.length - 1]!;
    const followed = await playInto(page, last, false);
    expect(followed.scrollY).toBeGreaterThan(0);
    expect(followed.top).toBeGreaterThanOrEqual(followed.playerBottom - 1);
    expect(followed.bottom).toBeLessThanOrEqual(followed.height);
    await page.close();
    const reading = await context.newPage();
    await openSession(reading);
    expect((await playInto(reading, last, true)).scrollY).toBe(0);
    await reading.close();
  }, 60_000);

  it('is keyboard-operable: Tab goes from one time to the paragraph\u2019s Copy link to the next time, Enter seeks', async () => {
    const page = await context.newPage();
    await openSession(page);
    // Two paragraphs of one turn (a new turn puts its speaker's link between them).
    const pair = await page.$$eval('#transcript .turn', (turns) => turns.map((t) => Array.from(t.querySelectorAll('p[id^="p-"]')).map((p) => ({ id: p.id, startMs: Number(p.getAttribute('data-start-ms')) }))).find((ps) => ps.length >= 2));
    expect(pair).toBeDefined();
    const list = pair!;
    await page.locator(`#${list[0]!.id} a.ts`).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => [document.activeElement?.tagName, document.activeElement?.textContent])).toEqual(['BUTTON', expect.stringMatching(/^Copy link to the paragraph at /)]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('p')?.id)).toBe(list[1]!.id);
    await page.keyboard.press('Enter');
    expect(page.url()).toBe(pageUrl);
    await page.waitForFunction((ms) => Math.abs((document.getElementById('player-media') as HTMLVideoElement).currentTime - ms / 1000) < 1, list[1]!.startMs);
    expect(await highlighted(page)).toEqual([`${list[1]!.id}:now`]);
    await page.close();
  }, 60_000);

  it('opened at a paragraph\u2019s link (#p-N, or a #t- anchor inside it), cues the player to that paragraph\u2019s start without playing', async () => {
    const first = await context.newPage();
    await openSession(first);
    const list = await paragraphs(first);
    // a segment anchor inside a paragraph that starts later than the paragraph itself
    const inner = await first.$$eval('#transcript p[id^="p-"] [id^="t-"]', (spans) =>
      spans.map((t) => ({ anchor: t.id, paragraph: t.closest('p')!.id, startMs: Number(t.closest('p')!.getAttribute('data-start-ms')) })).find((t) => t.anchor !== `t-${t.startMs}`),
    );
    await first.close();
    expect(inner).toBeDefined();
    const target = list[list.length - 1]!;
    for (const [hash, p] of [
      [target.id, target],
      [inner!.anchor, { id: inner!.paragraph, startMs: inner!.startMs }],
    ] as const) {
      const page = await context.newPage();
      await openSession(page, `${pageUrl}#${hash}`);
      await page.waitForFunction((ms) => Math.abs((document.getElementById('player-media') as HTMLVideoElement).currentTime - ms / 1000) < 1, p.startMs, { timeout: 10_000 });
      expect(await page.$eval('#player-media', (v) => (v as HTMLVideoElement).paused)).toBe(true);
      expect(await highlighted(page)).toEqual([`${p.id}:now`]);
      await page.close();
    }
  }, 60_000);

  it('keeps telling a YouTube player it listens until the player first reports (its frame may have loaded before the script ran)', async () => {
    const page = await context.newPage();
    // A page of no policy (the published pages refuse inline script, which the test uses to run the file).
    await page.setContent('<!doctype html><title>t</title><body></body>');
    const script = readFileSync(path.join(eventDir(), 'interactive-transcript.js'), 'utf8');
    const origin = 'https://www.youtube-nocookie.com';
    // A YouTube player's frame, loaded already, whose messages are recorded; then the page's script runs.
    await page.evaluate((o) => {
      document.body.innerHTML = `<figure id="player" data-player="youtube" data-origin="${o}" data-start-ms="0" data-end-ms="60000"><iframe></iframe></figure><section id="transcript"><p id="p-0" data-start-ms="0" data-end-ms="60000"><a class="ts" href="#">0</a>Words.</p></section>`;
      const frame = document.querySelector('iframe')!;
      const posts: string[] = [];
      (window as unknown as { posts: string[] }).posts = posts;
      frame.contentWindow!.postMessage = ((message: string) => void posts.push(message)) as typeof window.postMessage;
    }, origin);
    await page.addScriptTag({ content: script, type: 'module' });
    const listening = (): Promise<number> => page.evaluate(() => (window as unknown as { posts: string[] }).posts.filter((m) => m.includes('"listening"')).length);
    await page.waitForFunction(() => (window as unknown as { posts: string[] }).posts.some((m) => m.includes('"listening"')), null, { timeout: 2_000 });
    await page.waitForTimeout(2_300);
    expect(await listening()).toBeGreaterThanOrEqual(2);
    await page.evaluate((o) => {
      const frame = document.querySelector('iframe')!;
      window.dispatchEvent(new MessageEvent('message', { origin: o, source: frame.contentWindow, data: JSON.stringify({ event: 'infoDelivery', info: { currentTime: 1 } }) }));
    }, origin);
    const heard = await listening();
    await page.waitForTimeout(2_300);
    expect(await listening()).toBe(heard);
    await page.close();
  }, 60_000);

  it('copies a link to a paragraph and says so in a live region', async () => {
    const page = await context.newPage();
    await openSession(page);
    const list = await paragraphs(page);
    await page.locator(`#${list[1]!.id} button.share`).click();
    await page.waitForFunction(() => /copied/.test(document.querySelector('#transcript [role="status"]')?.textContent ?? ''));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${pageUrl}#${list[1]!.id}`);
    expect(await page.locator(`#${list[1]!.id} button.share`).textContent()).toMatch(/^Copied/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'session-1280-copied.png') });
    await page.close();
  }, 60_000);

  it('without script, every time is a plain link to the recording at that moment and every paragraph keeps its own link', async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await plain.newPage();
    await page.goto(pageUrl);
    const list = await paragraphs(page);
    expect(list.length).toBeGreaterThanOrEqual(3);
    for (const p of list) expect(p.href).toBe(`${videoUrl}#t=${Math.floor(p.startMs / 1000)}`);
    expect(await page.locator('#transcript button').count()).toBe(0);
    expect(await page.$$eval('#transcript a.permalink', (as) => as.map((a) => a.getAttribute('href')))).toEqual(list.map((p) => `#${p.id}`));
    await page.screenshot({ path: path.join(ARTIFACTS, 'session-1280-no-script.png') });
    await plain.close();
  }, 60_000);

  it('Chromium reads the chapters track (a cue per aligned session, titled as the session) and the captions track on the recording\u2019s clock', async () => {
    const page = await context.newPage();
    await openSession(page);
    const tracks = await page.evaluate(async () => {
      const video = document.getElementById('player-media') as HTMLVideoElement;
      const elements = Array.from(video.querySelectorAll('track'));
      for (const t of elements) if (t.track.mode === 'disabled') t.track.mode = 'hidden';
      await Promise.all(elements.map((t) => (t.readyState === 2 ? undefined : new Promise((resolve) => t.addEventListener('load', resolve, { once: true })))));
      return elements.map((t) => ({
        kind: t.track.kind,
        cues: Array.from(t.track.cues ?? []).map((c) => ({ start: c.startTime, end: c.endTime, text: (c as VTTCue).text })),
      }));
    });
    const alignment = Alignment.parse(JSON.parse(readFileSync(path.join(eventDir(), 'alignment.json'), 'utf8')));
    const manifest = JSON.parse(readFileSync(path.join(eventDir(), 'manifest.json'), 'utf8')) as { sessions: Array<{ id: string; title: string }> };
    const chapters = tracks.find((t) => t.kind === 'chapters')!;
    const aligned = alignment.sessions.filter((s) => s.status === 'aligned');
    expect(aligned).toHaveLength(3);
    expect(chapters.cues.map((c) => [Math.round(c.start * 1000), c.text])).toEqual(aligned.map((s) => [s.startMs, manifest.sessions.find((m) => m.id === s.id)!.title]));
    const captions = tracks.find((t) => t.kind === 'captions')!;
    expect(captions.cues.length).toBeGreaterThan(10);
    // The cue at each paragraph's time holds that paragraph's first words.
    const transcript = Transcript.parse(JSON.parse(readFileSync(path.join(eventDir(), 'sessions/budget/transcript.json'), 'utf8')));
    // Cue text as a player reads it: markup out, the few entities the writer uses decoded.
    const words = (text: string): string => ` ${text.replace(/<[^>]*>/g, ' ').replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&').toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '').join(' ')} `;
    for (const p of transcript.paragraphs) {
      const at = p.startMs / 1000;
      const cue = captions.cues.find((c) => c.start <= at + 0.05 && at < c.end);
      expect([p.startMs, cue !== undefined]).toEqual([p.startMs, true]);
      const opening = words(p.sentences[0]!.text).trim().split(' ').slice(0, 3).join(' ');
      expect(words(cue!.text)).toContain(` ${opening} `);
    }
    await page.close();
  }, 60_000);

  it('is axe-clean with the player at 390 px and 1280 px, and fits the phone\u2019s width', async () => {
    for (const width of [390, 1280]) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      const blocked = await openSession(page);
      await page.locator(`#${(await paragraphs(page))[1]!.id} a.ts`).focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('#transcript [aria-current="true"]') !== null);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: path.join(ARTIFACTS, `session-${width}.png`) });
      await page.screenshot({ path: path.join(ARTIFACTS, `session-${width}-full.png`), fullPage: true });
      await expectAccessible(page, `the session page with its player at ${width} px`);
      expect(blocked).toEqual([]);
      await page.close();
    }
  }, 90_000);
});
