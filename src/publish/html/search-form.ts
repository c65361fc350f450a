import { el, type Html } from './builder';
import { chromeIn, CHROME_LANGUAGE, wordsIn } from './text-language';

/** Where search forms send their query (a server answers it; without one a published page is unchanged). */
export const SEARCH_ACTION = '/search';

export interface SearchFormValues {
  /** the query as typed, shown again in the field ('' before a search) */
  q?: string;
  /** limits the search to this event (a hidden field) */
  eventId?: string;
  /** said in the label: "Search what was said in <scope>" */
  scope?: string;
  /** the language of the scope's words (an event's title), when known */
  scopeLang?: string;
  /** the language of the page the form is on (default CHROME_LANGUAGE): the form's words are marked where it differs */
  pageLang?: string;
  /** id of a heading that names the search landmark */
  labelledBy?: string;
  /** where the form goes (default SEARCH_ACTION, the server's); a published page gives the site's search page, relative to it */
  action?: string;
}

/**
 * The labelled search form of the event page and the server's pages: GET, no script. On the event
 * page it goes to the site's search page (search.html at the published folder's root, which
 * works on any static host and under `recap serve`), limited to the event by `event=<id>`.
 */
export function searchForm(values: SearchFormValues = {}): Html {
  const scopeWords = values.scope !== undefined && values.scopeLang !== undefined ? wordsIn(values.scopeLang, CHROME_LANGUAGE) : {};
  const scope = values.scope !== undefined && Object.keys(scopeWords).length > 0 ? ['Search what was said in ', el('span', scopeWords, values.scope)] : undefined;
  return el(
    'form',
    { role: 'search', action: values.action ?? SEARCH_ACTION, method: 'get', 'aria-labelledby': values.labelledBy, ...chromeIn(values.pageLang ?? CHROME_LANGUAGE) },
    el('label', { for: 'q' }, scope ?? (values.scope !== undefined ? `Search what was said in ${values.scope}` : 'Search what was said')),
    ' ',
    // A query may be typed in any language: the field takes its direction from the first letter typed.
    el('input', { type: 'search', id: 'q', name: 'q', value: values.q || undefined, maxlength: 500, required: true, dir: 'auto' }),
    values.eventId !== undefined ? el('input', { type: 'hidden', name: 'event', value: values.eventId }) : null,
    ' ',
    el('button', { type: 'submit' }, 'Search'),
  );
}
