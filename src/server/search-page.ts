import { clock, isoDuration } from '../model/timecode';
import type { Hit } from '../search/search';
import { snippetParts } from '../search/snippet';
import { escapeHtml, renderPage } from './html';
import { renderSearchForm } from './search-form';
import { hitPage } from './store-search';

export interface SearchPageInput {
  /** the query as typed ('' before a search) */
  q: string;
  event?: string;
  hits?: Hit[];
  sessionTitle?: (hit: Hit) => string | undefined;
  /** an event's title by id (default: the id) */
  eventTitle?: (eventId: string) => string;
  /** what was wrong with the query, one line each */
  problems?: string[];
}

/** The snippet with matched words in <mark>; every piece of caption text escaped. */
function snippetHtml(hit: Hit): string {
  return snippetParts(hit.text, hit.matches)
    .map((p) => (p.match ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text.replace(/\s+/g, ' '))))
    .join('')
    .trim();
}

function renderHit(hit: Hit, sessionTitle: string | undefined, eventTitle: string): string {
  const where = sessionTitle ?? hit.sessionId;
  const time = `<time datetime="${isoDuration(hit.startMs)}">${clock(hit.startMs)}</time>`;
  const speaker = hit.speaker ?? 'Unidentified speaker';
  return `<li>
<h2><a href="${escapeHtml(hitPage(hit))}">${escapeHtml(where)}, at ${time}</a></h2>
<p class="meta">${escapeHtml(speaker)} · ${escapeHtml(eventTitle)}</p>
<p>${snippetHtml(hit)}</p>
</li>`;
}

function renderResults(input: SearchPageInput): string {
  if (input.problems && input.problems.length > 0) {
    return `<div role="alert">\n<p>The search could not run:</p>\n<ul>\n${input.problems.map((p) => `<li>${escapeHtml(p)}</li>`).join('\n')}\n</ul>\n</div>`;
  }
  if (input.hits === undefined) return '';
  // A query with its own quotes (a phrase) is shown as typed.
  const quoted = input.q.includes('"') ? escapeHtml(input.q) : `“${escapeHtml(input.q)}”`;
  if (input.hits.length === 0) return `<p role="status">No hits for ${quoted}. Try fewer or other words.</p>`;
  const count = input.hits.length === 1 ? '1 hit' : `${input.hits.length} hits`;
  const items = input.hits.map((h) => renderHit(h, input.sessionTitle?.(h), input.eventTitle?.(h.eventId) ?? h.eventId));
  return `<p role="status">${count} for ${quoted}, best first.</p>\n<ol class="hits">\n${items.join('\n')}\n</ol>`;
}

/** GET /search: the form again and the hits, each linking to the session page at its moment. */
export function renderSearchPage(input: SearchPageInput): string {
  const back = input.event
    ? ` · <a href="${escapeHtml(`/events/${encodeURIComponent(input.event)}/`)}">Back to the event</a> · <a href="${escapeHtml(`/search?q=${encodeURIComponent(input.q)}`)}">Search all events</a>`
    : '';
  return renderPage({
    title: input.q ? `Search: ${input.q}` : 'Search',
    nav: `<a href="/">All events</a>${back}`,
    main: `<h1>Search results</h1>\n${renderSearchForm({ q: input.q, ...(input.event ? { event: input.event, eventTitle: input.eventTitle?.(input.event) ?? input.event } : {}) })}\n${renderResults(input)}`,
  });
}
