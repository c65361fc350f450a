import { el, fragment, type Child } from '../publish/html/builder';
import { CHROME_LANGUAGE, renderPage } from '../publish/html/page-shell';
import { chromeIn } from '../publish/html/text-language';
import { DEFAULT_SITE_TITLE } from '../model/site-settings';

/**
 * The server's own pages (event list, search results, error pages) in the published pages' shell:
 * the same builder (every string escaped, unsafe urls dropped), stylesheet, CSP and landmarks.
 */

export interface ServerPage {
  /** the language of the events' words on the page (pageLanguage) */
  lang?: string;
  title: string;
  /** links after "All events" */
  nav?: ReadonlyArray<{ href: string; text: string }>;
  main: Child;
}

export function renderServerPage(page: ServerPage): string {
  const lang = page.lang ?? CHROME_LANGUAGE;
  return renderPage({
    lang,
    title: page.title,
    header: el('p', chromeIn(lang), DEFAULT_SITE_TITLE),
    navLabel: 'Site',
    nav: [{ href: '/', text: 'All events' }, ...(page.nav ?? [])],
    main: page.main,
  });
}

/**
 * The language of a page that shows these events' words (titles, caption text): theirs when
 * they share one, else that of the page's own words. Events whose manifest does not say are
 * left out.
 */
export function pageLanguage(languages: Iterable<string | undefined>): string {
  const known = new Set([...languages].filter((l): l is string => l !== undefined));
  return known.size === 1 ? [...known][0]! : CHROME_LANGUAGE;
}

/** A page that says what went wrong, with a way back. */
export function renderMessagePage(title: string, message: string): string {
  return renderServerPage({ title, main: fragment(el('h1', null, title), el('p', null, message)) });
}
