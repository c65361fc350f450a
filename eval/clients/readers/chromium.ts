import { existsSync, readFileSync } from 'fs';
import { type Browser } from 'playwright-core';
import { CHROMIUM, launchChromium } from '../../../test/helpers/chromium';
import type { ClientReader, FileToRead, ReadOutcome } from './types';

const ORIGIN = 'http://captions.test';

/**
 * In the page: a `<track>` per file, in a `<video>` of its own; once loaded, each cue's times, its
 * text as getCueAsHTML() renders it (the DOM the browser builds: tags gone, references decoded),
 * and the voice of each text run: `<v Name>` becomes a span titled with the name.
 */
const READ_TRACKS = `(urls) => Promise.all(urls.map((url) => new Promise((resolve) => {
  const video = document.createElement('video');
  const track = document.createElement('track');
  track.kind = 'captions';
  track.src = url;
  track.addEventListener('error', () => resolve({ error: 'the track failed to load' }));
  track.addEventListener('load', () => resolve({ cues: [...track.track.cues].map((cue) => {
    const html = cue.getCueAsHTML();
    const walker = document.createTreeWalker(html, NodeFilter.SHOW_TEXT);
    const voices = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const voiced = node.parentElement ? node.parentElement.closest('span[title]') : null;
      voices.push({ voice: voiced ? voiced.getAttribute('title') : null, text: node.data });
    }
    return { startMs: Math.round(cue.startTime * 1000), endMs: Math.round(cue.endTime * 1000), text: html.textContent, voices };
  }) }));
  video.appendChild(track);
  document.body.appendChild(video);
  track.track.mode = 'hidden';
})))`;

/** Reads every file in one page of a running browser: WebVTT through `<track>`, as a player does. */
async function readInBrowser(browser: Browser, files: readonly FileToRead[]): Promise<Map<string, ReadOutcome>> {
  const page = await browser.newPage();
  try {
    await page.route(`${ORIGIN}/**`, (route) => {
      const { pathname } = new URL(route.request().url());
      const index = Number(pathname.slice(1).replace(/\.vtt$/, ''));
      if (pathname === '/') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>captions</title><body></body>' });
      const file = files[index];
      if (!file) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ contentType: 'text/vtt; charset=utf-8', body: readFileSync(file.path) });
    });
    await page.goto(`${ORIGIN}/`);
    const urls = files.map((_, i) => `${ORIGIN}/${i}.vtt`);
    const results = (await page.evaluate(`(${READ_TRACKS})(${JSON.stringify(urls)})`)) as ReadOutcome[];
    return new Map(files.map((f, i) => [f.path, results[i]!]));
  } finally {
    await page.close();
  }
}

/** Starts Debian's chromium once; the reader reads every batch in it until close(). */
export async function startChromiumReader(): Promise<{ reader: ClientReader; version: string; close: () => Promise<void> }> {
  const browser = await launchChromium();
  return {
    reader: { id: 'Chromium', formats: ['webvtt'], speakerField: true, read: (files) => readInBrowser(browser, files) },
    version: `Chromium ${browser.version()}`,
    close: () => browser.close(),
  };
}

export const hasChromium = (): boolean => existsSync(CHROMIUM);
