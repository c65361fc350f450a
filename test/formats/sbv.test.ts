import { ingestCaptions } from '../../src/formats/ingest';
import { readSbv } from '../../src/formats/sbv/read';

describe('SubViewer (.sbv)', () => {
  test('cues, [br] line breaks and HTML-like tags', () => {
    const { cues, diagnostics } = readSbv('0:00:01.000,0:00:02.500\nHello<i>!</i>[br]Second line\n\n0:00:03.000,0:00:04.000\nThird\n');
    expect(cues.map((c) => [c.startMs, c.endMs, c.spans[0]!.text, c.line])).toEqual([
      [1000, 2500, 'Hello!\nSecond line', 1],
      [3000, 4000, 'Third', 4],
    ]);
    expect(diagnostics).toEqual([]);
  });

  test('an unusual timing line (three-digit hours, ";", short fraction) keeps its text, with a warning; trailing space is no matter', () => {
    const text = '0:00:01.000,0:00:02.000 \nHello there\n\n100:00:03.000,100:00:04.000\nLong file\n\n0:00:05.000;0:00:06.5\nSemicolon\n\n0:00:07.000,0:00:08.000\nPlain\n';
    const { cues, diagnostics } = readSbv(text);
    expect(cues.map((c) => [c.startMs, c.endMs, c.spans[0]!.text])).toEqual([
      [1000, 2000, 'Hello there'],
      [360003000, 360004000, 'Long file'],
      [5000, 6500, 'Semicolon'],
      [7000, 8000, 'Plain'],
    ]);
    expect(diagnostics.map((d) => [d.severity, d.line])).toEqual([['warning', 4], ['warning', 7]]);
    expect(diagnostics[0]!.message).toBe('cue read despite an unusual timing line (SubViewer\'s is H:MM:SS.mmm,H:MM:SS.mmm): "100:00:03.000,100:00:04.000"');
  });

  test('a timing line with no text is an empty cue, noted by ingest', () => {
    const track = ingestCaptions(Buffer.from('0:00:01.000,0:00:02.000\n\n0:00:03.000,0:00:04.000\nWords\n'), { fileName: 'x.sbv' });
    expect(track.cues.map((c) => c.text)).toEqual(['', 'Words']);
    expect(track.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', line: 1, message: 'cue has no text' })]);
  });

  test('blocks that are not cues are reported at their line', () => {
    const { cues, diagnostics } = readSbv('0:00:01.000,0:00:02.000\nOne\n\nstray text\n\n0:75:00.000,0:76:00.000\nBad minutes\n');
    expect(cues).toHaveLength(1);
    expect(diagnostics.map((d) => [d.severity, d.line, d.message.split(':')[0]])).toEqual([
      ['error', 4, 'text outside any cue, not read'],
      ['error', 6, 'cue not read'],
    ]);
  });
});
