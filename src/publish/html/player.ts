import { MEDIA_FRAGMENT } from '../../model/recording-link';
import { vimeoVideo, youTubeVideo } from '../../model/video-hosts';
import { el, videoFrame, type Html } from './builder';
import type { PagePolicy } from './page-policy';
import { chromeIn } from './text-language';

/**
 * The session page's player of its recording: a `<video>` for a url of a video file, a
 * privacy-respecting embed for YouTube and Vimeo, nothing for any other url (the page then keeps
 * its plain links). The player starts at the session's start; the page's CSP lets in the
 * recording's origin (media) or the embed's (frame), nothing more.
 */

/** File types a `<video>` may play, by the url path's extension (HLS plays natively in some browsers only: README). */
const VIDEO_TYPES: Readonly<Record<string, string>> = {
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  webm: 'video/webm',
  mov: 'video/quicktime',
  ogv: 'video/ogg',
  ogg: 'video/ogg',
  m3u8: 'application/vnd.apple.mpegurl',
};

export type RecordingPlayer =
  | { kind: 'video'; src: string; type: string; origin: string }
  | { kind: 'youtube' | 'vimeo'; src: string; origin: string };

/**
 * The extension of a url's path ("v.MP4?x#y" -> "mp4"); a relative url is read against a dummy
 * base. Undefined for an extension that is no valid percent-encoding ("v.%E0", "v.mp%"): a url
 * whose file type cannot be read gets no player, never an error.
 */
function pathExtension(url: URL): string | undefined {
  const name = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return undefined;
  try {
    return decodeURIComponent(name.slice(dot + 1)).toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * How the page plays the recording at `url` from `startMs`, or undefined when it cannot (a
 * page of some other site, a file type browsers do not play). A relative url is the site's own
 * file (media from 'self').
 */
export function recordingPlayer(url: string, startMs: number): RecordingPlayer | undefined {
  const seconds = Math.floor(Math.max(0, startMs) / 1000);
  const youTube = youTubeVideo(url);
  if (youTube) {
    // enablejsapi: the page's script seeks it through YouTube's documented postMessage API.
    const src = `https://www.youtube-nocookie.com/embed/${youTube.id}?start=${seconds}&rel=0&enablejsapi=1`;
    return { kind: 'youtube', src, origin: 'https://www.youtube-nocookie.com' };
  }
  const vimeo = vimeoVideo(url);
  if (vimeo) {
    const hash = vimeo.hash !== undefined ? `&h=${vimeo.hash}` : '';
    return { kind: 'vimeo', src: `https://player.vimeo.com/video/${vimeo.id}?dnt=1${hash}#t=${seconds}s`, origin: 'https://player.vimeo.com' };
  }
  let parsed: URL;
  let relative = false;
  try {
    parsed = new URL(url);
  } catch {
    relative = true;
    try {
      parsed = new URL(url, 'https://relative.invalid/');
    } catch {
      return undefined;
    }
  }
  if (!relative && parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  // "//host/v.mp4" parses only against a base, yet names another host: not the site's own file.
  if (relative && parsed.host !== 'relative.invalid') return undefined;
  // Credentials in a url would be published in the page (and sent by every viewer's browser): no player, as videoFrame refuses them.
  if (parsed.username !== '' || parsed.password !== '') return undefined;
  const type = VIDEO_TYPES[pathExtension(parsed) ?? ''];
  if (type === undefined) return undefined;
  const cut = url.indexOf('#');
  const withoutFragment = cut === -1 ? url : url.slice(0, cut);
  const src = MEDIA_FRAGMENT.link({ base: withoutFragment, query: undefined }, seconds);
  return { kind: 'video', src, type, origin: relative ? "'self'" : parsed.origin };
}

/** What the page's CSP must allow for the player: its media origin and the site's own tracks, or the embed's frame. */
export function playerPolicy(player: RecordingPlayer | undefined): PagePolicy {
  if (player === undefined) return {};
  return player.kind === 'video' ? { media: [player.origin, "'self'"] } : { frames: [player.origin] };
}

export interface PlayerTracks {
  /** the recording's captions on its own clock (relative url), when published */
  captions?: string;
  /** the recording's WebVTT chapters (relative url), when published */
  chapters?: string;
  /** BCP 47 language of the captions */
  lang: string;
}

/**
 * The player element, inside a `<figure id="player">` whose data-* attributes tell the page's
 * script what it plays and the session's span. A `<video>`'s fallback content is a link to
 * the file, for a browser that plays no video.
 */
export function playerElement(player: RecordingPlayer, tracks: PlayerTracks, session: { startMs: number; endMs: number }, fallbackHref: string): Html {
  // The name of the player is the page's own words: a session title stays in text, not in attributes.
  const label = player.kind === 'video' ? 'Recording of this session' : `Recording of this session (${player.kind === 'youtube' ? 'YouTube' : 'Vimeo'} player)`;
  const media =
    player.kind === 'video'
      ? el(
          'video',
          // src on the element itself: Chromium honours a media fragment (#t=) there, not on a <source>.
          { id: 'player-media', src: player.src, controls: true, preload: 'metadata', playsinline: true, 'aria-label': label },
          tracks.captions !== undefined ? el('track', { kind: 'captions', src: tracks.captions, srclang: tracks.lang, label: 'Captions', default: true }) : null,
          tracks.chapters !== undefined ? el('track', { kind: 'chapters', src: tracks.chapters, srclang: tracks.lang, label: 'Sessions' }) : null,
          el('a', { href: fallbackHref }, 'Open the recording'),
        )
      : videoFrame(player.src, label);
  return el(
    'figure',
    // The player's names and caption are recap's own words; the captions track says its language.
    { ...chromeIn(tracks.lang), id: 'player', class: 'player', 'data-player': player.kind, 'data-origin': player.kind === 'video' ? null : player.origin, 'data-start-ms': session.startMs, 'data-end-ms': session.endMs },
    media,
    el('figcaption', { class: 'muted' }, player.kind === 'video' ? 'The recording, from the start of this session.' : `The recording on ${player.kind === 'youtube' ? 'YouTube' : 'Vimeo'}, from the start of this session (their player; no cookies until you play).`),
  );
}

/**
 * The player's rules: full width at 16:9, kept in sight at the top on a screen tall enough to read
 * below it (so a click on a time never has to scroll the reader away to the player), and the page
 * scrolls targets (anchors, focus, the followed paragraph) to below it. The followed paragraph's
 * bar and arrow sit on its inline start and point at it in either direction (no logical form of a
 * shadow exists, hence the :dir(rtl) rules).
 */
export const PLAYER_STYLES = `
.player{margin:1rem 0}
.player video,.player iframe{display:block;width:100%;aspect-ratio:16/9;height:auto;background:#000;border:0}
.player figcaption{font-size:.9rem}
@media (min-height:44rem){.player{position:sticky;top:0;z-index:1;background:var(--paper);margin-top:0;padding:.25rem 0;border-bottom:1px solid var(--line)}.player video,.player iframe{height:min(42vh,56.25vw);width:100%}html{scroll-padding-top:calc(min(42vh,56.25vw) + 3.5rem)}}
#transcript p.now{background:#fff3bf;box-shadow:-.6rem 0 0 #fff3bf,-.85rem 0 0 var(--accent)}
#transcript p.now::after{content:"\\25C0\\00A0now playing";margin-inline-start:.5rem;font-size:.85rem;color:var(--accent);font-weight:600;white-space:nowrap}
#transcript p.now:dir(rtl){box-shadow:.6rem 0 0 #fff3bf,.85rem 0 0 var(--accent)}
#transcript p.now:dir(rtl)::after{content:"\\25B6\\00A0now playing"}
.share{font-size:.85rem;padding:0 .4rem;margin-inline-start:.4rem;border-width:1px;background:var(--paper);color:var(--link)}
.permalink{font-size:.85rem;margin-inline-start:.4rem}
#transcript p:dir(rtl)>.share[dir=ltr],#transcript p:dir(rtl)>.permalink[dir=ltr]{margin-inline:0 .4rem}
.share-status:empty{display:none}
.share-status{position:fixed;bottom:1rem;inset-inline:1rem;max-width:40rem;margin:0 auto;z-index:2;background:#000;color:#fff;padding:.5rem .9rem;overflow-wrap:anywhere}
`;
