import { escapeHtml, renderPage } from './html';
import { renderSearchForm } from './search-form';
import type { StoreEvent } from './store-events';

/** GET /: every event of the store, newest first, each linking to its page. */
export function renderEventListPage(events: StoreEvent[]): string {
  const items = events.map((e) => {
    const date = e.date ? ` <span class="meta">(<time datetime="${escapeHtml(e.date)}">${escapeHtml(e.date)}</time>)</span>` : '';
    if (e.hasPage) return `<li><a href="${escapeHtml(`/events/${encodeURIComponent(e.id)}/`)}">${escapeHtml(e.title)}</a>${date}</li>`;
    return `<li>${escapeHtml(e.title)}${date} <span class="meta">(page not published yet)</span></li>`;
  });
  const list = events.length === 0 ? '<p>This store holds no event yet. Run <code>recap process</code> into it first.</p>' : `<ul>\n${items.join('\n')}\n</ul>`;
  return renderPage({
    title: 'Events',
    main: `<h1>Events</h1>\n${renderSearchForm({ q: '' })}\n<h2>All events</h2>\n${list}`,
  });
}
