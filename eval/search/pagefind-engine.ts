import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium } from '../../test/helpers/chromium';
import { parseSegmentsJsonl } from '../../src/model/segments-jsonl';
import { serveStatic } from '../../test/helpers/static-site';
import type { Interval } from './metrics';

/**
 * The gold queries through the published site's static search (Pagefind's index, built by
 * `recap process` at publish time), run the way a reader's browser runs it: Debian's Chromium,
 * the folder on a plain static file server, Pagefind's own module searching with the event's
 * filter. A hit's interval is its segment's (looked up from the url's `#t-<startMs>` anchor).
 */

export interface PagefindEngine {
  /**
   * The first 10 hits of each query: `raw`, Pagefind's own search (moments with every word);
   * `page`, what the site's search page lists (site/search.js, which adds moments with some words).
   */
  searchAll(storeDir: string, eventId: string, queries: string[]): Promise<{ raw: Interval[][]; page: Interval[][] }>;
  close(): Promise<void>;
}

/** The hits of the search page for one query, as its links (the page's own script lists them). */
async function pageLinks(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await page.waitForFunction(() => /hits? for|No hits|not available|failed/.test(document.getElementById('search-status')?.textContent ?? ''));
  return page.locator('ol.hits > li h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
}

export async function openPagefindEngine(): Promise<PagefindEngine> {
  const browser: Browser = await launchChromium();
  return {
    async searchAll(storeDir, eventId, queries) {
      const segments = parseSegmentsJsonl(readFileSync(join(storeDir, 'events', eventId, 'segments.jsonl'), 'utf8'));
      const bySpot = new Map(segments.map((s) => [`${s.sessionId}#t-${s.startMs}`, s]));
      const site = await serveStatic(storeDir);
      const page = await browser.newPage();
      try {
        // The search page's policy allows the bundle's module, its WebAssembly and its fetches.
        await page.goto(`${site.url}search.html`);
        const urls = (await page.evaluate(
          `(async () => {
            const pagefind = await import('./pagefind/pagefind.js');
            const out = [];
            for (const q of ${JSON.stringify(queries)}) {
              const found = await pagefind.search(q, { filters: { event: ${JSON.stringify(eventId)} } });
              const top = await Promise.all((found ? found.results : []).slice(0, 10).map((r) => r.data()));
              out.push(top.map((d) => d.url));
            }
            return out;
          })()`,
        )) as string[][];
        const listed: string[][] = [];
        for (const q of queries) listed.push(await pageLinks(page, `${site.url}search.html?${new URLSearchParams({ q, event: eventId }).toString()}`));
        const intervals = (list: string[]): Interval[] =>
          list.flatMap((url) => {
            const m = /\/sessions\/([^/]+)\/transcript\.html#(t-\d+)$/.exec(url);
            const segment = m ? bySpot.get(`${decodeURIComponent(m[1]!)}#${m[2]}`) : undefined;
            return segment ? [{ startMs: segment.startMs, endMs: segment.endMs }] : [];
          });
        return { raw: urls.map(intervals), page: listed.map(intervals) };
      } finally {
        await page.close();
        await site.close();
      }
    },
    close: () => browser.close(),
  };
}
