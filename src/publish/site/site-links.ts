import { eventPageKey, SEARCH_BUNDLE_PREFIX, SITE_HOME_KEY, SITE_SCRIPTS_PREFIX, SITE_SEARCH_KEY } from '../../model/event-layout';

/**
 * Links of the site's root pages (index.html, search.html). Both lie at the root of the published
 * folder, so every href here is relative to the root: the folder works under any sub-path (a
 * GitHub Pages project site, an S3 prefix, a server's folder).
 */

/** From a root page to an event's page. */
export function eventHrefFromRoot(eventId: string): string {
  return eventPageKey(encodeURIComponent(eventId));
}

export const HOME_HREF = SITE_HOME_KEY;
export const SEARCH_HREF = SITE_SEARCH_KEY;

/** From an event page (events/<id>/index.html) to the site's search page. */
export const SEARCH_HREF_FROM_EVENT_PAGE = `../../${SITE_SEARCH_KEY}`;

/** The search page's script files, in the order they must run: the bundle's loader, then the page's script. */
export const SEARCH_LOADER_FILE = `${SITE_SCRIPTS_PREFIX}search-bundle.js`;
export const SEARCH_SCRIPT_FILE = `${SITE_SCRIPTS_PREFIX}search.js`;

/** The bundle's module, from the loader (which lies in site/). */
export const BUNDLE_MODULE_FROM_SCRIPTS = `../${SEARCH_BUNDLE_PREFIX}pagefind.js`;
