import { readFileSync } from 'fs';
import path from 'path';
import { ingestCaptions } from '../../src/formats/ingest';
import type { InputWarning } from '../../src/model/input-warning';
import type { Cue, Track } from '../../src/model/track';
import { BACKWARDS_TOLERANCE_MS, MAX_SOUND_CUE_MS, MAX_SPEECH_CUE_MS, MAX_TRACK_SPAN_MS } from '../../src/text/implausible-times';
import { checkTrackPlausibility } from '../../src/text/plausibility';
import { MAX_IDENTICAL_RUN, MIN_REPEAT_WORDS, REPEATED_SHARE } from '../../src/text/repeated-text';
import { corpusPath, describeCorpus } from '../helpers/shared-corpus';

const FILE = 'captions/main.vtt';

/** Cues of distinct sentences, 3 s each from 0, on lines 3, 7, 11... as a WebVTT file lays them out. */
function cues(texts: string[], step = 3_000): Cue[] {
  return texts.map((text, i) => ({ id: String(i + 1), startMs: i * step, endMs: i * step + step - 200, text, speaker: null, line: 3 + 4 * i }));
}

function track(list: Cue[]): Track {
  return { generator: 'test', format: 'webvtt', cues: list, diagnostics: [] };
}

/** Sentences that never repeat: "sentence 1 says word1 and more words", ... */
function distinct(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `sentence ${i} says word${i} and then word${i}b`);
}

function codes(warnings: InputWarning[]): string[] {
  return warnings.map((w) => w.code);
}

function only(warnings: InputWarning[]): InputWarning {
  expect(warnings).toHaveLength(1);
  return warnings[0]!;
}

describe('leftovers in the text', () => {
  test.each([
    ['timestamp-in-text', 'we <00:00:04.486>begin now', '<00:00:04.486>'],
    ['timestamp-in-text', 'hours too <1:02:03.4>ok', '<1:02:03.4>'],
    ['markup-in-text', 'we <c>begin</c> now', '<c>'],
    ['markup-in-text', 'a <c.colorE5E5E5>styled</c> word', '<c.colorE5E5E5>'],
    ['markup-in-text', '<font color="#ffff00">yellow</font>', '<font color="#ffff00">'],
    ['markup-in-text', '{\\an8}on top', '{\\a'],
    ['markup-in-text', 'words {\\i1}in italics', '{\\i'],
    ['entity-in-text', 'Q&amp;A session', '&amp;'],
    ['entity-in-text', 'Carlos Far&#237;as', '&#237;'],
    ['entity-in-text', 'hex &#xED; too', '&#xED;'],
    ['timing-in-text', '00:00:05.000 --> 00:00:07.000', '-->'],
  ])('%s: %j', (code, text, found) => {
    const list = cues([...distinct(5), text, ...distinct(3)]);
    const w = only(checkTrackPlausibility(track(list), FILE));
    expect(w).toMatchObject({ code, file: FILE, line: list[5]!.line, value: 1 });
    expect(w.message).toContain(`1 of 9 cues`);
    expect(w.message).toContain(JSON.stringify(found).slice(0, -1));
  });

  test('each cue is counted, the first one is named', () => {
    const list = cues(['one &amp; two', ...distinct(3), 'three &lt; four']);
    expect(only(checkTrackPlausibility(track(list), FILE))).toMatchObject({ code: 'entity-in-text', line: list[0]!.line, value: 2 });
  });

  test.each([
    ['angle brackets captioners write as text', 'he said <LAUGHS> and <inaudible> then'],
    ['a comparison', 'if x < 3 and y > 2 we vote'],
    ['an ampersand that is no reference', 'AT&T; R&D and Q&A'],
    ['braces without an override', 'the set {a, b} and {\\} nothing'],
    ['an arrow of another length', 'go -> there, or <-- back'],
  ])('no warning for %s', (_what, text) => {
    expect(checkTrackPlausibility(track(cues([...distinct(3), text])), FILE)).toEqual([]);
  });
});

describe('implausible times', () => {
  test('a cue with words longer than the limit; a sound-only cue may be longer', () => {
    const list = cues(distinct(4));
    list[1] = { ...list[1]!, endMs: list[1]!.startMs + MAX_SPEECH_CUE_MS + 1 };
    list[2] = { ...list[2]!, text: '[MUSIC]', nonSpeech: true, endMs: list[2]!.startMs + MAX_SPEECH_CUE_MS * 2 };
    expect(only(checkTrackPlausibility(track(list), FILE))).toMatchObject({ code: 'cue-too-long', line: list[1]!.line, value: MAX_SPEECH_CUE_MS + 1 });
    list[1] = { ...list[1]!, endMs: list[1]!.startMs + MAX_SPEECH_CUE_MS };
    expect(checkTrackPlausibility(track(list), FILE)).toEqual([]);
    list[2] = { ...list[2]!, endMs: list[2]!.startMs + MAX_SOUND_CUE_MS + 1 };
    expect(only(checkTrackPlausibility(track(list), FILE))).toMatchObject({ code: 'cue-too-long', line: list[2]!.line });
  });

  test('captions spanning more than a day (a 26-hour session)', () => {
    const list = cues(distinct(4));
    const late = 26 * 3_600_000;
    list[3] = { ...list[3]!, startMs: late, endMs: late + 2_000 };
    const w = only(checkTrackPlausibility(track(list), FILE));
    expect(w).toMatchObject({ code: 'track-too-long', line: list[3]!.line, value: late + 2_000 });
    expect(w.message).toContain('26 hours');
    list[3] = { ...list[3]!, startMs: MAX_TRACK_SPAN_MS - 2_000, endMs: MAX_TRACK_SPAN_MS };
    expect(checkTrackPlausibility(track(list), FILE)).toEqual([]);
  });

  test('a cue starting well before the one above it; a small overlap is no jump', () => {
    const list = cues(distinct(6), 10_000);
    list[4] = { ...list[4]!, startMs: list[3]!.startMs - BACKWARDS_TOLERANCE_MS - 1, endMs: list[3]!.startMs };
    const w = only(checkTrackPlausibility(track(list), FILE));
    expect(w).toMatchObject({ code: 'time-backwards', line: list[4]!.line, value: BACKWARDS_TOLERANCE_MS + 1 });
    list[4] = { ...list[4]!, startMs: list[3]!.startMs - BACKWARDS_TOLERANCE_MS };
    expect(checkTrackPlausibility(track(list), FILE)).toEqual([]);
  });

  test('a file whose times run backwards is seen in its lines, though the reader sorted its cues by time', () => {
    // Written: 0 s (line 3), 20 s (line 7), 5 s (line 11), 25 s (line 15); sorted by time.
    const written = cues(distinct(4)).map((c, i) => ({ ...c, startMs: [0, 20_000, 5_000, 25_000][i]!, endMs: [0, 20_000, 5_000, 25_000][i]! + 2_000 }));
    const sorted = [...written].sort((a, b) => a.startMs - b.startMs);
    expect(only(checkTrackPlausibility(track(sorted), FILE))).toMatchObject({ code: 'time-backwards', line: 11, value: 15_000 });
  });
});

describe('repeated text', () => {
  /** 100 distinct 8-word lines, then `repeats` of them again further on (not next to each other). */
  function withRepeats(repeats: number): Cue[] {
    const texts = distinct(100);
    return cues([...texts, ...texts.slice(0, repeats).map((t, i) => (i % 2 === 0 ? t : `${t.toUpperCase()}!`))]);
  }

  test('more than the share of words in repeated lines is reported, case and punctuation ignored', () => {
    // 8 words a line: 6 repeated lines of 106 are 5.7%, 5 of 105 are 4.8%.
    const w = only(checkTrackPlausibility(track(withRepeats(6)), FILE));
    expect(w).toMatchObject({ code: 'repeated-text', line: withRepeats(6)[100]!.line });
    expect(w.value).toBeGreaterThan(REPEATED_SHARE * 100);
    expect(checkTrackPlausibility(track(withRepeats(5)), FILE)).toEqual([]);
  });

  test('short lines repeat in any meeting and do not count', () => {
    const short = Array.from({ length: MIN_REPEAT_WORDS - 1 }, (_, i) => `w${i}`).join(' ');
    const list = cues(distinct(40).flatMap((t) => [t, short]));
    expect(checkTrackPlausibility(track(list), FILE)).toEqual([]);
  });

  test('the same short cue over and over in a row (a recogniser\'s loop); a few in a row are a conversation', () => {
    const loop = (n: number) => cues([...distinct(30), ...Array.from({ length: n }, () => 'Thank you.'), ...distinct(30).map((t) => `${t} again`)]);
    const w = only(checkTrackPlausibility(track(loop(MAX_IDENTICAL_RUN)), FILE));
    expect(w).toMatchObject({ code: 'repeated-text', line: loop(MAX_IDENTICAL_RUN)[30]!.line, value: MAX_IDENTICAL_RUN });
    expect(w.message).toContain('10 cues in a row say the same ("Thank you.")');
    expect(checkTrackPlausibility(track(loop(MAX_IDENTICAL_RUN - 1)), FILE)).toEqual([]);
    // Spread out, the same reply is no run.
    expect(checkTrackPlausibility(track(cues(distinct(40).flatMap((t) => [t, 'Yeah.']))), FILE)).toEqual([]);
  });

  test('rolling captions whose repeats were left: each line shown twice', () => {
    const lines = distinct(60);
    const rolling = lines.slice(1).map((line, i) => `${lines[i]}\n${line}`);
    expect(codes(checkTrackPlausibility(track(cues(rolling)), FILE))).toEqual(['repeated-text']);
  });
});

describe('what the reader could not use', () => {
  const bad = 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nHello\n\n00:00:65.000 --> 00:01:10.000\nbad seconds\n\n00:01:00.000 --> 00:00:59.000\nbackwards\n';
  test('a cue the reader left out (a malformed timing line) and a cue that ends before it starts', () => {
    const t = ingestCaptions(Buffer.from(bad), { fileName: 'bad.vtt', strict: true });
    const warnings = checkTrackPlausibility(t, 'bad.vtt');
    expect(warnings.map((w) => [w.code, w.line, w.value])).toEqual([
      ['unread-input', 6, 1],
      ['cue-ends-before-start', 9, 1],
    ]);
    expect(warnings[0]!.message).toContain('malformed timing line');
  });

  test('a clean file gives neither', () => {
    expect(codes(checkTrackPlausibility(track(cues(distinct(20))), FILE))).toEqual([]);
  });
});

test('a live capture read as the wrong format (yt-dlp\'s segments, read as SRT) is reported, not published silently', () => {
  const segment = (mpegts: number, body: string) => `WEBVTT\nX-TIMESTAMP-MAP=LOCAL:00:00:00.000,MPEGTS:${mpegts}\n\n${body}`;
  const capture = [
    segment(900000, '00:00:00.000 --> 00:00:02.000 align:start position:0%\ngood<00:00:00.400><c> evening</c><00:00:00.800><c> everyone</c>\n\n00:00:02.000 --> 00:00:04.000 align:start position:0%\ngood evening everyone\nand<00:00:02.500><c> welcome</c>\n'),
    segment(1080000, '00:00:00.000 --> 00:00:02.000 align:start position:0%\nand welcome\nto<00:00:00.300><c> the</c><00:00:00.600><c> stream</c>\n'),
  ].join('\n');
  const t = ingestCaptions(Buffer.from(capture), { fileName: 'live.vtt', format: 'srt' });
  const warnings = checkTrackPlausibility(t, 'live.vtt');
  expect(warnings.map((w) => [w.code, w.line])).toEqual([
    // the segment headers are text outside any SRT cue
    ['unread-input', 1],
    ['timestamp-in-text', 4],
    ['time-backwards', 14],
  ]);
});

// Clean input must give no warning: a false alarm on it is a bug.
test('the fixture event\'s captions give no warning', () => {
  const file = path.resolve(__dirname, '../../fixtures/itu-forum-2021-04-23/captions/main.vtt');
  const t = ingestCaptions(readFileSync(file), { fileName: file });
  expect(checkTrackPlausibility(t, 'captions/main.vtt')).toEqual([]);
});

describeCorpus('real council captions', () => {
  test.each([
    'real-captions/cdp/boston-city-council-excerpt.vtt',
    'real-captions/cdp/oakland-special-concurrent-meeting-2022-08-09.vtt',
    'real-captions/cdp/seattle-council-briefing-2021-07-15-excerpt.vtt',
    'real-captions/cdp/seattle-council-briefing-2021-08-02.vtt',
    'meetings/council-huntsville/2026-06-01-city-council-huntsville-city-schools-joint-work-session/captions.vtt',
    'meetings/council-huntsville/2026-06-11-city-council-meeting/captions.vtt',
    'meetings/council-huntsville/2026-07-10-city-council-fy27-budget-work-session/captions.vtt',
    'meetings/council-huntsville/2026-04-09-city-council-meeting/whisper-medium.srt',
  ])('%s gives no warning', (name) => {
    const t = ingestCaptions(readFileSync(corpusPath(name)), { fileName: name });
    expect(checkTrackPlausibility(t, name)).toEqual([]);
  });
});
