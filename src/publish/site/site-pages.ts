import { el, fragment, type Html } from '../html/builder';
import { CHROME_LANGUAGE, renderPage } from '../html/page-shell';
import { directionOf, wordsIn } from '../html/text-language';
import { indexLanguage } from './search-records';
import { longDate } from '../html/time-text';
import { eventHrefFromRoot, HOME_HREF, SEARCH_HREF, SEARCH_LOADER_FILE, SEARCH_SCRIPT_FILE } from './site-links';
import { SEARCH_BUNDLE_PREFIX } from '../../model/event-layout';
import { DEFAULT_SITE_TITLE } from '../../model/site-settings';

/** An event as the site's root pages list it (from its catalogue entry). */
export interface SiteEvent {
  id: string;
  title: string;
  /** YYYY-MM-DD */
  date?: string;
  /** BCP 47, when the manifest gave one */
  language?: string;
  /** every language its recordings' words are in (the event's and each recording's own), when known */
  languages?: string[];
}

/** Hits a page of the search page shows. */
export const SITE_SEARCH_PAGE_SIZE = 10;

/** Newest first (by date, events without one last), then by id: the same order on every run. */
export function newestFirst(events: readonly SiteEvent[]): SiteEvent[] {
  return [...events].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
}

/** An event's title, marked with its language (and direction) where it is not the page's; `dir="auto"` where unknown. */
function titleText(e: SiteEvent): Html {
  const words = wordsIn(e.language, CHROME_LANGUAGE);
  return Object.keys(words).length > 0 ? el('span', words, e.title) : fragment(e.title);
}

function eventList(events: readonly SiteEvent[]): Html {
  if (events.length === 0) return el('p', null, 'No event has been published here yet.');
  return el(
    'ul',
    { class: 'events' },
    newestFirst(events).map((e) =>
      el(
        'li',
        null,
        el('a', { href: eventHrefFromRoot(e.id) }, titleText(e)),
        e.date !== undefined ? el('span', { class: 'meta' }, ' \u00b7 ', el('time', { datetime: e.date }, longDate(e.date))) : null,
        e.language !== undefined ? el('span', { class: 'meta' }, ` \u00b7 language: ${e.language}`) : null,
      ),
    ),
  );
}

/** The form of both root pages: GET to the search page, which reads ?q= (and ?event=). */
function siteSearchForm(events: readonly SiteEvent[]): Html {
  return el(
    'form',
    { role: 'search', action: SEARCH_HREF, method: 'get', 'aria-labelledby': 'search-heading' },
    el('label', { for: 'q' }, 'Search what was said'),
    ' ',
    // A query may be typed in any language: the field takes its direction from the first letter typed.
    el('input', { type: 'search', id: 'q', name: 'q', maxlength: 500, required: true, dir: 'auto' }),
    events.length > 1
      ? fragment(
          ' ',
          el('label', { for: 'event', class: 'inline' }, 'in event'),
          ' ',
          el('select', { id: 'event', name: 'event' }, el('option', { value: '' }, 'every event'), newestFirst(events).map((e) => el('option', { value: e.id, ...wordsIn(e.language, CHROME_LANGUAGE) }, e.title))),
        )
      : null,
    ' ',
    el('button', { type: 'submit' }, 'Search'),
  );
}

const SITE_STYLES = `
ul.events{padding-inline-start:1.25rem}
ul.events li{margin-bottom:.5rem}
label.inline{display:inline;font-weight:600}
select{font:inherit;padding:.3rem;border:2px solid var(--muted);max-width:100%}
nav[aria-label="Pages of hits"] ul{list-style:none;padding:0;display:flex;gap:1.5rem}
`;

const SITE_NAV = [
  { href: HOME_HREF, text: 'All events' },
  { href: SEARCH_HREF, text: 'Search' },
];

/** index.html at the store's root: every published event, newest first, and a search form. */
export function renderArchivePage(events: readonly SiteEvent[], siteTitle = DEFAULT_SITE_TITLE): string {
  return renderPage({
    lang: CHROME_LANGUAGE,
    title: siteTitle,
    header: el('p', null, siteTitle),
    navLabel: 'Site',
    nav: SITE_NAV,
    main: fragment(
      el('h1', null, siteTitle),
      el('section', { 'aria-labelledby': 'search-heading' }, el('h2', { id: 'search-heading' }, 'Search every event'), siteSearchForm(events)),
      el('section', { 'aria-labelledby': 'events-heading' }, el('h2', { id: 'events-heading' }, `Events (${events.length})`), eventList(events)),
    ),
    styles: SITE_STYLES,
  });
}

/**
 * The indexes of the bundle (languages, by primary subtag) whose words run right to left, space
 * separated: the search script marks such hits `dir="rtl"` (it cannot ask the language module).
 */
function rightToLeftIndexes(events: readonly SiteEvent[]): string | undefined {
  const rtl = [...new Set(events.flatMap((e) => e.languages ?? (e.language !== undefined ? [e.language] : [])).filter((l) => directionOf(l) === 'rtl').map(indexLanguage))].sort();
  return rtl.length > 0 ? rtl.join(' ') : undefined;
}

/**
 * search.html at the store's root: the form, and the hits its script (site/search.js) finds in
 * the static index. Without script the page says search needs JavaScript and lists the events.
 */
export function renderSiteSearchPage(events: readonly SiteEvent[], siteTitle = DEFAULT_SITE_TITLE): string {
  return renderPage({
    lang: CHROME_LANGUAGE,
    title: `Search \u2013 ${siteTitle}`,
    header: el('p', null, siteTitle),
    navLabel: 'Site',
    nav: SITE_NAV,
    main: el(
      'div',
      { id: 'site-search', 'data-page-size': SITE_SEARCH_PAGE_SIZE, 'data-bundle': SEARCH_BUNDLE_PREFIX, 'data-rtl': rightToLeftIndexes(events) },
      el('h1', { id: 'search-heading' }, 'Search what was said'),
      siteSearchForm(events),
      el(
        'div',
        { 'data-needs-script': '' },
        el('p', null, 'Search runs in your browser and needs JavaScript, which is off or blocked here. The transcripts can still be read from each event\u2019s page:'),
        eventList(events),
      ),
      el('p', { id: 'search-status', role: 'status' }),
      el('div', { id: 'results' }),
    ),
    styles: SITE_STYLES,
    scripts: [SEARCH_LOADER_FILE, SEARCH_SCRIPT_FILE],
    policy: { scripts: true, wasm: true, connect: true },
  });
}
