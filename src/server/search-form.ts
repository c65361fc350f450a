import { escapeHtml } from './html';

/** The labelled search form, the same on the event list and the results page (GET, no script). */
export function renderSearchForm(values: { q: string; event?: string; eventTitle?: string }): string {
  const hidden = values.event ? `\n<input type="hidden" name="event" value="${escapeHtml(values.event)}">` : '';
  const scope = values.event ? ` in ${escapeHtml(values.eventTitle ?? values.event)}` : '';
  return `<form role="search" action="/search" method="get">
<label for="q">Search what was said${scope}</label>
<input type="search" id="q" name="q" value="${escapeHtml(values.q)}" maxlength="500" required>${hidden}
<button type="submit">Search</button>
</form>`;
}
