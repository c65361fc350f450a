import { describeFormatWalk } from '../helpers/format-walk';
import { ingestCaptions } from '../../src/formats/ingest';
import { microdvd } from '../../src/formats/microdvd';
import { readMicroDvd } from '../../src/formats/microdvd/read';
import { sbv } from '../../src/formats/sbv';
import { srt } from '../../src/formats/srt';
import { UnreadableCaptions } from '../../src/formats/types';
import { checkReaderProperties } from '../helpers/reader-properties';

describe('MicroDVD reader', () => {
  test('without a rate line, 25 fps is assumed and said', () => {
    const { cues, diagnostics } = readMicroDvd('{0}{25}Hello|world\n{50}{100}{y:i}Second\n');
    expect(cues.map((c) => [c.startMs, c.endMs, c.spans[0]!.text, c.line])).toEqual([[0, 1000, 'Hello\nworld', 1], [2000, 4000, 'Second', 2]]);
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'info', line: 1, message: expect.stringContaining('25 fps assumed') })]);
  });

  test('a {1}{1}23.976 first line sets the rate and is not a cue', () => {
    const { cues, diagnostics } = readMicroDvd('{1}{1}23.976\n{24}{48}{Y:b,u}{c:$0000ff}Text\n');
    expect(cues).toEqual([{ id: '', startMs: 1001, endMs: 2002, spans: [{ text: 'Text' }], line: 2 }]);
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'info', line: 1, message: expect.stringContaining('23.976 fps') })]);
  });

  test('times are ms, not the 1000-times-smaller values of subsrt-ts', () => {
    const { cues } = readMicroDvd('{14975}{104000}Hi\n');
    expect([cues[0]!.startMs, cues[0]!.endMs]).toEqual([599000, 4160000]);
  });

  test('bad lines are reported with their line; an empty end frame runs to the next cue', () => {
    const { cues, diagnostics } = readMicroDvd('{230}{307}( clock ticking )\n{}{425}{567} MAN:|When\nplain text\n{425}{}Open\n{500}{550}Next\n');
    expect(cues.map((c) => [c.line, c.startMs, c.endMs])).toEqual([[1, 9200, 12280], [4, 17000, 20000], [5, 20000, 22000]]);
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.line)).toEqual([2, 3]);
  });

  test('HTML formatting tags go, other angle-bracket text stays', () => {
    expect(readMicroDvd('{0}{10}<i>Quiet</i> <LAUGHING & WHOOPS!>\n').cues[0]!.spans[0]!.text).toBe('Quiet <LAUGHING & WHOOPS!>');
  });

  test('no cue line at all is unreadable', () => {
    expect(() => readMicroDvd('just text\n')).toThrow(UnreadableCaptions);
  });

  test('ingest: a .sub with MicroDVD content is MicroDVD, not SubViewer', () => {
    const text = '{1}{1}25\n{25}{50}One\n';
    expect(ingestCaptions(Buffer.from(text), { fileName: 'movie.sub' }).format).toBe('microdvd');
    expect(sbv.sniff(text)).toBe(0);
  });

  test('sniff: a {0}{25} first line is unmistakable; SRT is not claimed', () => {
    expect(microdvd.sniff('{0}{25}Hello\n')).toBeGreaterThanOrEqual(0.9);
    const srtText = '1\n00:00:01,000 --> 00:00:02,000\n{0}{25} odd\n';
    expect(microdvd.sniff(srtText)).toBeLessThan(srt.sniff(srtText));
  });

  checkReaderProperties(microdvd, ['{', '}', '{0}', '{25}', '{1}{1}23.976', '{1}{1}0', '{}', '{y:i}', '|', '\n', 'text', '999999999999']);
});

/** Cue lines found with one regular expression, without a leading {1}{1}<rate> line, with some text. */
function independentCues(text: string): Array<{ startFrame: number; text: string }> {
  const out: Array<{ startFrame: number; text: string }> = [];
  let seenCue = false;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const m = /^\s*\{(\d+)\}\{(\d*)\}(.*)$/.exec(line);
    if (!m) continue;
    const isRate = !seenCue && Number(m[1]) <= 1 && m[2] !== '' && Number(m[2]) <= 1 && /^\s*\d+(?:[.,]\d+)?\s*$/.test(m[3]!);
    seenCue = true;
    const body = m[3]!.replace(/\{[A-Za-z]:[^}]*\}/g, '').replace(/\|/g, ' ');
    if (isRate || body.trim() === '') continue;
    out.push({ startFrame: Number(m[1]), text: body });
  }
  return out;
}

describeFormatWalk('MicroDVD', ['microdvd'], (text) => {
  // The frame rate: a "{1}{1}23.976" line, else the 25 fps recap assumes.
  const fps = Number(/^\s*\{[01]\}\{[01]\}\s*(\d+(?:\.\d+)?)/.exec(text)?.[1] ?? 25);
  return independentCues(text).map((c) => ({ startMs: Math.round((c.startFrame * 1000) / fps), text: c.text }));
});
