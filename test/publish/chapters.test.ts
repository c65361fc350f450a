import { ingestCaptions } from '../../src/formats/ingest';
import { PRE_ROLL_TITLE, writeChaptersVtt, youTubeChapters, youTubeTitle, type ChapterSpan } from '../../src/publish/chapters';

const MIN = 60_000;
const HOUR = 60 * MIN;

/**
 * YouTube's rules for a description's chapters, checked on the text as pasted: every line
 * "<time> <title>", times as YouTube writes them (m:ss, or h:mm:ss from an hour), the first 0:00,
 * ascending, at least 3, each chapter (the last one to the video's end) at least 10 s, no angle
 * brackets (YouTube refuses a description holding them). Returns the broken rules.
 */
function brokenYouTubeRules(list: string, durationSeconds: number): string[] {
  const broken: string[] = [];
  const lines = list.split('\n').filter((l) => l !== '');
  const starts = lines.map((line) => {
    const m = /^(?:(\d+):([0-5]\d):([0-5]\d)|([0-5]?\d):([0-5]\d)) (\S.*)$/.exec(line);
    if (!m) {
      broken.push(`not "<time> <title>": ${line}`);
      return NaN;
    }
    if (m[1] !== undefined && Number(m[1]) === 0) broken.push(`hours written under an hour: ${line}`);
    const seconds = m[1] !== undefined ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : Number(m[4]) * 60 + Number(m[5]);
    if (m[1] === undefined && seconds >= 3600) broken.push(`m:ss past an hour: ${line}`);
    if (/[<>]/.test(m[6]!)) broken.push(`angle bracket: ${line}`);
    return seconds;
  });
  if (lines.length < 3) broken.push(`${lines.length} chapters`);
  if (starts[0] !== 0) broken.push('first chapter not at 0:00');
  starts.forEach((s, i) => {
    const next = starts[i + 1] ?? durationSeconds;
    if (!(next - s >= 10)) broken.push(`chapter ${i + 1} shorter than 10 s`);
  });
  return broken;
}

const span = (title: string, startMs: number, endMs: number): ChapterSpan => ({ title, startMs, endMs });

describe('YouTube chapter list', () => {
  it('starts with an Introduction at 0:00 when the recording has a pre-roll of 10 s or more', () => {
    const sessions = [span('Opening', 80_000, 10 * MIN), span('Panel', 10 * MIN, 40 * MIN), span('Closing', 40 * MIN, 45 * MIN)];
    const result = youTubeChapters(sessions, 46 * MIN);
    expect(result.list).toBe(`0:00 ${PRE_ROLL_TITLE}\n1:20 Opening\n10:00 Panel\n40:00 Closing\n`);
    expect(brokenYouTubeRules(result.list!, 46 * 60)).toEqual([]);
  });

  it('merges a pre-roll under 10 s into the first session, which then starts at 0:00', () => {
    const result = youTubeChapters([span('Opening', 4_000, MIN), span('Panel', MIN, 2 * MIN), span('Closing', 2 * MIN, 3 * MIN)], 3 * MIN);
    expect(result.list).toBe('0:00 Opening\n1:00 Panel\n2:00 Closing\n');
  });

  it('merges a session shorter than 10 s into the chapter before it, and a gap stays with the session before', () => {
    const sessions = [span('A', 0, MIN), span('Blink', MIN, MIN + 5_000), span('B', MIN + 5_000, 2 * MIN), span('C', 3 * MIN, 4 * MIN)];
    const result = youTubeChapters(sessions, 4 * MIN);
    expect(result.list).toBe('0:00 A\n1:05 B\n3:00 C\n');
    expect(brokenYouTubeRules(result.list!, 240)).toEqual([]);
  });

  it('merges a short last session into the one before (the last chapter runs to the end)', () => {
    const result = youTubeChapters([span('A', 0, MIN), span('B', MIN, 2 * MIN), span('C', 2 * MIN, 3 * MIN), span('Tail', 3 * MIN, 3 * MIN + 4_000)], 3 * MIN + 4_000);
    expect(result.list).toBe('0:00 A\n1:00 B\n2:00 C\n');
  });

  it('gives no list, with the reason, for one or two sessions, or too few left after merging', () => {
    for (const sessions of [[span('Only', 0, HOUR)], [span('A', 0, MIN), span('B', MIN, 2 * MIN)], [span('A', 0, MIN), span('B', MIN, MIN + 3_000), span('C', MIN + 3_000, MIN + 6_000)]]) {
      const result = youTubeChapters(sessions, 2 * MIN);
      expect(result.list).toBeNull();
      expect('reason' in result && result.reason).toMatch(/^[0-2] chapters? of 10 s or more( \(\d sessions?; shorter stretches merged into their neighbours\))?, YouTube needs 3$/);
    }
    expect(youTubeChapters([], HOUR).list).toBeNull();
    const merged = youTubeChapters([span('A', 0, MIN), span('B', MIN, MIN + 3_000), span('C', MIN + 3_000, MIN + 6_000)], 2 * MIN);
    expect('reason' in merged && merged.reason).toBe('2 chapters of 10 s or more (3 sessions; shorter stretches merged into their neighbours), YouTube needs 3');
  });

  it('writes h:mm:ss from the hour on and keeps every rule over a long recording with many sessions', () => {
    const sessions = Array.from({ length: 12 }, (_, i) => span(`Session <${i}>`, 95_000 + i * 15 * MIN + (i % 3) * 7_000, 95_000 + (i + 1) * 15 * MIN));
    const duration = 95_000 + 12 * 15 * MIN + 30_000;
    const result = youTubeChapters(sessions, duration);
    expect(result.list).not.toBeNull();
    expect(brokenYouTubeRules(result.list!, Math.floor(duration / 1000))).toEqual([]);
    expect(result.list).toMatch(/^46:35 Session 3$/m);
    expect(result.list).toMatch(/^1:01:42 Session 4$/m);
  });

  it('cleans titles of what YouTube refuses or would misread', () => {
    expect(youTubeTitle('Q&A <live>\nwith -- guests')).toBe('Q&A live with -- guests');
    expect(youTubeTitle(' - Opening')).toBe('Opening');
    expect(youTubeTitle('<>')).toBe('');
    // a second timestamp at a line's start would be read as the chapter's time
    expect(youTubeTitle('0:30 x')).toBe('x');
    expect(youTubeTitle('1:02:03 - Opening')).toBe('Opening');
    expect(youTubeTitle('- 10:30 | 11.00 Panel')).toBe('Panel');
    expect(youTubeTitle('2030 Agenda: 5:00 pm close')).toBe('2030 Agenda: 5:00 pm close');
    expect(youTubeTitle('1:30pm talk')).toBe('1:30pm talk');
    const timed = youTubeChapters([span('A', 0, MIN), span('0:45 B', MIN, 2 * MIN), span('12:00', 2 * MIN, 3 * MIN)], 3 * MIN);
    expect(timed.list).toBe('0:00 A\n1:00 B\n2:00 Session 3\n');
    const result = youTubeChapters([span('<>', 0, MIN), span('B', MIN, 2 * MIN), span('C', 2 * MIN, 3 * MIN)], 3 * MIN);
    expect(result.list).toBe('0:00 Session 1\n1:00 B\n2:00 C\n');
  });
});

describe('WebVTT chapters', () => {
  it('writes one cue per session at its span, in time order, titles as one-line cue text (escaped), no overlap', () => {
    const text = writeChaptersVtt([span('Panel: A & B <live>', 60_000, 130_000), span('Opening\nremarks --> now &amp;', 10_000, 65_000)]);
    expect(text).toBe('WEBVTT\n\n1\n00:00:10.000 --> 00:01:00.000\nOpening remarks --&gt; now &amp;amp;\n\n2\n00:01:00.000 --> 00:02:10.000\nPanel: A & B &lt;live&gt;\n');
  });

  it('reads back (recap\u2019s WebVTT reader) with every title as the manifest spells it', () => {
    const titles = ['Panel: A & B <live>', 'Q&amp;A --> next', 'R&D <b>bold</b> &copy'];
    const text = writeChaptersVtt(titles.map((t, i) => span(t, i * MIN, (i + 1) * MIN)));
    const read = ingestCaptions(Buffer.from(text), { fileName: 'chapters.vtt' });
    expect(read.cues.map((c) => c.text)).toEqual(titles);
    expect(read.cues.map((c) => [c.startMs, c.endMs])).toEqual([[0, MIN], [MIN, 2 * MIN], [2 * MIN, 3 * MIN]]);
  });

  /** [start, end, title] of each cue of a chapters file. */
  const cuesOf = (text: string): Array<[number, number, string]> =>
    ingestCaptions(Buffer.from(text), { fileName: 'chapters.vtt' }).cues.map((c) => [c.startMs, c.endMs, c.text]);

  it('gives sessions starting together each their own time (the shorter first), never a 1 ms chapter', () => {
    expect(cuesOf(writeChaptersVtt([span('Long', 10_000, 70_000), span('Short', 10_000, 20_000), span('Next', 70_000, 90_000)]))).toEqual([
      [10_000, 20_000, 'Short'],
      [20_000, 70_000, 'Long'],
      [70_000, 90_000, 'Next'],
    ]);
  });

  it('leaves out a session with no time of its own (zero length, or inside the one before it)', () => {
    const cues = cuesOf(writeChaptersVtt([span('A', 0, MIN), span('Empty', 30_000, 30_000), span('B', MIN, 2 * MIN), span('Twin', MIN, MIN), span('C', 2 * MIN, 3 * MIN)]));
    expect(cues).toEqual([
      [0, MIN, 'A'],
      [MIN, 2 * MIN, 'B'],
      [2 * MIN, 3 * MIN, 'C'],
    ]);
    for (const [start, end] of cues) expect(end - start).toBeGreaterThanOrEqual(1000);
  });
});
