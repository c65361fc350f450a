import { ingestCaptions } from '../../src/formats/ingest';
import { formatById } from '../../src/formats/registry';
import { isRightToLeftTrack, rightToLeftLines } from '../../src/formats/right-to-left';
import type { Cue, Track } from '../../src/model/track';
import { stripBidiControls } from '../../src/text/bidi-controls';

/**
 * Right-to-left captions as the writers set them: WebVTT and SRT mark each line holding Arabic or
 * Hebrew letters (RLM, then the line in a right-to-left embedding), TTML says tts:direction="rtl"
 * with xml:lang; recap's readers read back the words without the marks.
 */

const RLM = '\u200F';
const RLE = '\u202B';
const PDF = '\u202C';

const cue = (id: string, startMs: number, text: string, extra: Partial<Cue> = {}): Cue => ({ id, startMs, endMs: startMs + 2500, text, speaker: null, ...extra });

const ARABIC: Track = {
  generator: 'test',
  format: 'webvtt',
  language: 'ar',
  cues: [
    cue('1', 0, 'مساء الخير، ومرحبا بكم في المنتدى.', { speaker: 'Ahmed Ali', turnStart: true }),
    cue('2', 3000, 'الموعد النهائي هو عام 2030.\nThank you.', { speaker: 'Ahmed Ali' }),
    cue('3', 6000, 'ITU هو الاتحاد الدولي للاتصالات.', { speaker: 'Laila Hassan', turnStart: true }),
  ],
  diagnostics: [],
};

const write = (id: string, track: Track = ARABIC, labelsInText = false) => formatById(id)!.write!(track, { labelsInText });
const read = (id: string, text: string) => ingestCaptions(Buffer.from(text), { fileName: `x.${formatById(id)!.extensions[0]!}` });

describe('right-to-left lines', () => {
  test('a line with right-to-left letters is marked; a line of Latin text is not', () => {
    expect(rightToLeftLines('>> Ahmed Ali: مرحبا.\nThank you.')).toBe(`${RLM}${RLE}>> Ahmed Ali: مرحبا.${PDF}\nThank you.`);
    expect(rightToLeftLines('שלום לכולם.')).toBe(`${RLM}${RLE}שלום לכולם.${PDF}`);
    // Arabic-Indic digits, the Arabic comma and signs have no direction of their own: nothing to set
    expect(rightToLeftLines('٢٠٣٠، ۩')).toBe('٢٠٣٠، ۩');
  });

  test('a track is right to left by its language, or by its letters where it declares none', () => {
    expect(isRightToLeftTrack(ARABIC)).toBe(true);
    expect(isRightToLeftTrack({ ...ARABIC, language: 'en' })).toBe(false);
    expect(isRightToLeftTrack({ cues: ARABIC.cues })).toBe(true);
    expect(isRightToLeftTrack({ cues: [cue('1', 0, 'We welcome أحمد to the forum today.')] })).toBe(false);
  });

  test.each(['webvtt', 'srt'])('%s: every Arabic line opens with RLM and an embedding, the Latin line is as it was', (id) => {
    const text = write(id);
    const lines = text.split('\n').filter((l) => /[\u0600-\u06FF]/.test(l));
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(line.replace(/^<v [^>]*>/, '').startsWith(`${RLM}${RLE}`)).toBe(true);
      expect(line.endsWith(PDF)).toBe(true);
    }
    expect(text).toContain('\nThank you.\n');
  });

  test.each(['webvtt', 'srt', 'ttml'])('%s: read back, the words and speakers are those written, without marks', (id) => {
    const back = read(id, write(id));
    expect(back.cues.map((c) => c.text)).toEqual(ARABIC.cues.map((c) => c.text));
    expect(back.cues.map((c) => c.speaker)).toEqual(['Ahmed Ali', 'Ahmed Ali', 'Laila Hassan']);
    expect(back.cues.some((c) => stripBidiControls(c.text) !== c.text)).toBe(false);
  });

  test('labels in the text (re-flowed captions) are read back after the marks', () => {
    const labelled: Track = { ...ARABIC, cues: [cue('1', 0, '>> Ahmed Ali: مساء الخير.', { speaker: 'Ahmed Ali', turnStart: true })] };
    for (const id of ['webvtt', 'srt']) {
      const written = write(id, labelled, true);
      expect(written).toContain(`${RLM}${RLE}`);
      const back = read(id, written).cues[0]!;
      expect([back.text, back.speaker]).toEqual(['مساء الخير.', 'Ahmed Ali']);
    }
  });

  test('TTML: tts:direction="rtl" on paragraphs of Arabic text, xml:lang on tt, no marks in the text', () => {
    const text = write('ttml');
    expect(text).toMatch(/<tt [^>]*xmlns:tts="http:\/\/www\.w3\.org\/ns\/ttml#styling"[^>]*xml:lang="ar"/);
    expect(text.match(/<p [^>]*tts:direction="rtl"/g)).toHaveLength(3);
    expect(text).not.toMatch(/[\u200F\u202B\u202C]/);
  });

  test('English and Chinese tracks are written as before: no mark, no direction', () => {
    const english: Track = { ...ARABIC, language: 'en', cues: [cue('1', 0, 'Good afternoon, everyone.', { speaker: 'Ana Ruiz', turnStart: true })] };
    for (const id of ['webvtt', 'srt', 'ttml']) expect(write(id, english)).not.toMatch(/[\u200F\u202B\u202C]|tts:direction|xmlns:tts/);
    const chinese: Track = { ...ARABIC, language: 'zh', cues: [cue('1', 0, '大家下午好。')] };
    expect(write('webvtt', chinese)).not.toMatch(/[\u200F\u202B\u202C]/);
  });

  test('marks in a file from another tool (an embedding per line, RLM, isolates) are not read as text', () => {
    const srt = `1\n00:00:01,000 --> 00:00:03,000\n${RLE}>> سارة: شكرا جزيلا.${PDF}\n\n2\n00:00:04,000 --> 00:00:06,000\n\u2067نبدأ الآن.\u2069${RLM}\n`;
    const back = read('srt', srt);
    expect(back.cues.map((c) => [c.text, c.speaker])).toEqual([
      ['شكرا جزيلا.', 'سارة'],
      ['نبدأ الآن.', 'سارة'],
    ]);
  });
});
