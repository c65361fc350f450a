import { type Browser } from 'playwright-core';
import { writeWebVtt } from '../../src/formats/webvtt/write';
import type { Cue, Track } from '../../src/model/track';
import { CHROMIUM_REQUIREMENT, launchChromium } from '../helpers/chromium';
import { describeNeeding } from '../helpers/requirements';

/**
 * Arabic WebVTT as Chromium lays it out. Chromium reads the file through `<track>` and builds each
 * cue's DOM (getCueAsHTML); the cue is then set as WebVTT's rendering rules set a cue box
 * (unicode-bidi: plaintext, lines broken where the text breaks them: each line a paragraph whose
 * direction is its first strong character), and once more in a box whose base direction is forced
 * left to right, as libass-based players (ffmpeg, mpv, VLC) lay out every line. Where the text
 * sits on screen is measured: in an Arabic line the speaker label must be at the right, where the
 * line starts for its reader, and the closing full stop at the left, where it ends. The same cue
 * written without marks shows the faults the marks fix, so the measure is known to tell them apart.
 */

const ORIGIN = 'http://captions.test';
const LINE = '>> Ahmed Ali: مساء الخير، ومرحبا بكم.';
const NUMBER_LINE = 'الموعد النهائي هو عام 2030.';

const cue = (id: string, startMs: number, text: string, speaker: string | null): Cue => ({ id, startMs, endMs: startMs + 2000, text, speaker, turnStart: true });
const track = (language: string): Track => ({
  generator: 'test',
  format: 'webvtt',
  language,
  cues: [cue('1', 0, LINE, 'Ahmed Ali'), cue('2', 3000, NUMBER_LINE, null)],
  diagnostics: [],
});

interface Box {
  left: number;
  right: number;
}

/** Boxes of parts of each cue's text, in a cue box (`plaintext`) and in a box forced left to right (`ltr`). */
interface CueLayout {
  plaintext: Record<string, Box>;
  ltr: Record<string, Box>;
}

/**
 * In the page: the track's cues as Chromium builds them, each set in both boxes, and the box of
 * each asked part of its text (found by its text; the last occurrence for ".").
 */
const MEASURE = `async ({ url, parts }) => {
  const video = document.createElement('video');
  const el = document.createElement('track');
  el.kind = 'captions';
  el.src = url;
  video.appendChild(el);
  document.body.appendChild(video);
  el.track.mode = 'hidden';
  await new Promise((resolve, reject) => { el.addEventListener('load', resolve); el.addEventListener('error', () => reject(new Error('track failed to load'))); });
  const boxOf = (box, part) => {
    const nodes = [];
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
    const text = nodes.map((n) => n.data).join('');
    const at = part === '.' ? text.lastIndexOf('.') : text.indexOf(part);
    if (at < 0) return null;
    const locate = (offset) => {
      for (const n of nodes) { if (offset <= n.data.length) return [n, offset]; offset -= n.data.length; }
      throw new Error('offset past the text');
    };
    const range = document.createRange();
    range.setStart(...locate(at));
    range.setEnd(...locate(at + part.length));
    const r = range.getBoundingClientRect();
    return { left: r.left, right: r.right };
  };
  return [...el.track.cues].map((c) => {
    const layout = {};
    for (const [name, style] of [['plaintext', 'unicode-bidi: plaintext'], ['ltr', 'direction: ltr; unicode-bidi: isolate']]) {
      const box = document.createElement('div');
      box.setAttribute('style', style + '; white-space: pre-line; text-align: center; width: 900px; font: 24px sans-serif');
      box.appendChild(c.getCueAsHTML());
      document.body.appendChild(box);
      layout[name] = Object.fromEntries(parts.map((p) => [p, boxOf(box, p)]).filter(([, b]) => b));
    }
    return layout;
  });
}`;

describeNeeding(CHROMIUM_REQUIREMENT, 'right-to-left WebVTT cues laid out by Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function layout(vtt: string): Promise<CueLayout[]> {
    const page = await browser.newPage();
    try {
      await page.route(`${ORIGIN}/**`, (route) =>
        new URL(route.request().url()).pathname === '/'
          ? route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="ar"><title>captions</title><body></body></html>' })
          : route.fulfill({ contentType: 'text/vtt; charset=utf-8', body: vtt }),
      );
      await page.goto(`${ORIGIN}/`);
      return (await page.evaluate(`(${MEASURE})(${JSON.stringify({ url: `${ORIGIN}/captions.vtt`, parts: ['>>', 'مساء', 'بكم', 'Ahmed', '2030', 'الموعد', '.'] })})`)) as CueLayout[];
    } finally {
      await page.close();
    }
  }

  test('written by recap, the label is at the right and the full stop at the left, whatever the base direction', async () => {
    const vtt = writeWebVtt(track('ar'), { labelsInText: true });
    expect(vtt).toContain('\u200F\u202B');
    const [first, second] = await layout(vtt);
    for (const box of [first!.plaintext, first!.ltr]) {
      // reading from the right: ">>", the name, then the Arabic words, the full stop last (leftmost)
      expect(box['>>']!.left).toBeGreaterThanOrEqual(box.Ahmed!.right - 0.5);
      expect(box.Ahmed!.left).toBeGreaterThanOrEqual(box['مساء']!.right - 0.5);
      expect(box['.']!.right).toBeLessThanOrEqual(box['بكم']!.left + 0.5);
    }
    for (const box of [second!.plaintext, second!.ltr]) {
      expect(box['الموعد']!.left).toBeGreaterThanOrEqual(box['2030']!.right - 0.5);
      expect(box['.']!.right).toBeLessThanOrEqual(box['2030']!.left + 0.5);
    }
  });

  test('written without the marks (as for a left-to-right language), the same cue shows the faults', async () => {
    const vtt = writeWebVtt(track('en'), { labelsInText: true });
    expect(vtt).not.toContain('\u202B');
    const [first, second] = await layout(vtt);
    // first strong character Latin: the line is laid out left to right, the label at the left
    expect(first!.plaintext['>>']!.right).toBeLessThanOrEqual(first!.plaintext['مساء']!.left + 0.5);
    // forced left to right: the full stop of an Arabic sentence at its right, where it begins
    expect(second!.ltr['.']!.left).toBeGreaterThanOrEqual(second!.ltr['الموعد']!.right - 0.5);
  });
});
