import { eventPrefix } from '../model/event-layout';
import { clock, isoDuration } from '../model/timecode';
import { UNIDENTIFIED_SPEAKER } from '../model/transcript';
import { el, fragment, type Html } from '../publish/html/builder';
import { searchForm } from '../publish/html/search-form';
import type { Hit } from '../search/search';
import { snippetParts } from '../search/snippet';
import { pathOfKey } from './blob-routes';
import { chromeIn, wordsIn } from '../publish/html/text-language';
import { pageLanguage, renderServerPage } from './html';
import type { EventName } from './store-events';
import { hitPage } from './store-search';

export interface SearchPageInput {
  /** the query as typed ('' before a search) */
  q: string;
  event?: string;
  hits?: Hit[];
  sessionTitle?: (hit: Hit) => string | undefined;
  /** an event's title and language by id (default: the id, language unknown) */
  eventName?: (eventId: string) => EventName | undefined;
  /** what was wrong with the query, one line each */
  problems?: string[];
  /** which page of the hits this is, of how many in all, and the query string to page with */
  paging?: { page: number; pageSize: number; total: number; capped: boolean; raw: Record<string, unknown> };
}

/** The same search on another page: every parameter as asked (each a single string by then), `page` replaced. */
function pageHref(raw: Record<string, unknown>, page: number): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(raw)) if (name !== 'page' && typeof value === 'string') params.set(name, value);
  params.set('page', String(page));
  return `/search?${params.toString()}`;
}

function pageLinks(paging: NonNullable<SearchPageInput['paging']>, pageLang: string): Html | null {
  const pages = Math.max(1, Math.ceil(paging.total / paging.pageSize));
  if (pages <= 1 && paging.page <= 1) return null;
  return el(
    'nav',
    { 'aria-label': 'Pages of hits', ...chromeIn(pageLang) },
    el('p', null, `Page ${paging.page} of ${pages}`),
    el(
      'ul',
      null,
      paging.page > 1 ? el('li', null, el('a', { href: pageHref(paging.raw, Math.min(paging.page - 1, pages)), rel: 'prev' }, 'Previous hits')) : null,
      paging.page < pages ? el('li', null, el('a', { href: pageHref(paging.raw, paging.page + 1), rel: 'next' }, 'Next hits')) : null,
    ),
  );
}

/** The snippet with matched words in <mark>; runs of whitespace in caption text shown as one space. */
function snippet(hit: Hit): Html {
  const parts = snippetParts(hit.text, hit.matches).map((p) => (p.match ? p : { ...p, text: p.text.replace(/\s+/g, ' ') }));
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (first && !first.match) first.text = first.text.trimStart();
  if (last && !last.match) last.text = last.text.trimEnd();
  return fragment(parts.map((p) => (p.match ? el('mark', null, p.text) : p.text)));
}

function hitItem(hit: Hit, input: SearchPageInput, pageLang: string): Html {
  const event = input.eventName?.(hit.eventId);
  const where = input.sessionTitle?.(hit) ?? hit.sessionId;
  return el(
    'li',
    // The hit's words (session title, speaker, event, snippet) are its event's; unknown: dir="auto".
    wordsIn(event?.language, pageLang),
    el('h2', null, el('a', { href: hitPage(hit) }, where, ', at ', el('time', { datetime: isoDuration(hit.startMs) }, clock(hit.startMs)))),
    el('p', { class: 'meta' }, `${hit.speaker ?? UNIDENTIFIED_SPEAKER} · ${event?.title ?? hit.eventId}`),
    // what was said is in its recording's language, which may not be its event's (an interpreted channel)
    el('p', event?.language !== undefined && hit.language !== event.language ? wordsIn(hit.language, event.language) : null, snippet(hit)),
  );
}

function results(input: SearchPageInput, pageLang: string): Html | null {
  const ui = chromeIn(pageLang);
  if (input.problems && input.problems.length > 0) {
    return el('div', { role: 'alert', ...ui }, el('p', null, 'The search could not run:'), el('ul', null, input.problems.map((p) => el('li', null, p))));
  }
  if (input.hits === undefined) return null;
  // A query with its own quotes (a phrase) is shown as typed.
  const quoted = input.q.includes('"') ? input.q : `“${input.q}”`;
  const paging = input.paging ?? { page: 1, pageSize: input.hits.length, total: input.hits.length, capped: false, raw: {} };
  if (paging.total === 0) return el('p', { role: 'status', ...ui }, `No hits for ${quoted}. Try fewer or other words.`);
  const count = `${paging.capped ? 'More than ' : ''}${paging.total === 1 ? '1 hit' : `${paging.total} hits`}`;
  if (input.hits.length === 0) return fragment(el('p', { role: 'status', ...ui }, `${count} for ${quoted}; this page is past the last.`), pageLinks(paging, pageLang));
  const first = (paging.page - 1) * paging.pageSize + 1;
  const shown = paging.total > input.hits.length ? ` (${first}\u2013${first + input.hits.length - 1} here)` : '';
  return fragment(
    el('p', { role: 'status', ...ui }, `${count} for ${quoted}, best first${shown}.`),
    el('ol', { class: 'hits', start: first > 1 ? first : undefined }, input.hits.map((h) => hitItem(h, input, pageLang))),
    pageLinks(paging, pageLang),
  );
}

function scopeLang(language: string | undefined): { scopeLang?: string } {
  return language !== undefined ? { scopeLang: language } : {};
}

/** GET /search: the form again and the hits, each linking to the session page at its moment. */
export function renderSearchPage(input: SearchPageInput): string {
  const { event } = input;
  const lang = pageLanguage(event !== undefined ? [input.eventName?.(event)?.language] : (input.hits ?? []).map((h) => input.eventName?.(h.eventId)?.language));
  const nav = event !== undefined ? [{ href: pathOfKey(eventPrefix(event)), text: 'Back to the event' }, { href: `/search?q=${encodeURIComponent(input.q)}`, text: 'Search all events' }] : [];
  return renderServerPage({
    lang,
    title: input.q ? `Search: ${input.q}` : 'Search',
    nav,
    main: fragment(
      el('h1', chromeIn(lang), 'Search results'),
      searchForm({ q: input.q, pageLang: lang, ...(event !== undefined ? { eventId: event, scope: input.eventName?.(event)?.title ?? event, ...scopeLang(input.eventName?.(event)?.language) } : {}) }),
      results(input, lang),
    ),
  });
}
