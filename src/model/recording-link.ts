/**
 * The link to a moment of a recording: what transcripts, search segments, search hits and pages
 * all point at. Players disagree on how a url says "start here", so the form depends on the host;
 * any other url gets a W3C media fragment (`#t=SECONDS`), which browsers' own video players honour.
 * The time is whole seconds from the recording's start, rounded down so playback begins just
 * before the words.
 */
import { isVimeoHost, isYouTubeHost, youTubeVideo } from './video-hosts';

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

const withQuery = (url: UrlParts): string => (url.query === undefined ? url.base : `${url.base}?${url.query}`);

/** The query with `name` set to `value`: earlier values of it and of `drop` go, every other pair is kept as written. */
function setParameter(query: string | undefined, name: string, value: string, drop: readonly string[] = []): string {
  const gone = new Set([name, ...drop]);
  const kept = (query ?? '').split('&').filter((pair) => pair !== '' && !gone.has(pair.split('=')[0]!));
  return [...kept, `${name}=${value}`].join('&');
}

/**
 * A YouTube url at a second. Watch pages, youtu.be and /live/ links read `t` in the query (a
 * fragment there would compete with it, so it is dropped); an embedded player reads `start`
 * (and ignores `t`); a Shorts page takes no start time at all, so its video's watch page is
 * linked instead. A url naming no one video keeps the query form.
 */
function youTubeLink(url: UrlParts, seconds: number): string {
  const video = youTubeVideo(url.base + (url.query !== undefined ? `?${url.query}` : ''));
  if (video?.form === 'embed') return `${url.base}?${setParameter(url.query, 'start', String(seconds), ['t'])}`;
  if (video?.form === 'shorts') return `${new URL(url.base).origin}/watch?v=${video.id}&t=${seconds}`;
  return `${url.base}?${setParameter(url.query, 't', String(seconds))}`;
}

/** The default: a media fragment, replacing any fragment the url had (`v.mp4#chapter-2#t=61` plays from 0). */
export const MEDIA_FRAGMENT: LinkForm = {
  name: 'media-fragment',
  hosts: () => true,
  link: (url, seconds) => `${withQuery(url)}#t=${seconds}`,
};

/**
 * Hosts whose players read the start time elsewhere: YouTube in the query (youTubeLink), Vimeo
 * as `#t=61s` on its pages and its player alike (the query, such as an unlisted video's `h=`, is
 * kept). Adding a host is one entry.
 */
export const LINK_FORMS: readonly LinkForm[] = [
  { name: 'youtube', hosts: isYouTubeHost, link: youTubeLink },
  { name: 'vimeo', hosts: isVimeoHost, link: (url, seconds) => `${withQuery(url)}#t=${seconds}s` },
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
