import type { ResolvedManifest } from '../../model/manifest-resolved';
import { el, fragment } from './builder';
import { renderPage } from './page-shell';
import { chromeIn } from './text-language';
import { EVENT_PAGE_FROM_TRANSCRIPT } from './page-links';

/** The transcript page, relative to the session's folder page (both lie in sessions/<id>/). */
const TRANSCRIPT_FROM_FOLDER = 'transcript.html';

/**
 * sessions/<id>/index.html: what a static host serves for the session's folder address
 * (`.../sessions/<id>/`, which people type or cut a link down to). It sends the browser on to the
 * transcript page at once, and links it for a browser that does not follow the refresh.
 */
export function renderSessionFolderPage(manifest: ResolvedManifest, sessionTitle: string): string {
  return renderPage({
    lang: manifest.language,
    title: `${sessionTitle} \u2013 ${manifest.title}`,
    header: el('p', null, el('a', { href: EVENT_PAGE_FROM_TRANSCRIPT }, manifest.title)),
    navLabel: 'Session',
    nav: [{ href: EVENT_PAGE_FROM_TRANSCRIPT, text: 'Event overview' }],
    main: fragment(el('h1', null, sessionTitle), el('p', chromeIn(manifest.language), el('a', { href: TRANSCRIPT_FROM_FOLDER }, 'Go to the session\u2019s transcript'))),
    redirect: TRANSCRIPT_FROM_FOLDER,
  });
}
