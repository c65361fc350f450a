import { describeFormatWalk } from '../helpers/format-walk';
import { ass } from '../../src/formats/ass';
import { readAss } from '../../src/formats/ass/read';
import { ingestCaptions } from '../../src/formats/ingest';
import { ssa } from '../../src/formats/ssa';
import { readSsa } from '../../src/formats/ssa/read';
import { srt } from '../../src/formats/srt';
import { UnreadableCaptions } from '../../src/formats/types';
import { webvtt } from '../../src/formats/webvtt';
import { CaptionInputError } from '../../src/model/errors';
import { checkReaderProperties } from '../helpers/reader-properties';

const ASS = `[Script Info]
ScriptType: v4.00+
Title: test

[V4+ Styles]
Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding
Style: Default,Arial,20,&H00FFFFFF,&H000000FF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,2,2,2,10,10,10,1

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Dialogue: 0,0:00:01.18,0:00:06.85,Default,,0,0,0,,{\\pos(400,570)}Like an angel, with pity\\Non nobody
Comment: 0,0:00:07.00,0:00:08.00,Default,,0,0,0,,a note for the translator
Dialogue: 0,0:00:07.00,0:00:09.50,Default,Alice,0,0,0,,{\\i1}Italic{\\i0} and {\\b1}bold{\\b0}, too
Dialogue: 0,0:01:02.03,0:01:04.00,Default, Bob ,0,0,0,,Yes.
`;

describe('ASS reader', () => {
  test('keeps the first character of each text and removes override tags', () => {
    const { cues, diagnostics } = readAss(ASS);
    expect(cues.map((c) => c.spans[0]!.text)).toEqual(['Like an angel, with pity\non nobody', 'Italic and bold, too', 'Yes.']);
    expect(diagnostics).toEqual([]);
  });

  test('reads times in integer ms, lines 1-based, Comment lines are not cues', () => {
    const { cues } = readAss(ASS);
    expect(cues.map((c) => [c.startMs, c.endMs, c.line])).toEqual([[1180, 6850, 11], [7000, 9500, 13], [62030, 64000, 14]]);
  });

  test('the Name column becomes the voice when not empty', () => {
    const { cues } = readAss(ASS);
    expect(cues.map((c) => c.spans[0]!.voice)).toEqual([undefined, 'Alice', 'Bob']);
    const track = ingestCaptions(Buffer.from(ASS), { fileName: 'talk.ass' });
    expect(track.format).toBe('ass');
    expect(track.cues.map((c) => c.speaker)).toEqual([null, 'Alice', 'Bob']);
  });

  test('a three-digit fraction is milliseconds (some tools read ".766" as 7.66 s), and reported as unusual', () => {
    const text = '[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\nDialogue: 0,0:00:00.00,0:00:03.766,Default,,0,0,0,,Hello\n';
    const { cues, diagnostics } = readAss(text);
    expect(cues[0]!.endMs).toBe(3766);
    expect(diagnostics).toEqual([{ severity: 'warning', line: 3, message: 'dialogue read despite unusual timing (ASS and SSA write H:MM:SS.cc) "0:00:00.00 0:00:03.766"' }]);
  });

  test('SSA v4 events ("Marked=0") and an Actor column', () => {
    const text = '[Script Info]\nScriptType: v4.00\n\n[Events]\nFormat: Marked, Start, End, Style, Actor, MarginL, MarginR, MarginV, Effect, Text\nDialogue: Marked=0,0:00:02.00,0:00:03.00,Default,Narrator,0000,0000,0000,,Once upon a time\n';
    const { cues } = readSsa(text);
    expect(cues).toEqual([{ id: '', startMs: 2000, endMs: 3000, spans: [{ text: 'Once upon a time', voice: 'Narrator' }], line: 6 }]);
  });

  test('every Dialogue line that cannot be read is reported with its line', () => {
    const text = [
      '[Events]',
      'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
      'Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,Good',
      'Dialogue: 0,0:00:xx.00,0:00:04.00,Default,,0,0,0,,Bad time',
      'Dialogue: 0,0:00:05.00,0:00:06.00,Default',
      'Not a script line',
      'Dialogue: 0,0:00:07.00,0:00:08.00,Default,,0,0,0,,{\\pos(1,2)}',
      'Dialogue: 0,0:00:09.00,0:00:10.00,Default,,0,0,0,,Also good',
    ].join('\n');
    const { cues, diagnostics } = readAss(text);
    expect(cues.map((c) => c.line)).toEqual([3, 8]);
    expect(diagnostics.map((d) => [d.severity, d.line])).toEqual([['error', 4], ['error', 5], ['warning', 6], ['info', 7]]);
    expect(diagnostics[0]!.message).toContain('malformed time');
    expect(diagnostics[1]!.message).toContain('fields');
  });

  test('a time of another shape that recap can read is kept, with a warning', () => {
    const text = '[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\nDialogue: 0,0:00:01.0000,0:00:02.00,Default,,0,0,0,,Four digits\n';
    const { cues, diagnostics } = readAss(text);
    expect(cues).toHaveLength(1);
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', line: 3 })]);
  });

  test('indented lines, no Format line, and vector drawings', () => {
    const text = '  [Events]\n  Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,{\\p1}m 0 0 l 100 0 100 100{\\p0}Words\n';
    const { cues, diagnostics } = readAss(text);
    expect(cues.map((c) => c.spans[0]!.text)).toEqual(['Words']);
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', line: 2, message: expect.stringContaining('Format') })]);
  });

  test('a script without Dialogue lines is unreadable', () => {
    expect(() => readAss('[Script Info]\nTitle: x\n\n[Events]\nFormat: Layer, Start, End, Text\n')).toThrow(UnreadableCaptions);
    expect(() => ingestCaptions(Buffer.from('[Script Info]\n[Events]\n'), { fileName: 'x.ass' })).toThrow(CaptionInputError);
  });

  test('sniff: [Script Info] is ASS or SSA by its ScriptType, and other formats are not claimed', () => {
    const v4 = ASS.replace('v4.00+', 'v4.00').replace('[V4+ Styles]', '[V4 Styles]');
    expect(ass.sniff(ASS)).toBeGreaterThanOrEqual(0.9);
    expect(ssa.sniff(ASS)).toBeLessThan(ass.sniff(ASS));
    expect(ssa.sniff(v4)).toBeGreaterThanOrEqual(0.9);
    expect(ass.sniff(v4)).toBeLessThan(ssa.sniff(v4));
    const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nDialogue: hello\n';
    const srtText = '1\n00:00:01,000 --> 00:00:02,000\n[Events]\n';
    for (const text of [vtt, srtText]) {
      expect(ass.sniff(text)).toBe(0);
      expect(ssa.sniff(text)).toBe(0);
    }
    expect(webvtt.sniff(vtt)).toBe(1);
    expect(srt.sniff(srtText)).toBe(0.9);
  });

  checkReaderProperties(ass, ['[Script Info]\n', '[Events]\n', 'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n', 'Format: Start, Text\n', 'Dialogue: ', 'Comment: ', '0,', '0:00:01.00,', '99:99:99.999,', ',', '{\\i1}', '{', '}', '\\N', '\n', 'Marked=0,']);
});

/** Times "H:MM:SS.cc" as ms, by a plain split (not recap's clock parser). */
function assTimeMs(text: string): number {
  const [h, m, s] = text.trim().split(':');
  return Math.round((Number(h) * 3600 + Number(m) * 60 + Number(s)) * 1000);
}

/** Dialogue lines with some text, counted from the file with its own Format line. */
function independentDialogues(text: string): Array<{ startMs: number; endMs: number; text: string }> {
  const lines = text.split(/\r\n|\r|\n/);
  const format = lines.find((l) => /^\s*Format:.*\bText\s*$/i.test(l) && /\bStart\b/i.test(l));
  const columns = (format ?? 'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text').replace(/^\s*Format:/i, '').split(',').map((c) => c.trim().toLowerCase());
  const out: Array<{ startMs: number; endMs: number; text: string }> = [];
  for (const line of lines) {
    const m = /^\s*Dialogue:\s*(.*)$/i.exec(line);
    if (!m) continue;
    const values = m[1]!.split(',');
    const body = values.slice(columns.length - 1).join(',').replace(/\{[^}]*\}/g, '').replace(/\\[Nnh]/g, ' ');
    if (body.trim() === '') continue;
    out.push({ startMs: assTimeMs(values[columns.indexOf('start')]!), endMs: assTimeMs(values[columns.indexOf('end')]!), text: body });
  }
  return out;
}

describeFormatWalk('ASS/SSA', ['ass', 'ssa'], independentDialogues);
