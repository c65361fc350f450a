import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { Track } from '../../src/model/track';
import { runRecap } from '../helpers/recap-child';

/**
 * The live-caption layouts through the command line: a yt-dlp live capture, YouTube automatic
 * captions and a Teams transcript give clean text in `recap parse` and in a one-session event.
 */

const FORMATS = path.resolve(__dirname, '../../fixtures/formats');
const LIVE = path.join(FORMATS, 'yt-dlp-live', 'lakeside-forum-live.en.vtt');
const AUTO = path.join(FORMATS, 'youtube', 'wheel-repair.en.vtt');
const TEAMS = path.join(FORMATS, 'teams', 'budget-review.vtt');
/** Markup or a timestamp left in text: "<c>", "</v>", "<00:00:04.486>", "00:00:04.486", "&#237;". */
const LEFTOVER = /<\/?[a-z]|<\d|\d\d:\d\d[.:]\d|-->|WEBVTT|X-TIMESTAMP-MAP|&#?[a-z0-9]+;/i;

const run = (...argv: string[]) => runRecap(argv, {});

describe('recap parse on live captions', () => {
  test.each([[LIVE], [AUTO], [TEAMS]])('%s: read as WebVTT, clean text in the listing and in --json', async (file) => {
    const listing = await run('parse', file);
    expect(listing.code).toBe(0);
    expect(listing.out.split('\n')[0]).toContain(': webvtt, utf-8,');
    // Each cue line is "start --> end  text": the text after the timing must be clean.
    const texts = listing.out.split('\n').filter((l) => / --> /.test(l)).map((l) => l.slice(l.indexOf('  ') + 2));
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((t) => LEFTOVER.test(t))).toEqual([]);
    const json = await run('parse', file, '--json');
    const track = Track.parse(JSON.parse(json.out));
    expect(track.cues.filter((c) => LEFTOVER.test(c.text) || LEFTOVER.test(c.speaker ?? ''))).toEqual([]);
  });

  test('the live capture: 35 s long, not 26 hours', async () => {
    const track = Track.parse(JSON.parse((await run('parse', LIVE, '--json')).out));
    expect(Math.max(...track.cues.map((c) => c.endMs))).toBe(35_000);
  });
});

describe('recap process on a one-session event recorded as a live stream', () => {
  test('the transcript and the captions hold the spoken words, once each, and no markup', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'recap-live-'));
    mkdirSync(path.join(dir, 'captions'));
    copyFileSync(LIVE, path.join(dir, 'captions', 'forum.vtt'));
    writeFileSync(path.join(dir, 'event.yaml'), [
      'id: lakeside-forum', 'title: Lakeside community forum', 'sessions:', '  - id: forum', '    title: Community forum',
      'recordings:', '  - id: live', '    captions: captions/forum.vtt', '',
    ].join('\n'));
    const out = path.join(dir, 'out');
    const r = await run('process', dir, '--out', out);
    expect(r.code).toBe(0);
    const session = path.join(out, 'events', 'lakeside-forum', 'sessions', 'forum');
    // The one session is the whole stream: every word said is expected, in order.
    const said = readFileSync(path.join(FORMATS, 'yt-dlp-live', 'spoken.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t')[1]!);
    expect(said.length).toBe(44);
    const bare = (t: string) => t.toLowerCase().split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}']/gu, '')).filter((w) => w !== '');
    const transcript = JSON.parse(readFileSync(path.join(session, 'transcript.json'), 'utf8')) as { paragraphs: Array<{ sentences: Array<{ text: string }> }> };
    const sentences = transcript.paragraphs.flatMap((p) => p.sentences.map((s) => s.text));
    expect(sentences.flatMap(bare)).toEqual(said);
    expect(sentences.filter((s) => LEFTOVER.test(s))).toEqual([]);
    const captions = readFileSync(path.join(session, 'captions.vtt'), 'utf8');
    // Each cue block: an optional identifier, the timing line, then the text.
    const captionText = captions.split('\n\n').slice(1).map((block) => { const lines = block.split('\n'); return lines.slice(lines.findIndex((l) => l.includes('-->')) + 1).join(' '); });
    expect(captionText.flatMap(bare)).toEqual(said);
  });
});
