/**
 * Which video on a video host a url names, from every url form the hosts hand out. Deep links
 * (recording-link.ts) and the session page's player both read it, so a link and an embed always
 * name the same video. Ids hold only letters, digits, '_' and '-', so they are safe in any url.
 */

/** The host itself or any subdomain of it ("www.youtube.com" is youtube.com's), never a lookalike. */
export const hostIs =
  (...domains: string[]) =>
  (hostname: string): boolean =>
    domains.some((d) => hostname === d || hostname.endsWith(`.${d}`));

export const isYouTubeHost = hostIs('youtube.com', 'youtu.be', 'youtube-nocookie.com');
export const isVimeoHost = hostIs('vimeo.com');

const VIDEO_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Words YouTube's embed path takes in place of a video id: a playlist (embed/videoseries?list=),
 * a channel's live stream (embed/live_stream?channel=). Such a url names no one video.
 */
const EMBED_NON_VIDEOS: ReadonlySet<string> = new Set(['videoseries', 'live_stream']);

/** How a YouTube url names its video: the form decides how a start time is written. */
export type YouTubeForm = 'watch' | 'short-link' | 'live' | 'embed' | 'shorts';

export interface YouTubeVideo {
  id: string;
  form: YouTubeForm;
}

function parsed(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** Path segments after the host, empty ones dropped ("/live/ID/" -> ["live", "ID"]). */
function segments(url: URL): string[] {
  return url.pathname.split('/').filter((s) => s !== '');
}

/**
 * The video of a YouTube url: youtube.com/watch?v=ID, youtu.be/ID, youtube.com/live/ID,
 * youtube.com/embed/ID (and youtube-nocookie.com's), youtube.com/shorts/ID, the old /v/ID; on any
 * subdomain (www., m., music.). Undefined for a url naming no one video (a channel, a playlist).
 */
export function youTubeVideo(url: string): YouTubeVideo | undefined {
  const u = parsed(url);
  if (!u || !isYouTubeHost(u.hostname.toLowerCase())) return undefined;
  const parts = segments(u);
  const found = ((): YouTubeVideo | undefined => {
    if (u.hostname.toLowerCase().endsWith('youtu.be')) return parts[0] !== undefined ? { id: parts[0], form: 'short-link' } : undefined;
    const [first, second] = parts;
    if (first === 'watch' && parts.length === 1) {
      const v = u.searchParams.get('v');
      return v !== null ? { id: v, form: 'watch' } : undefined;
    }
    if (second === undefined || parts.length > 2) return undefined;
    if (first === 'live') return { id: second, form: 'live' };
    if (first === 'embed') return EMBED_NON_VIDEOS.has(second.toLowerCase()) ? undefined : { id: second, form: 'embed' };
    if (first === 'shorts') return { id: second, form: 'shorts' };
    if (first === 'v') return { id: second, form: 'embed' };
    return undefined;
  })();
  return found && VIDEO_ID.test(found.id) ? found : undefined;
}

/**
 * The video of a Vimeo url: vimeo.com/ID, vimeo.com/ID/HASH (unlisted), vimeo.com/channels/NAME/ID,
 * vimeo.com/groups/NAME/videos/ID, vimeo.com/showcase/N/video/ID, player.vimeo.com/video/ID?h=HASH.
 * `hash` is an unlisted video's key, which its player needs.
 */
export function vimeoVideo(url: string): { id: string; hash?: string } | undefined {
  const u = parsed(url);
  if (!u || !isVimeoHost(u.hostname.toLowerCase())) return undefined;
  const parts = segments(u);
  const numeric = (s: string | undefined): s is string => s !== undefined && /^\d{1,20}$/.test(s);
  const keyOf = (s: string | undefined): string | undefined => (s !== undefined && /^[0-9a-f]{6,40}$/i.test(s) ? s : undefined);
  const withHash = (id: string, hash: string | undefined): { id: string; hash?: string } => (hash !== undefined ? { id, hash } : { id });
  if (u.hostname.toLowerCase() === 'player.vimeo.com') {
    return parts[0] === 'video' && numeric(parts[1]) ? withHash(parts[1], keyOf(u.searchParams.get('h') ?? undefined)) : undefined;
  }
  if (numeric(parts[0])) return withHash(parts[0], keyOf(parts[1]));
  // The video id is the last numeric segment of a channel, group or showcase url.
  const last = parts[parts.length - 1];
  return ['channels', 'groups', 'showcase'].includes(parts[0] ?? '') && numeric(last) ? { id: last } : undefined;
}
