import { readFileSync } from 'fs';
import path from 'path';
import { ingestCaptions } from '../../src/formats/ingest';
import { detectFormat } from '../../src/formats/registry';
import { PLAIN_SPEAKING_MS_PER_WORD, SLOW_SPEAKING_MS_PER_WORD } from '../../src/formats/timed-transcript/timing';
import { CaptionInputError } from '../../src/model/errors';
import type { Track } from '../../src/model/track';
import { checkTrackPlausibility } from '../../src/text/plausibility';

const FIXTURES = path.resolve(__dirname, '../../fixtures/formats');

const read = (text: string, fileName = 'export.txt'): Track => ingestCaptions(Buffer.from(text, 'utf8'), { fileName });

/** The paragraph headers of each service's layout, matched here by patterns of the test's own. */
interface Expected {
  file: string;
  /** one header: speaker, time text, and where the paragraph's text starts (on the same line or below) */
  header: RegExp;
  /** lines that are not speech (a title, a footer) */
  notSpeech: string[];
  clock?: boolean;
}

const SERVICES: Record<string, Expected> = {
  otter: { file: 'otter/library-friends-planning.txt', header: /^(?<name>.+?) {2}(?<time>\d+:\d\d(?::\d\d)?) *$/, notSpeech: ['Library Friends planning call', 'Transcribed by https://otter.ai'] },
  rev: { file: 'rev/harbour-ferry-interview.txt', header: /^(?<name>.+?) \((?<time>[\d:]+)\):(?<text>.*)$/, notSpeech: [] },
  descript: { file: 'descript/podcast-bees.txt', header: /^\[(?<time>[\d:]+)\] (?<name>[^:]+): (?<text>.*)$/, notSpeech: [] },
  sonix: { file: 'sonix/council-tree-survey.txt', header: /^(?<name>[^:]+): \[(?<time>[\d:]+)\] (?<text>.*)$/, notSpeech: ['Tree survey briefing'] },
  'zoom-txt': { file: 'zoom-txt/meeting_saved_closed_caption.txt', header: /^\[(?<name>[^\]]+)\] (?<time>\d\d:\d\d:\d\d)$/, notSpeech: [], clock: true },
};

interface Paragraph {
  name: string;
  ms: number;
  words: string[];
}

const seconds = (time: string): number => time.split(':').reduce((s, part) => s * 60 + Number(part), 0);
const words = (text: string): string[] => text.split(/\s+/).filter((w) => w !== '');

/** The file's paragraphs as this test reads them: each header, and every line of text up to the next. */
function paragraphsOf(expected: Expected): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const line of readFileSync(path.join(FIXTURES, expected.file), 'utf8').split('\n')) {
    const m = expected.header.exec(line);
    if (m) paragraphs.push({ name: m.groups!.name!, ms: seconds(m.groups!.time!) * 1000, words: words(m.groups!.text ?? '') });
    else if (line.trim() !== '' && !expected.notSpeech.includes(line.trim())) paragraphs[paragraphs.length - 1]!.words.push(...words(line));
  }
  if (expected.clock) return paragraphs.map((p) => ({ ...p, ms: p.ms - paragraphs[0]!.ms }));
  return paragraphs;
}

describe.each(Object.entries(SERVICES))('the %s fixture', (_service, expected) => {
  const track = ingestCaptions(readFileSync(path.join(FIXTURES, expected.file)), { fileName: expected.file });
  const paragraphs = paragraphsOf(expected);

  test('is read as a timed transcript, a cue per paragraph, with no error or warning', () => {
    expect(track.format).toBe('timed-transcript');
    expect(paragraphs.length).toBeGreaterThanOrEqual(8);
    expect(track.cues).toHaveLength(paragraphs.length);
    expect(track.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  test("each cue is spoken by its paragraph's speaker; a turn starts only where the name changes", () => {
    expect(track.cues.map((c) => c.speaker)).toEqual(paragraphs.map((p) => p.name));
    const changes = paragraphs.map((p, i) => i === 0 || p.name !== paragraphs[i - 1]!.name);
    expect(track.cues.map((c) => c.turnStart === true)).toEqual(changes);
    // Every fixture has a speaker with two paragraphs in a row, or the rule is not tried.
    expect(changes.some((c) => !c)).toBe(expected.file.startsWith('descript') ? false : true);
  });

  test("each cue starts at its paragraph's time and ends where the next starts, or after its words at a slow rate when that is sooner", () => {
    let pauses = 0;
    track.cues.forEach((cue, i) => {
      const p = paragraphs[i]!;
      const sharedSecond = i > 0 && paragraphs[i - 1]!.ms === p.ms;
      // Paragraphs stamped with the same second share the time up to the next later one.
      if (sharedSecond) expect(cue.startMs).toBeGreaterThan(p.ms);
      else expect(cue.startMs).toBe(p.ms);
      const next = track.cues[i + 1];
      if (!next) return;
      const slowEnd = cue.startMs + Math.max(1000, p.words.length * SLOW_SPEAKING_MS_PER_WORD);
      if (slowEnd < next.startMs) pauses++;
      expect(cue.endMs).toBe(Math.min(next.startMs, slowEnd));
    });
    // The Otter fixture holds a tea break, or the pause is not tried.
    expect(pauses > 0).toBe(expected.file.startsWith('otter'));
  });

  test('the last paragraph lasts its words at a plain speaking rate', () => {
    const last = track.cues[track.cues.length - 1]!;
    expect(last.endMs - last.startMs).toBe(Math.max(1000, paragraphs[paragraphs.length - 1]!.words.length * PLAIN_SPEAKING_MS_PER_WORD));
  });

  test('every word of every paragraph once, in order, and no word of a header, title or footer', () => {
    expect(track.cues.flatMap((c) => words(c.text))).toEqual(paragraphs.flatMap((p) => p.words));
  });
});

test("Zoom's shared second: the two paragraphs split the time to the next one by their words", () => {
  const track = ingestCaptions(readFileSync(path.join(FIXTURES, SERVICES['zoom-txt']!.file)), { fileName: 'meeting_saved_closed_caption.txt' });
  const shared = track.cues.filter((c) => c.startMs >= 24000 && c.endMs <= 28000);
  expect(shared.map((c) => c.speaker)).toEqual(['Aurelie Bramwell', 'Caspar Lindahl']);
  // 13 words and 3 words over the 4 s from 00:24 to 00:28.
  expect(shared.map((c) => [c.startMs, c.endMs])).toEqual([[24000, 27250], [27250, 28000]]);
});

describe('times', () => {
  test('Otter past an hour (h:mm:ss) and Rev past an hour (hh:mm:ss)', () => {
    const otter = read('Ana Reyes  59:58\nStill here.\n\nBo Lund  1:00:03\nAn hour in.\n\nAna Reyes  1:02:00\nDone.\n');
    expect(otter.cues.map((c) => c.startMs)).toEqual([3_598_000, 3_603_000, 3_720_000]);
    const rev = read('Ana Reyes (59:58):\nStill here.\n\nBo Lund (01:00:03):\nAn hour in.\n');
    expect(rev.cues.map((c) => c.startMs)).toEqual([3_598_000, 3_603_000]);
  });

  test('an Otter header with a tab or no-break spaces before its time, or the two spaces Otter writes after it', () => {
    const track = read('Ana Reyes\t0:01\nHello.\n\nBo Lund\u00a0\u00a00:04\nHi there.\n\nAna Reyes  0:07  \nBye.\n');
    expect(track.cues.map((c) => [c.speaker, c.startMs])).toEqual([['Ana Reyes', 1000], ['Bo Lund', 4000], ['Ana Reyes', 7000]]);
  });

  test("Zoom's times of day: the first is 00:00:00, a meeting past midnight goes on counting", () => {
    const track = read('[Ana Reyes] 23:59:58\nNearly midnight.\n\n[Bo Lund] 00:00:03\nA new day.\n\n[Ana Reyes] 00:01:00\nStill going.\n');
    expect(track.cues.map((c) => c.startMs)).toEqual([0, 5000, 62000]);
    expect(track.diagnostics).toContainEqual({ severity: 'info', line: 1, message: expect.stringContaining('23:59:58') });
  });

  test('a bad timestamp is an error naming its line; the paragraph is read, its start between its neighbours', () => {
    const track = read('Ana Reyes  0:05\nFirst words here.\n\nBo Lund  0:75\nA reply whose time is wrong.\n\nAna Reyes  0:20\nBack to me.\n');
    expect(track.diagnostics).toContainEqual({ severity: 'error', line: 4, message: expect.stringContaining('bad timestamp "0:75"') });
    expect(track.cues.map((c) => c.speaker)).toEqual(['Ana Reyes', 'Bo Lund', 'Ana Reyes']);
    expect(track.cues[1]!.text).toBe('A reply whose time is wrong.');
    // 3 words, then 6, follow each other from 00:05 at the slow rate (9 words, 7.2 s); the rest, to 00:20, is a pause.
    expect(track.cues.map((c) => [c.startMs, c.endMs])).toEqual([[5000, 7400], [7400, 12200], [20000, 21200]]);
  });

  test('a bad timestamp on the first paragraph: it starts at 00:00:00 and lasts its words, up to the next', () => {
    const track = read('Ana Reyes  0:95\nOne two three four.\n\nBo Lund  0:08\nFive.\n\nAna Reyes  0:10\nSix.\n');
    expect(track.diagnostics).toContainEqual({ severity: 'error', line: 1, message: expect.stringContaining('bad timestamp "0:95"') });
    // 4 words at the slow rate, 3.2 s; one word, the shortest time of 1 s; the last at the plain rate.
    expect(track.cues.map((c) => [c.startMs, c.endMs])).toEqual([[0, 3200], [8000, 9000], [10000, 11000]]);
  });

  test('a time running backwards is reported at its line, and the times stay in order', () => {
    const track = read('Ana Reyes (00:10):\nOne two.\n\nBo Lund (00:30):\nThree four.\n\nAna Reyes (00:20):\nFive six.\n\nBo Lund (00:40):\nSeven.\n');
    expect(track.diagnostics).toContainEqual({ severity: 'warning', line: 7, message: expect.stringContaining('time runs backwards: 00:20 comes after 00:30 (line 4)') });
    const starts = track.cues.map((c) => c.startMs);
    // The paragraph whose time ran backwards follows the one before it: 2 + 2 words at the slow rate from 00:30.
    expect(starts).toEqual([10000, 30000, 31600, 40000]);
    expect(track.cues.map((c) => c.text)).toEqual(['One two.', 'Three four.', 'Five six.', 'Seven.']);
  });
});

describe('speaker labels written inline (Descript, Sonix): decided once for the file', () => {
  /** Each line's text after its time, as this test reads it. */
  const afterTime = (text: string): string[] => text.trim().split('\n').filter((l) => l !== '').map((l) => l.replace(/^\[[\d:]+\] /, ''));

  test('a Descript export without speaker labels: a colon early in a paragraph is text, every paragraph is read whole with no speaker', () => {
    const text = [
      '[00:00:02] Welcome back to the garden hour, with a question from a listener about bees.',
      '[00:00:09] Here is the plan for today: hives on a roof, and what they need.',
      '[00:00:17] The answer is simple: water, shade and a strap against the wind.',
      '[00:00:25] Most people forget the water, and the bees go to the gutters instead.',
      '[00:00:31] Tuesday: we talk about lime trees.',
      '[00:00:36] Thanks for listening, and see you next week.',
    ].join('\n\n');
    const track = read(text);
    expect(track.cues.map((c) => c.speaker)).toEqual([null, null, null, null, null, null]);
    expect(track.cues.map((c) => c.text)).toEqual(afterTime(text));
    expect(track.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(track.diagnostics).toContainEqual({ severity: 'info', line: 3, message: expect.stringContaining('without speaker labels') });
  });

  test('the Descript fixture exported without speaker labels: every paragraph whole, no speaker, no warning', () => {
    const file = 'descript/garden-hour-no-labels.txt';
    const text = readFileSync(path.join(FIXTURES, file), 'utf8');
    const track = ingestCaptions(Buffer.from(text), { fileName: file });
    expect(track.format).toBe('timed-transcript');
    expect(track.cues.map((c) => c.text)).toEqual(afterTime(text));
    expect(track.cues.every((c) => c.speaker === null)).toBe(true);
    expect(track.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  test('labels that open most paragraphs are names whatever their shape, also one said once', () => {
    const track = read('[00:00:01] host: Welcome to the show.\n[00:00:05] guest: Thanks for having me.\n[00:00:09] host: Shall we begin?\n[00:00:12] dev: I can start.\n[00:00:15] guest: Go ahead.\n');
    expect(track.cues.map((c) => c.speaker)).toEqual(['host', 'guest', 'host', 'dev', 'guest']);
    expect(track.cues.map((c) => c.text)).toEqual(['Welcome to the show.', 'Thanks for having me.', 'Shall we begin?', 'I can start.', 'Go ahead.']);
  });

  test('in a labelled export, a paragraph that opens with a sentence and a colon names no speaker: its text is whole and it continues the turn', () => {
    const track = read('[00:00:01] Ana Reyes: Hello there.\n[00:00:04] Bo Lund: Hi, Ana.\n[00:00:06] The answer is simple: bees need water.\n[00:00:09] Ana Reyes: Thank you.\n');
    expect(track.cues.map((c) => [c.speaker, c.turnStart === true])).toEqual([['Ana Reyes', true], ['Bo Lund', true], ['Bo Lund', false], ['Ana Reyes', true]]);
    expect(track.cues[2]!.text).toBe('The answer is simple: bees need water.');
    expect(track.diagnostics).toContainEqual({ severity: 'warning', line: 3, message: expect.stringContaining('names no speaker') });
  });

  test("Sonix's \"Name: [time]\": a label that is a sentence is put back into the text; with no name anywhere, no speaker", () => {
    const mixed = read('Ana Reyes: [00:00:01] Hello there.\n\nBo Lund: [00:00:04] Hi, Ana.\n\nHere is the plan for today: [00:00:06] hives and water.\n\nAna Reyes: [00:00:09] Thank you.\n');
    expect(mixed.cues.map((c) => [c.speaker, c.turnStart === true])).toEqual([['Ana Reyes', true], ['Bo Lund', true], ['Bo Lund', false], ['Ana Reyes', true]]);
    expect(mixed.cues[2]!.text).toBe('Here is the plan for today: hives and water.');
    const none = read('Here is the plan: [00:00:01] hives first.\n\nThe answer is simple: [00:00:04] water.\n\nand then the rest: [00:00:08] shade.\n');
    expect(none.cues.map((c) => [c.speaker, c.text])).toEqual([[null, 'Here is the plan: hives first.'], [null, 'The answer is simple: water.'], [null, 'and then the rest: shade.']]);
  });
});

describe('a break in the meeting', () => {
  // One layout of each kind: a header line of its own with times from the start (Otter), with
  // times of day (Zoom), and the paragraph on the header's line (Descript).
  const BREAKS: Record<string, string> = {
    otter: 'Ana Reyes  0:03\nLet us stop here for twenty minutes.\n\nBo Lund  0:06\nAgreed, see you soon.\n\nAna Reyes  20:15\nWelcome back, everyone.\n\nBo Lund  20:19\nThank you.\n',
    zoom: '[Ana Reyes] 10:00:03\nLet us stop here for twenty minutes.\n\n[Bo Lund] 10:00:06\nAgreed, see you soon.\n\n[Ana Reyes] 10:20:15\nWelcome back, everyone.\n\n[Bo Lund] 10:20:19\nThank you.\n',
    descript: '[00:00:03] Ana Reyes: Let us stop here for twenty minutes.\n[00:00:06] Bo Lund: Agreed, see you soon.\n[00:20:15] Ana Reyes: Welcome back, everyone.\n[00:20:19] Bo Lund: Thank you.\n',
  };

  test.each(Object.entries(BREAKS))('%s: the paragraph before a 20-minute break ends after its words, and no cue is implausibly long', (_layout, text) => {
    const track = read(text);
    const before = track.cues[1]!;
    // "Agreed, see you soon." is 4 words: at most 3.2 s at the slow rate, then silence until the next paragraph.
    expect(before.endMs - before.startMs).toBe(4 * SLOW_SPEAKING_MS_PER_WORD);
    expect(track.cues[2]!.startMs - before.endMs).toBeGreaterThan(19 * 60_000);
    track.cues.forEach((c, i) => {
      expect(c.endMs).toBeGreaterThan(c.startMs);
      if (i > 0) expect(c.startMs).toBeGreaterThanOrEqual(track.cues[i - 1]!.endMs);
    });
    expect(checkTrackPlausibility(track, 'export.txt')).toEqual([]);
  });

  test('a paragraph before a pause shorter than its words at the slow rate still ends where the next starts', () => {
    // 8 words would take 6.4 s at the slow rate; the next paragraph starts 5 s later.
    const track = read('Ana Reyes  0:00\none two three four five six seven eight\n\nBo Lund  0:05\nnine.\n');
    expect(track.cues[0]!.endMs).toBe(5000);
  });

  test('the pauses left as silence are noted once, at the first, with the longest', () => {
    // Bo's paragraph before the break, and Ana's "Welcome back, everyone." (2.4 s, then 1.6 s to the next).
    const track = read(BREAKS.otter!);
    const notes = track.diagnostics.filter((d) => d.message.includes('pause'));
    expect(notes).toEqual([{ severity: 'info', line: 4, message: expect.stringMatching(/^2 paragraphs end before .* the paragraph of line 4, lasts 00:20:05\)$/) }]);
  });
});

describe('broken lines are reported, never dropped in silence', () => {
  test('a paragraph with no speaker line is a warning naming its line; its words stay, in the paragraph before', () => {
    const track = read('Ana Reyes  0:01\nFirst paragraph.\n\nNo header above this one.\n\nBo Lund  0:09\nReply.\n');
    expect(track.diagnostics).toContainEqual({ severity: 'warning', line: 4, message: expect.stringContaining("no speaker line") });
    expect(track.cues.map((c) => c.text)).toEqual(['First paragraph. No header above this one.', 'Reply.']);
  });

  test('a speaker line with no text is a warning; its time still ends the paragraph before', () => {
    const track = read('Ana Reyes  0:01\nFirst paragraph.\n\nBo Lund  0:02\n\nAna Reyes  0:12\nAgain.\n');
    expect(track.diagnostics).toContainEqual({ severity: 'warning', line: 4, message: expect.stringContaining('no text') });
    expect(track.cues.map((c) => [c.speaker, c.startMs, c.endMs])).toEqual([['Ana Reyes', 1000, 2000], ['Ana Reyes', 12000, 13000]]);
  });

  test('a paragraph that names no speaker among named ones is a warning; with none named, one note', () => {
    const mixed = read('[00:00:01] Ana Reyes: Hello there.\n[00:00:04] who said this\n[00:00:06] Bo Lund: Me.\n');
    expect(mixed.diagnostics).toContainEqual({ severity: 'warning', line: 2, message: expect.stringContaining('names no speaker') });
    expect(mixed.cues.map((c) => c.text)).toEqual(['Hello there.', 'who said this', 'Me.']);
    const unnamed = read('[00:00:01] Hello there, welcome.\n[00:00:04] Thanks, good to be here.\n[00:00:06] Shall we start?\n');
    expect(unnamed.cues.map((c) => c.speaker)).toEqual([null, null, null]);
    expect(unnamed.diagnostics.filter((d) => d.severity === 'warning')).toEqual([]);
    expect(unnamed.diagnostics).toContainEqual({ severity: 'info', line: 1, message: expect.stringContaining('no paragraph names its speaker') });
  });

  test('the title and the service footer are reported as not speech', () => {
    const track = read(readFileSync(path.join(FIXTURES, SERVICES.otter!.file), 'utf8'));
    expect(track.diagnostics).toContainEqual({ severity: 'info', line: 1, message: expect.stringContaining('"Library Friends planning call"') });
    expect(track.diagnostics).toContainEqual({ severity: 'info', line: 36, message: expect.stringContaining('footer') });
  });
});

describe('detection', () => {
  test('a plain .txt with no timed paragraphs is refused with a clear error naming the file', () => {
    const prose = 'Minutes of the garden committee\n\nWe met at 10:30 in the hall.\nThe next meeting is on Friday at  18:00\n';
    expect(() => read(prose, 'minutes.txt')).toThrow(CaptionInputError);
    expect(() => read(prose, 'minutes.txt')).toThrow(/minutes\.txt.*not a caption format recap reads/);
    // One header alone could be chance: two are needed.
    expect(() => read('Ana Reyes  0:01\nHello.\n', 'one.txt')).toThrow(/not a caption format/);
  });

  test('other formats keep their readers: SRT and WebVTT with names, LRC lyrics, SBV', () => {
    const srt = '1\n00:00:01,000 --> 00:00:02,000\nAna Reyes: hello\n\n2\n00:00:03,000 --> 00:00:04,000\nBo Lund: hi\n';
    expect(detectFormat(srt, 'zoom.txt')?.id).toBe('srt');
    expect(detectFormat(`WEBVTT\n\n${srt}`, 'zoom.txt')?.id).toBe('webvtt');
    expect(detectFormat('[00:12.00]Singer: la la\n[00:15.50]Singer: la\n[00:18.00]Choir: oh\n', 'song.lrc')?.id).toBe('lrc');
    expect(detectFormat('[00:12.00] Singer: la la\n[00:15.50] Singer: la\n[00:18.00] Choir: oh\n', 'song.txt')?.id).toBe('lrc');
    expect(detectFormat('0:00:01.000,0:00:02.000\nAna: hi\n\n0:00:03.000,0:00:04.000\nBo: yo\n', 'a.sbv')?.id).toBe('sbv');
  });

  test("Descript's lines, which LRC's pattern also accepts, are a timed transcript", () => {
    const text = readFileSync(path.join(FIXTURES, SERVICES.descript!.file), 'utf8');
    expect(detectFormat(text, 'podcast.txt')?.id).toBe('timed-transcript');
    expect(detectFormat(text, 'podcast.lrc')?.id).toBe('timed-transcript');
  });
});
