import { readFileSync } from 'fs';
import path from 'path';
import { ingestCaptions } from '../../src/formats/ingest';
import { detectFormat } from '../../src/formats/registry';
import type { Track } from '../../src/model/track';
import { wholeTranscript } from '../helpers/whole-transcript';

/**
 * YouTube's rolling captions, as automatic captions of a video and as a live stream's segments
 * saved by yt-dlp (fixtures/formats/youtube, fixtures/formats/yt-dlp-live): each fixture's
 * spoken.tsv says what was said and when, and the track and the transcript must say it too.
 */

const FIXTURES = path.resolve(__dirname, '../../fixtures/formats');

interface Word { text: string; startMs: number }

function spoken(folder: string): Word[] {
  return readFileSync(path.join(FIXTURES, folder, 'spoken.tsv'), 'utf8').trim().split('\n').map((line) => {
    const [ms, text] = line.split('\t');
    return { text: text!, startMs: Number(ms) };
  });
}

function ingest(folder: string, file: string): { track: Track; text: string } {
  const at = path.join(FIXTURES, folder, file);
  const bytes = readFileSync(at);
  return { track: ingestCaptions(bytes, { fileName: at }), text: bytes.toString('utf8') };
}

/** Each word of the track with its time: its inline timestamp, else its cue's start. */
function trackWords(track: Track): Word[] {
  return track.cues.flatMap((c) => c.words ?? c.text.split(/\s+/).filter((w) => w !== '').map((w) => ({ text: w, startMs: c.startMs })));
}

const bare = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}']/gu, '');
/** Markup or a timestamp left in text: "<c>", "</c>", "<00:00:04.486>", "00:00:04.486", "-->". */
const LEFTOVER = /<\/?[a-z]|<\d|\d\d:\d\d[.:]\d|-->|WEBVTT|X-TIMESTAMP-MAP/i;

const CASES = [
  { name: 'YouTube automatic captions', folder: 'youtube', file: 'wheel-repair.en.vtt', lengthMs: 35_120 },
  { name: 'a YouTube live stream saved by yt-dlp', folder: 'yt-dlp-live', file: 'lakeside-forum-live.en.vtt', lengthMs: 35_000 },
];

describe.each(CASES)('$name', ({ folder, file, lengthMs }) => {
  const said = spoken(folder);

  test('is detected and read as WebVTT', () => {
    const { track, text } = ingest(folder, file);
    expect(detectFormat(text, file)?.id).toBe('webvtt');
    expect(track.format).toBe('webvtt');
  });

  test('every spoken word is in the track once, at its time', () => {
    const { track } = ingest(folder, file);
    expect(trackWords(track)).toEqual(said);
  });

  test('no markup, timestamp or header is left in any text', () => {
    const { track } = ingest(folder, file);
    expect(track.cues.filter((c) => LEFTOVER.test(c.text)).map((c) => c.text)).toEqual([]);
    const { transcript } = wholeTranscript(path.join(FIXTURES, folder, file));
    const sentences = transcript.paragraphs.flatMap((p) => p.sentences.map((s) => s.text));
    expect(sentences.filter((s) => LEFTOVER.test(s))).toEqual([]);
  });

  test('times run forward, and the track is as long as the recording', () => {
    const { track } = ingest(folder, file);
    const starts = track.cues.map((c) => c.startMs);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const c of track.cues) expect(c.endMs).toBeGreaterThanOrEqual(c.startMs);
    const lastEnd = Math.max(...track.cues.map((c) => c.endMs));
    expect(Math.abs(lastEnd - lengthMs)).toBeLessThanOrEqual(1000);
    expect(Math.min(...starts)).toBeLessThanOrEqual(1000);
  });

  test('the transcript holds every spoken word once, in order, each sentence starting in the cue of its first word', () => {
    const { track } = ingest(folder, file);
    const sentences = wholeTranscript(path.join(FIXTURES, folder, file)).transcript.paragraphs.flatMap((p) => p.sentences);
    const words = sentences.flatMap((s) => s.text.split(/\s+/).map(bare).filter((w) => w !== ''));
    expect(words).toEqual(said.map((w) => bare(w.text)));
    let k = 0;
    for (const s of sentences) {
      // The split stage places a sentence inside its cue (by its share of the cue's text), not at its word's inline time.
      const cue = track.cues.filter((c) => c.startMs <= said[k]!.startMs).pop()!;
      expect([s.text, s.startMs >= cue.startMs && s.startMs <= cue.endMs]).toEqual([s.text, true]);
      k += s.text.split(/\s+/).filter((w) => bare(w) !== '').length;
    }
  });
});

describe('a live capture: segments and their timestamp maps', () => {
  const file = path.join(FIXTURES, 'yt-dlp-live', 'lakeside-forum-live.en.vtt');

  test('the map of each segment is honoured across the 33-bit wrap, and the headerless first segment is placed before the first mapped one, with a warning', () => {
    const track = ingestCaptions(readFileSync(file), { fileName: file });
    // Segment 2 (MPEGTS 15408, just past the wrap) starts 5 s after segment 1 (8589500000), which starts 5 s after the capture.
    expect(track.cues.find((c) => c.text.startsWith('old ferry hall'))?.startMs).toBe(10_200);
    expect(track.diagnostics.map((d) => d.message)).toEqual(expect.arrayContaining([
      expect.stringMatching(/^the cues before the first "WEBVTT" line \(lines 1-7\) have no header/),
      expect.stringMatching(/^7 WebVTT segments in one file \(6 with a timestamp map\)/),
    ]));
  });

  test('the strict reading is the specification\'s: the file does not start with WEBVTT, so it is refused', () => {
    expect(() => ingestCaptions(readFileSync(file), { fileName: file, format: 'webvtt', strict: true })).toThrow(/not a WebVTT file/);
  });
});
