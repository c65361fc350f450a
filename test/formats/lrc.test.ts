import { describeFormatWalk } from '../helpers/format-walk';
import { ingestCaptions } from '../../src/formats/ingest';
import { lrc } from '../../src/formats/lrc';
import { readLrc } from '../../src/formats/lrc/read';
import { srt } from '../../src/formats/srt';
import { UnreadableCaptions } from '../../src/formats/types';
import { webvtt } from '../../src/formats/webvtt';
import { checkReaderProperties } from '../helpers/reader-properties';

const LRC = `[ar:Someone]
[ti:A song]
[length: 03:20]

[00:12.00]First line
[00:15.30]Second line
[00:18.5][01:02.25]Chorus goes here
[00:21.00]
[00:40.123]Fourth line
`;

describe('LRC reader', () => {
  test('each time tag makes a cue; the second and later lines keep their times', () => {
    const { cues } = readLrc(LRC);
    expect(cues.map((c) => [c.startMs, c.endMs, c.spans[0]!.text, c.line])).toEqual([
      [12000, 15300, 'First line', 5],
      [15300, 18500, 'Second line', 6],
      [18500, 21000, 'Chorus goes here', 7],
      [40123, 62250, 'Fourth line', 9],
      [62250, 65250, 'Chorus goes here', 7],
    ]);
  });

  test('ID tags are not cues; an empty timed line only ends the line before', () => {
    const { cues, diagnostics } = readLrc(LRC);
    expect(cues.some((c) => c.spans.some((s) => s.text.includes('Someone')))).toBe(false);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  test('the last line is given 3 s, and says so', () => {
    const { diagnostics } = readLrc(LRC);
    expect(diagnostics).toContainEqual(expect.objectContaining({ severity: 'info', line: 7, message: expect.stringContaining('3 s') }));
  });

  test('[offset:] moves every time (positive = sooner)', () => {
    const { cues, diagnostics } = readLrc('[offset:+500]\n[00:01.00]One\n[00:02.00]Two\n');
    expect(cues.map((c) => [c.startMs, c.endMs])).toEqual([[500, 1500], [1500, 4500]]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ severity: 'info', line: 1 }));
  });

  test('enhanced LRC word times become timed spans', () => {
    const { cues } = readLrc('[00:10.00]<00:10.00>Hello <00:10.80>world<00:11.50>\n');
    expect(cues[0]!.spans).toEqual([{ text: 'Hello ', atMs: 10000 }, { text: 'world', atMs: 10800 }]);
  });

  test('bad time tags and untimed text are reported with their line', () => {
    const { cues, diagnostics } = readLrc('[00:01.00]Good\n[00:7x.00]Bad tag\nno tag at all\n[Chorus]\n[00:03.00]Also good\n');
    expect(cues.map((c) => c.line)).toEqual([1, 5]);
    expect(diagnostics.filter((d) => d.severity !== 'info').map((d) => [d.severity, d.line])).toEqual([['error', 2], ['warning', 3], ['warning', 4]]);
  });

  test('no time tag at all is unreadable', () => {
    expect(() => readLrc('[ar:Someone]\n[ti:Nothing timed]\n')).toThrow(UnreadableCaptions);
  });

  test('ingest detects LRC and reads it', () => {
    const track = ingestCaptions(Buffer.from(LRC), { fileName: 'song.txt' });
    expect(track.format).toBe('lrc');
    expect(track.cues).toHaveLength(5);
  });

  test('sniff: LRC stays below signature formats and does not claim them', () => {
    expect(lrc.sniff(LRC)).toBeGreaterThan(0);
    expect(lrc.sniff(LRC)).toBeLessThan(0.9);
    const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n[00:01.00] said\n';
    const srtText = '1\n00:00:01,000 --> 00:00:02,000\n[00:01.00] said\n';
    expect(lrc.sniff(vtt)).toBeLessThan(webvtt.sniff(vtt));
    expect(lrc.sniff(srtText)).toBeLessThan(srt.sniff(srtText));
  });

  checkReaderProperties(lrc, ['[00:12.00]', '[01:02.5]', '[99:59.999]', '[ar:x]', '[offset:-300]', '[offset:abc]', '<00:12.50>', '[', ']', ':', '\n', 'la ']);
});

/** Timed lyrics lines found with one regular expression: one entry per time tag of a line with text. */
function independentLines(text: string): Array<{ startMs: number; text: string }> {
  const out: Array<{ startMs: number; text: string }> = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const m = /^\s*((?:\[\d+:\d{2}(?:\.\d+)?\])+)(.*)$/.exec(line);
    if (!m || m[2]!.trim() === '') continue;
    for (const tag of m[1]!.matchAll(/\[(\d+):(\d{2}(?:\.\d+)?)\]/g)) {
      out.push({ startMs: Math.round((Number(tag[1]) * 60 + Number(tag[2])) * 1000), text: m[2]! });
    }
  }
  return out.sort((a, b) => a.startMs - b.startMs);
}

describeFormatWalk('LRC', ['lrc'], independentLines);
