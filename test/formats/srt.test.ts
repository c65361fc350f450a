import { readSrt } from '../../src/formats/srt/read';
import { ingestCaptions } from '../../src/formats/ingest';
import { writeSrt } from '../../src/formats/srt/write';
import { INGEST_GENERATOR, type Track } from '../../src/model/track';

const view = (text: string) => {
  const { cues, diagnostics } = readSrt(text);
  return {
    cues: cues.map((c) => [c.id, c.startMs, c.endMs, c.spans[0]!.text, c.line]),
    diagnostics: diagnostics.map((d) => [d.severity, d.line, d.message]),
  };
};

describe('SubRip reader (block by block)', () => {
  test('plain blocks: index, times, text without markup, line', () => {
    expect(view('1\n00:00:01,000 --> 00:00:02,500\n<i>Hello</i> &amp; welcome\nSecond line\n\n2\n00:00:03,000 --> 00:00:04,000\nNext\n')).toEqual({
      cues: [
        ['1', 1000, 2500, 'Hello & welcome\nSecond line', 1],
        ['2', 3000, 4000, 'Next', 6],
      ],
      diagnostics: [],
    });
  });

  test('a fraction of fewer than three digits is a decimal fraction (",5" is 500 ms)', () => {
    expect(view('1\n00:00:01,5 --> 00:00:02,25\nHalf a second\n').cues).toEqual([['1', 1500, 2250, 'Half a second', 1]]);
  });

  test('blank lines before the first block, and a zero-padded index', () => {
    expect(view('\n  \n007\n00:00:01,000 --> 00:00:02,000\nZero-padded index\n').cues).toEqual([['7', 1000, 2000, 'Zero-padded index', 3]]);
  });

  test('an indented index line and a "." before the fraction are usual enough: no warning', () => {
    expect(view('  12\n00:00:01.000 --> 00:00:02.000\nIndented\n')).toEqual({ cues: [['12', 1000, 2000, 'Indented', 1]], diagnostics: [] });
  });

  test('a timing line without fractions is read, and reported as unusual', () => {
    expect(view('1\n00:00:13 --> 00:00:16\nWhole seconds\n')).toEqual({
      cues: [['1', 13000, 16000, 'Whole seconds', 1]],
      diagnostics: [['warning', 2, 'cue read despite an unusual timing line (SubRip\'s is HH:MM:SS,mmm --> HH:MM:SS,mmm): "00:00:13 --> 00:00:16"']],
    });
  });

  test('white-space-only lines separate blocks; a last block without text is an empty cue', () => {
    expect(view('1\n00:00:01,000 --> 00:00:02,000\nOne\n \t \n2\n00:00:03,000 --> 00:00:04,000\nTwo\n\n3\n00:00:05,000 --> 00:00:06,000')).toEqual({
      cues: [
        ['1', 1000, 2000, 'One', 1],
        ['2', 3000, 4000, 'Two', 5],
        ['3', 5000, 6000, '', 9],
      ],
      diagnostics: [],
    });
  });

  test('unusual blocks are recovered or reported, each at its line', () => {
    const text = [
      '1\n100:00:01,000 --> 100:00:02,000\nLong file',
      '00:00:03,000 --> 00:00:04,000\nNo index',
      'stray text',
      '4\n00:00:05,000 --> 00:00:06,000 X1:10 X2:20\nPosition',
      '5\n00:0x:07,000 --> 00:00:08,000\nBad',
    ].join('\n\n');
    expect(view(text)).toEqual({
      cues: [
        ['1', 360001000, 360002000, 'Long file', 1],
        ['', 3000, 4000, 'No index', 5],
        ['4', 5000, 6000, 'Position', 10],
      ],
      diagnostics: [
        ['warning', 2, 'cue read despite an unusual timing line (SubRip\'s is HH:MM:SS,mmm --> HH:MM:SS,mmm): "100:00:01,000 --> 100:00:02,000"'],
        ['warning', 5, 'cue read despite no index line before the timing line'],
        ['error', 8, 'text outside any cue, not read: "stray text"'],
        ['warning', 11, 'cue read despite an unusual timing line (SubRip\'s is HH:MM:SS,mmm --> HH:MM:SS,mmm): "00:00:05,000 --> 00:00:06,000 X1:10 X2:20"'],
        ['error', 15, 'cue not read: malformed timing line "00:0x:07,000 --> 00:00:08,000"'],
      ],
    });
  });
});

describe('SRT speaker labels in all-capitals captions', () => {
  test('a label that tips the track into capitals is written in the CART form and read back', () => {
    // Without the label the text is mixed enough; with "CHAIR:" counted it is mostly capitals,
    // where a bare label is taken only when it recurs.
    const track = {
      generator: INGEST_GENERATOR, format: 'webvtt', encoding: 'utf-8', diagnostics: [],
      cues: [
        { id: '', startMs: 1, endMs: 1, text: "A. A' ’", speaker: null },
        { id: '', startMs: 2, endMs: 2, text: "AA' A AA A, AA A'\nAA A Aç .", speaker: 'CHAIR', turnStart: true },
        { id: '', startMs: 3, endMs: 3, text: 'A', speaker: null, turnStart: true },
      ],
    } satisfies Track;
    const srt = writeSrt(track);
    expect(srt).toContain('>> CHAIR: AA');
    const back = ingestCaptions(Buffer.from(srt), { fileName: 'caps.srt' });
    expect(back.cues.map((c) => [c.speaker, c.turnStart ?? false])).toEqual([[null, false], ['CHAIR', true], [null, true]]);
  });
});

describe('ASS codes kept in SRT files', () => {
  test('\\N is a line break and \\h a space, as libass-based players show them; other backslashes stay', () => {
    const srt = '1\n00:00:01,000 --> 00:00:03,000\nThe\\hline\\hwill\\hnot\\hbreak.\\NSecond line: \\TEST \\-)\n';
    const track = ingestCaptions(Buffer.from(srt), { fileName: 'ass-codes.srt' });
    expect(track.cues.map((c) => c.text)).toEqual(['The line will not break.\nSecond line: \\TEST \\-)']);
  });
});
