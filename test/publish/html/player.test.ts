import { readFileSync } from 'fs';
import path from 'path';
import { ResolvedManifest } from '../../../src/model/manifest-resolved';
import { Transcript } from '../../../src/model/transcript';
import { videoFrame } from '../../../src/publish/html/builder';
import { contentSecurityPolicy } from '../../../src/publish/html/page-policy';
import { PAGE_CSP } from '../../../src/server/security-headers';
import { playerPolicy, recordingPlayer } from '../../../src/publish/html/player';
import { sessionRows } from '../../../src/publish/html/session-rows';
import { renderTranscriptPage } from '../../../src/publish/html/transcript-page';
import { ituEventDir } from '../../helpers/fixture-store';
import { activeContent, attributeValues, scanPage, startTags } from './page-checks';

describe('the player of a recording url', () => {
  it('plays a video file by its path\u2019s extension, from the session\u2019s start, with media from its origin', () => {
    for (const [url, type] of [
      ['https://media.example.org/a/rec.mp4', 'video/mp4'],
      ['https://media.example.org/rec.WEBM?token=x#frag', 'video/webm'],
      ['https://media.example.org/rec.m4v', 'video/mp4'],
      ['https://media.example.org/rec.mov', 'video/quicktime'],
      ['https://media.example.org/rec.ogv', 'video/ogg'],
      ['https://media.example.org/live/index.m3u8', 'application/vnd.apple.mpegurl'],
    ] as const) {
      const player = recordingPlayer(url, 61_500);
      expect(player).toEqual({ kind: 'video', src: `${url.replace(/#.*$/, '')}#t=61`, type, origin: 'https://media.example.org' });
      expect(playerPolicy(player)).toEqual({ media: ['https://media.example.org', "'self'"] });
    }
    expect(recordingPlayer('media/rec.mp4', 0)).toMatchObject({ kind: 'video', origin: "'self'" });
  });

  it('embeds YouTube without cookies and Vimeo without tracking, from every url form, the frame limited to that host', () => {
    const id = 'dQw4w9WgXcQ';
    for (const url of [`https://www.youtube.com/watch?v=${id}`, `https://youtu.be/${id}`, `https://www.youtube.com/live/${id}`, `https://www.youtube.com/embed/${id}`, `https://youtube.com/shorts/${id}`]) {
      const player = recordingPlayer(url, 3_725_000);
      expect(player).toEqual({ kind: 'youtube', src: `https://www.youtube-nocookie.com/embed/${id}?start=3725&rel=0&enablejsapi=1`, origin: 'https://www.youtube-nocookie.com' });
      expect(playerPolicy(player)).toEqual({ frames: ['https://www.youtube-nocookie.com'] });
    }
    expect(recordingPlayer('https://vimeo.com/76979871', 61_000)).toEqual({ kind: 'vimeo', src: 'https://player.vimeo.com/video/76979871?dnt=1#t=61s', origin: 'https://player.vimeo.com' });
    expect(recordingPlayer('https://vimeo.com/76979871/4a5b6c7d8e', 0)?.src).toBe('https://player.vimeo.com/video/76979871?dnt=1&h=4a5b6c7d8e#t=0s');
  });

  it('plays nothing it cannot: a web page, an unknown file type, a YouTube channel, another scheme', () => {
    for (const url of ['https://example.org/watch/meeting', 'https://example.org/rec.mkv', 'https://example.org/rec.mp4.html', 'https://www.youtube.com/@channel', 'ftp://example.org/rec.mp4', 'https://vimeo.com/about']) {
      expect([url, recordingPlayer(url, 0)]).toEqual([url, undefined]);
    }
    expect(playerPolicy(undefined)).toEqual({});
  });

  it('writes a frame only for the video hosts the policy lets in', () => {
    expect(() => videoFrame('https://evil.example/embed/x', 't')).toThrow(/video host/);
    expect(() => videoFrame('http://www.youtube-nocookie.com/embed/x', 't')).toThrow(/video host/);
    expect(() => videoFrame('https://user@www.youtube-nocookie.com/embed/x', 't')).toThrow(/video host/);
    expect(() => videoFrame('javascript:alert(1)', 't')).toThrow(/video host/);
  });
});

describe('a session page with a player', () => {
  let manifest: ResolvedManifest;
  let transcript: Transcript;
  beforeAll(async () => {
    const dir = await ituEventDir();
    manifest = ResolvedManifest.parse(JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')));
    transcript = Transcript.parse(JSON.parse(readFileSync(path.join(dir, 'sessions/session-2/transcript.json'), 'utf8')));
  });

  function page(url: string, files = { sessionCaptions: true, recordingCaptions: true, chapters: true, youTubeChapters: false }) {
    const row = sessionRows(manifest, undefined, new Set([transcript.sessionId])).find((r) => r.session.id === transcript.sessionId)!;
    const html = renderTranscriptPage({ manifest, transcript: { ...transcript, url }, row, segmentStarts: [], files });
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1]!.replace(/&#39;/g, "'");
    return { html, page: scanPage(html), csp };
  }

  it('holds a <video> from the session\u2019s start with the recording-timed captions and the chapters as tracks; its CSP lets in that origin and the site', () => {
    const { page: p, csp } = page('https://media.example.org/rec.mp4');
    expect(p.problems).toEqual([]);
    expect(activeContent(p)).toEqual([]);
    expect(attributeValues(p, 'video', 'src')).toEqual([`https://media.example.org/rec.mp4#t=${Math.floor(transcript.startMs / 1000)}`]);
    expect(startTags(p, 'track').map((t) => Object.fromEntries(t.attributes.map((a) => [a.name, a.value])))).toEqual([
      { kind: 'captions', src: '../../recordings/main/captions.vtt', srclang: 'en', label: 'Captions', default: '' },
      { kind: 'chapters', src: '../../recordings/main/chapters.vtt', srclang: 'en', label: 'Sessions' },
    ]);
    expect(csp).toContain("media-src https://media.example.org 'self'");
    expect(csp).not.toContain('frame-src');
    expect(csp).toContain("script-src 'self'");
  });

  it('holds no track the captions stage did not publish, and says why there is no YouTube chapter list', () => {
    const { page: p } = page('https://media.example.org/rec.mp4', { sessionCaptions: true, recordingCaptions: false, chapters: true, youTubeChapters: false });
    expect(attributeValues(p, 'track', 'kind')).toEqual(['chapters']);
    expect(p.text).toMatch(/No chapter list for YouTube: YouTube shows chapters only when there are at least 3/);
  });

  it('embeds YouTube in a frame limited to youtube-nocookie.com, no media source', () => {
    const { page: p, csp } = page('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(activeContent(p)).toEqual([]);
    expect(attributeValues(p, 'iframe', 'src')).toEqual([`https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=${Math.floor(transcript.startMs / 1000)}&rel=0&enablejsapi=1`]);
    expect(attributeValues(p, 'iframe', 'title')).toEqual(['Recording of this session (YouTube player)']);
    expect(csp).toContain('frame-src https://www.youtube-nocookie.com;');
    expect(csp).not.toContain('media-src');
    expect(startTags(p, 'video')).toEqual([]);
  });

  it('keeps today\u2019s plain links for a url it cannot play: no player, no media or frame in its CSP', () => {
    const { page: p, csp } = page('https://example.org/meeting-page');
    expect(startTags(p, 'video').length + startTags(p, 'iframe').length).toBe(0);
    expect(csp).not.toMatch(/media-src|frame-src/);
    expect(attributeValues(p, 'a', 'href')).toContain(`https://example.org/meeting-page#t=${Math.floor(transcript.startMs / 1000)}`);
  });

  it('says which clock its times are on: the recording\u2019s, while the session\u2019s caption files start at 00:00:00', () => {
    const { page: p } = page('https://media.example.org/rec.mp4');
    expect(p.text).toContain('Times are times in the whole recording');
    expect(p.text).toMatch(/Their times start at 00:00:00 at the session\u2019s start, which is \d\d:\d\d:\d\d in the recording/);
    expect(attributeValues(p, 'a', 'href')).toEqual(expect.arrayContaining(['captions.vtt', 'captions.srt', '../../recordings/main/chapters.vtt']));
  });

  it('offers no Files section, nor a link to it, when the captions stage published nothing for the session', () => {
    const { page: p } = page('https://media.example.org/rec.mp4', { sessionCaptions: false, recordingCaptions: false, chapters: false, youTubeChapters: false });
    expect(attributeValues(p, 'a', 'href')).not.toContain('#files');
    expect(attributeValues(p, 'section', 'id')).not.toContain('files');
  });

  it('gives every paragraph its own link (a Copy link button with script) and its recording times for the script', () => {
    const { page: p } = page('https://media.example.org/rec.mp4');
    const permalinks = startTags(p, 'a').filter((t) => t.attributes.some((a) => a.name === 'class' && a.value === 'permalink'));
    expect(permalinks.map((t) => t.attributes.find((a) => a.name === 'href')!.value)).toEqual(transcript.paragraphs.map((_, i) => `#p-${i}`));
    const starts = startTags(p, 'p').flatMap((t) => t.attributes.filter((a) => a.name === 'data-start-ms').map((a) => Number(a.value)));
    expect(starts).toEqual(expect.arrayContaining(transcript.paragraphs.map((x) => x.startMs)));
  });
});

describe('recording urls the player refuses', () => {
  it('gives no player, never an error, for an extension that is no valid percent-encoding', () => {
    for (const url of ['https://example.org/v.%E0', 'https://example.org/v.mp%', 'media/v.%FF', 'https://example.org/v.mp%34']) {
      expect(() => recordingPlayer(url, 0)).not.toThrow();
    }
    expect(recordingPlayer('https://example.org/v.%E0', 0)).toBeUndefined();
    expect(recordingPlayer('https://example.org/v.mp%', 0)).toBeUndefined();
    // a valid encoding of a known extension still plays
    expect(recordingPlayer('https://example.org/v.mp%34', 0)).toMatchObject({ kind: 'video', type: 'video/mp4' });
  });

  it('gives no player for a YouTube playlist embed url (no one video to start at the session)', () => {
    expect(recordingPlayer('https://www.youtube.com/embed/videoseries?list=PL1', 0)).toBeUndefined();
  });

  it('gives no player for a url with credentials or a host-relative url of another host', () => {
    for (const url of ['https://u:p@host.example:8443/v.mp4', 'https://u@host.example/v.mp4', 'http://:p@host.example/v.webm', '//u:p@host.example/v.mp4', '//host.example/v.mp4']) {
      expect([url, recordingPlayer(url, 0)]).toEqual([url, undefined]);
    }
  });
});

describe('the server lets in what a page\u2019s player asks for', () => {
  /** Whether a CSP source list (a directive's value) matches `origin` on a page served from `self`. */
  const allows = (sources: string[], origin: string, self: string): boolean =>
    sources.some((s) => (s === "'self'" ? origin === "'self'" || origin === self : s.endsWith(':') && !s.includes('/') ? origin.startsWith(s) : s === origin));
  const mediaSources = (csp: string): string[] => (csp.split(';').map((d) => d.trim().split(/\s+/)).find(([name]) => name === 'media-src') ?? ['media-src']).slice(1);

  it('allows the media origin of every url that gets a <video> player, http: and https:, in recap serve\u2019s header as in the page', () => {
    const self = 'http://127.0.0.1:8080';
    for (const url of ['http://media.example.org:8000/rec.mp4', 'https://media.example.org/rec.webm', 'http://192.168.1.20/rec.mp4', 'media/rec.mp4']) {
      const player = recordingPlayer(url, 0);
      expect(player?.kind).toBe('video');
      const policy = playerPolicy(player);
      for (const origin of policy.media ?? []) {
        expect([url, origin, allows(mediaSources(PAGE_CSP), origin, self)]).toEqual([url, origin, true]);
        expect(allows(mediaSources(contentSecurityPolicy(policy)), origin, self)).toBe(true);
      }
    }
  });
});
