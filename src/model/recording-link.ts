/**
 * The link to a moment of a recording: what transcripts, search segments, search hits and pages
 * all point at. Players disagree on how a url says "start here", so the form depends on the host;
 * any other url gets a W3C media fragment (`#t=SECONDS`), which browsers' own video players honour.
 * The time is whole seconds from the recording's start, rounded down so playback begins just
 * before the words.
 */

/** A url cut where its query and fragment begin; `query` is undefined when there is no '?'. */
export interface UrlParts {
  /** scheme, host and path */
  base: string;
  query: string | undefined;
}

/** How the urls of some hosts say "start at this second". */
export interface LinkForm {
  name: string;
  /** the (lowercase) hostnames this form is for */
  hosts: (hostname: string) => boolean;
  link: (url: UrlParts, seconds: number) => string;
}

/** The host itself or any subdomain of it ("www.youtube.com" is youtube.com's). */
const hostIs =
  (...domains: string[]) =>
  (hostname: string): boolean =>
    domains.some((d) => hostname === d || hostname.endsWith(`.${d}`));

const withQuery = (url: UrlParts): string => (url.query === undefined ? url.base : `${url.base}?${url.query}`);

/** The query with `name` set to `value`: an earlier value of it is dropped, every other pair kept as written. */
function setParameter(query: string | undefined, name: string, value: string): string {
  const kept = (query ?? '').split('&').filter((pair) => pair !== '' && pair.split('=')[0] !== name);
  return [...kept, `${name}=${value}`].join('&');
}

/** The default: a media fragment, replacing any fragment the url had (`v.mp4#chapter-2#t=61` plays from 0). */
export const MEDIA_FRAGMENT: LinkForm = {
  name: 'media-fragment',
  hosts: () => true,
  link: (url, seconds) => `${withQuery(url)}#t=${seconds}`,
};

/**
 * Hosts whose players read the start time elsewhere. YouTube takes `t` in the query (a fragment
 * there would compete with it, so it is dropped); Vimeo reads `#t=61s`. Adding a host is one entry.
 */
export const LINK_FORMS: readonly LinkForm[] = [
  { name: 'youtube', hosts: hostIs('youtube.com', 'youtu.be'), link: (url, seconds) => `${url.base}?${setParameter(url.query, 't', String(seconds))}` },
  { name: 'vimeo', hosts: hostIs('vimeo.com'), link: (url, seconds) => `${withQuery(url)}#t=${seconds}s` },
];

function urlParts(url: string): UrlParts {
  const hash = url.indexOf('#');
  const beforeHash = hash === -1 ? url : url.slice(0, hash);
  const question = beforeHash.indexOf('?');
  return question === -1 ? { base: beforeHash, query: undefined } : { base: beforeHash.slice(0, question), query: beforeHash.slice(question + 1) };
}

function hostname(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/** The form for this url: its host's, else the media fragment (also for a url that does not parse). */
export function linkFormOf(url: string, forms: readonly LinkForm[] = LINK_FORMS): LinkForm {
  const host = hostname(url);
  return (host !== undefined ? forms.find((f) => f.hosts(host)) : undefined) ?? MEDIA_FRAGMENT;
}

/** The recording at `ms` (from its start). Applying it to a link it made gives that link's moment anew. */
export function recordingLink(url: string, ms: number, forms: readonly LinkForm[] = LINK_FORMS): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  return linkFormOf(url, forms).link(urlParts(url), seconds);
}
