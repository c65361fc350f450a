import { RECAP_VERSION } from '../../version';
import { el, externalScript, fragment, styleElement, toHtml, type Child } from './builder';
import { contentSecurityPolicy, type PagePolicy } from './page-policy';
import { CHROME_LANGUAGE, chromeIn, directionOf, wordsIn } from './text-language';

export { CHROME_LANGUAGE } from './text-language';

/** Version of the pages' rendering; recorded in each page and folded into the stage version. */
export const PAGES_GENERATOR = 'pages@7';

/**
 * Contrast of at least 7:1 for text and 4.5:1 for links on their backgrounds (WCAG AAA/AA), a
 * focus outline that is always visible, and a skip link that appears when focused. Sides are
 * logical (inline start and end), so a right-to-left page mirrors; the skip link waits above the
 * page, where it widens no page of either direction.
 */
const STYLESHEET = `
:root{color-scheme:light;--ink:#1a1a1a;--muted:#4a4a4a;--paper:#fff;--link:#0b4f9c;--line:#c8c8c8;--accent:#7a3e00}
*{box-sizing:border-box}
body{margin:0;font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--paper)}
header,nav,main,footer{padding:0 1rem;max-width:60rem;margin:0 auto}
header{padding-top:.75rem}
nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}
a{color:var(--link);text-decoration:underline;text-underline-offset:.15em}
a:focus-visible,button:focus-visible,input:focus-visible,[tabindex]:focus-visible{outline:3px solid #000;outline-offset:2px;box-shadow:0 0 0 5px #ffd400}
.skip{position:absolute;inset-inline-start:0;top:-100vh;background:#000;color:#fff;padding:.5rem 1rem;z-index:1}
.skip:focus{top:0}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}
main{overflow-wrap:anywhere}
h1{font-size:clamp(1.4rem,1rem + 2.5vw,1.75rem);line-height:1.25}
h2{font-size:1.35rem;margin-top:2rem;border-bottom:1px solid var(--line)}
h3{font-size:1.05rem;margin:1.25rem 0 .25rem}
.meta,.muted,footer{color:var(--muted)}
footer{margin-top:3rem;padding-bottom:2rem;border-top:1px solid var(--line);font-size:.9rem}
table{border-collapse:collapse;width:100%;font-size:.95rem}
caption{text-align:start;font-weight:600;padding:.25rem 0}
th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:start;vertical-align:top}
thead th{background:#f0f0f0}
.ts{font-variant-numeric:tabular-nums;margin-inline-end:.5rem;white-space:nowrap}
.turn p{margin:.35rem 0}
.sound{color:var(--accent);font-style:italic}
.keyphrases{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;padding:0}
.keyphrases li{border:1px solid var(--line);border-radius:1rem;padding:0 .6rem}
th p{font-weight:normal;font-size:.9rem}
.status-missing{color:#8a0000;font-weight:600}
figure{margin:1rem 0}
svg{max-width:100%;height:auto}
.scroll-x{overflow-x:auto}
.scroll-x svg{min-width:36rem}
.legend{display:flex;gap:1.5rem;flex-wrap:wrap;list-style:none;padding:0}
.swatch{display:inline-block;width:1.5rem;height:.8rem;margin-inline-end:.4rem;vertical-align:middle;border:2px solid #0b4f9c}
.swatch-scheduled{background:#fff;border-style:dashed;border-color:#4a4a4a}
.swatch-aligned{background:#0b4f9c}
input[type=search]{font:inherit;padding:.3rem .5rem;border:2px solid var(--muted);min-width:min(20rem,100%)}
button{font:inherit;padding:.3rem .9rem;border:2px solid var(--link);background:var(--link);color:#fff;cursor:pointer}
form[role=search] label{display:block;font-weight:600}
mark{background:#ffe066;color:inherit}
ol.hits li{margin-bottom:1rem}
ol.sessions{list-style:none;padding:0}
li.session{border-top:1px solid var(--line);padding:.25rem 0 .75rem}
li.session h3{margin:.5rem 0 .35rem}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.25rem 0}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0}
dl.facts ul{list-style:none;padding:0;margin:0}
p.description{font-size:.92rem}
@media (max-width:32rem){dl.facts{grid-template-columns:1fr;gap:0}dl.facts dd{margin-bottom:.4rem}}
ol.hits h2{font-size:1.1rem;margin:0;border-bottom:none}
`;

/**
 * What the pages say of their text and times. The words are the captioners', but not exactly as
 * written: recap joins cues into sentences, turns all-capital captions into sentence case and
 * spells names as the agenda does (so "shown as the captioners wrote it" was not true).
 */
export const FOOTER_TEXT =
  'Made by recap from the event\u2019s captions. The words are the captioners\u2019: recap joins them into sentences, turns text written all in capitals into sentence case and spells names as the agenda does. Times such as 01:02:03 are hours, minutes and seconds from the start of the recording.';

export interface PageShell {
  /** BCP 47 language of the page's content (the manifest's `language`) */
  lang: string;
  /** the document title: most specific first, e.g. "Session 1 - Forum" */
  title: string;
  /** the site line in the header, e.g. the event's name with a link to its page (marked by the caller when in CHROME_LANGUAGE) */
  header: Child;
  /** the page's own navigation: a list of links, in CHROME_LANGUAGE unless a link says its text's language (a session's title) */
  navLabel: string;
  nav: ReadonlyArray<{ href: string; text: string; lang?: string }>;
  main: Child;
  footer?: Child;
  /**
   * Script files of the site the page loads (relative urls, as module scripts). A page must work
   * without them: they add to links and forms that already do their job.
   */
  scripts?: readonly string[];
  /** a relative url the page sends the browser on to at once (a folder's index page); the page still links it */
  redirect?: string;
  /** rules of this kind of page only (a player, search results), after the shared stylesheet */
  styles?: string;
  /** What the page may load beyond its own styles (page-policy.ts); scripts imply `scripts: true`. */
  policy?: PagePolicy;
}

/** A redirect target recap wrote: a plain relative path, nothing that could end the refresh's value. */
function refreshTarget(url: string): string {
  if (!/^[A-Za-z0-9._~/-]+(#[A-Za-z0-9_-]+)?$/.test(url) || url.startsWith('/') || url.includes('..')) throw new Error(`not a relative page of the site: ${JSON.stringify(url)}`);
  return url;
}

/**
 * A whole page: doctype, `<html lang>`, charset, viewport, a CSP that allows only what the page
 * asks for (page-policy.ts), the title, its script files,
 * a skip link to `<main id="main">`, and the header, nav, main and footer landmarks.
 */
export function renderPage(page: PageShell): string {
  // The page's own words are in CHROME_LANGUAGE: marked where the page is in another.
  const chrome = chromeIn(page.lang);
  const head = el(
    'head',
    null,
    el('meta', { charset: 'utf-8' }),
    el('meta', { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy({ ...page.policy, ...(page.scripts?.length ? { scripts: true } : {}) }) }),
    el('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    el('meta', { name: 'referrer', content: 'no-referrer' }),
    page.redirect !== undefined ? el('meta', { 'http-equiv': 'refresh', content: `0; url=${refreshTarget(page.redirect)}` }) : null,
    el('meta', { name: 'generator', content: `recap ${RECAP_VERSION} (${PAGES_GENERATOR})` }),
    el('title', null, page.title),
    styleElement(STYLESHEET + (page.styles ?? '')),
    (page.scripts ?? []).map(externalScript),
  );
  const body = el(
    'body',
    null,
    el('a', { class: 'skip', href: '#main', ...chrome }, 'Skip to main content'),
    el('header', null, page.header),
    el(
      'nav',
      { 'aria-label': page.navLabel, ...chrome },
      el('ul', null, page.nav.map((link) => el('li', null, el('a', { href: link.href, ...(link.lang !== undefined ? wordsIn(link.lang, CHROME_LANGUAGE) : {}) }, link.text)))),
    ),
    el('main', { id: 'main', tabindex: '-1' }, page.main),
    el('footer', page.footer === undefined ? chrome : null, page.footer ?? el('p', null, FOOTER_TEXT)),
  );
  // A right-to-left page says so on its root, which mirrors its layout; a left-to-right one is the default.
  const dir = directionOf(page.lang) === 'rtl' ? 'rtl' : undefined;
  return `<!doctype html>\n${toHtml(el('html', { lang: page.lang, dir }, fragment(head, body)))}\n`;
}
