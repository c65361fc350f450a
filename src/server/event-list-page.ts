import { eventPrefix } from '../model/event-layout';
import { el, fragment, type Html } from '../publish/html/builder';
import { searchForm } from '../publish/html/search-form';
import { pathOfKey } from './blob-routes';
import { chromeIn, wordsIn } from '../publish/html/text-language';
import { pageLanguage, renderServerPage } from './html';
import type { StoreEvent } from './store-events';

/** An event's title in its language (`dir="auto"` when unknown); recap's words about it in the page's own. */
function eventItem(e: StoreEvent, pageLang: string): Html {
  const words = wordsIn(e.language, pageLang);
  return el(
    'li',
    null,
    e.hasPage ? el('a', { href: pathOfKey(eventPrefix(e.id)), ...words }, e.title) : Object.keys(words).length > 0 ? el('span', words, e.title) : e.title,
    e.date ? el('span', { class: 'meta' }, ' (', el('time', { datetime: e.date }, e.date), ')') : null,
    e.hasPage ? null : el('span', { class: 'meta', ...chromeIn(pageLang) }, ' (page not published yet)'),
  );
}

/** Which part of the list a page shows: pages are numbered from 1. */
export interface ListPage {
  page: number;
  pages: number;
}

function pageLinks({ page, pages }: ListPage, pageLang: string): Html | null {
  if (pages <= 1) return null;
  return el(
    'nav',
    { 'aria-label': 'Pages of events', ...chromeIn(pageLang) },
    el('p', null, `Page ${page} of ${pages}`),
    el(
      'ul',
      null,
      page > 1 ? el('li', null, el('a', { href: `/?page=${page - 1}`, rel: 'prev' }, 'Newer events')) : null,
      page < pages ? el('li', null, el('a', { href: `/?page=${page + 1}`, rel: 'next' }, 'Older events')) : null,
    ),
  );
}

/** GET /: one page of the store's events, newest first, each linking to its page. */
export function renderEventListPage(events: StoreEvent[], part: ListPage = { page: 1, pages: 1 }): string {
  const lang = pageLanguage(events.map((e) => e.language));
  const ui = chromeIn(lang);
  const list =
    events.length === 0
      ? el('p', ui, 'This store holds no event yet. Run ', el('code', null, 'recap process'), ' into it first.')
      : el('ul', null, events.map((e) => eventItem(e, lang)));
  return renderServerPage({
    lang,
    title: part.pages > 1 ? `Events, page ${part.page}` : 'Events',
    main: fragment(el('h1', ui, 'Events'), searchForm({ pageLang: lang }), el('h2', ui, 'All events'), list, pageLinks(part, lang)),
  });
}
