/**
 * What a published page may load, as its Content-Security-Policy. By default nothing runs and
 * nothing loads from elsewhere: no script, no plug-in, no frame, no remote resource, forms post
 * only to the site. A page that needs more says exactly what (a script file of the site, the
 * recording's origin for its player, a video host's embed), so escaping has a second line of
 * defence on every page.
 */
export interface PagePolicy {
  /** script files from the site itself (never inline script) */
  scripts?: boolean;
  /** WebAssembly compiled by those scripts (the static search engine) */
  wasm?: boolean;
  /** fetches to the site itself (a search index) */
  connect?: boolean;
  /** where `<video>`, `<audio>` and `<track>` may load from: 'self', origins ("https://media.example.org"), 'https:' or 'http:' */
  media?: readonly string[];
  /** origins whose pages may be embedded in a frame (a video host's player) */
  frames?: readonly string[];
}

/** An origin as a CSP source: 'self', 'https:' or 'http:' (any host of that scheme) or scheme://host[:port], nothing that could add a directive. */
function source(value: string): string {
  if (value === "'self'" || value === 'https:' || value === 'http:') return value;
  const url = new URL(value);
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin === 'null') throw new Error(`not an origin: ${JSON.stringify(value)}`);
  return url.origin;
}

function directive(name: string, sources: readonly string[] | undefined): string[] {
  if (sources === undefined || sources.length === 0) return [];
  return [`${name} ${[...new Set(sources.map(source))].join(' ')}`];
}

/** The policy's Content-Security-Policy text (for a `<meta http-equiv>` and the server's header). */
export function contentSecurityPolicy(policy: PagePolicy = {}): string {
  const scripts = policy.scripts === true ? [`script-src 'self'${policy.wasm === true ? " 'wasm-unsafe-eval'" : ''}`] : [];
  return [
    "default-src 'none'",
    ...scripts,
    "style-src 'unsafe-inline'",
    "img-src 'self' data:",
    ...(policy.connect === true ? ["connect-src 'self'"] : []),
    ...directive('media-src', policy.media),
    ...directive('frame-src', policy.frames),
    "form-action 'self'",
    "base-uri 'none'",
  ].join('; ');
}

/** The policy of a page that asks for nothing: no script, nothing from elsewhere. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/**
 * The video hosts whose privacy-respecting players a session page may embed (no cookies until
 * the viewer plays). Adding a host is one entry here and one in the player's embed url.
 */
export const VIDEO_EMBED_ORIGINS: readonly string[] = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'];

/**
 * The most any published page asks for: what a server that serves the pages may send as its own
 * header (a page's meta policy still narrows it, since a browser applies both). Media from any
 * http: or https: host, since a player plays a recording from either (an event's own server is
 * often plain http on a local network); each page's policy names its one recording origin.
 */
export const PUBLISHED_PAGES_POLICY: PagePolicy = { scripts: true, wasm: true, connect: true, media: ["'self'", 'https:', 'http:'], frames: VIDEO_EMBED_ORIGINS };
