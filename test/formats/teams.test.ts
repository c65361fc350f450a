import { readFileSync } from 'fs';
import path from 'path';
import { ingestCaptions } from '../../src/formats/ingest';
import { detectFormat } from '../../src/formats/registry';
import type { Track } from '../../src/model/track';

/** Microsoft Teams meeting transcripts (fixtures/formats/teams): names decoded, identifiers never text. */

const FILE = path.resolve(__dirname, '../../fixtures/formats/teams/budget-review.vtt');
const TEXT = readFileSync(FILE, 'utf8');
const NAMES = ['Lucía Ferrán', 'Anaïs Lefèvre', 'Jørgen Ødegård', 'Tomás Quiroga'];
/** Every identifier Teams wrote, in file order: "<GUID>/<utterance>-<part>". */
const IDS = [...TEXT.matchAll(/^([0-9a-f-]{36}\/\d+-\d+)$/gm)].map((m) => m[1]!);
const ID_ANYWHERE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

const read = (text: string, options: { strict?: boolean } = {}): Track =>
  ingestCaptions(Buffer.from(text), { fileName: 'meeting.vtt', ...options });

/** What a reader should get from the fixture: cue by cue, id, speaker and text. */
const view = (track: Track) => track.cues.map((c) => ({ id: c.id, speaker: c.speaker, text: c.text }));

describe('Teams meeting transcript', () => {
  const track = read(TEXT);

  test('every voice name is decoded, whichever form its character references take (named, decimal, hexadecimal)', () => {
    expect([...new Set(track.cues.map((c) => c.speaker))]).toEqual(NAMES);
    expect(track.cues.filter((c) => (c.speaker ?? '').includes('&'))).toEqual([]);
  });

  test('the text is decoded as the names are', () => {
    expect(track.cues.map((c) => c.text).filter((t) => /&[#a-z]/i.test(t))).toEqual([]);
    expect(track.cues.some((c) => c.text.includes('£2.4 million'))).toBe(true);
  });

  test('identifiers are ids, in file order, and never text', () => {
    expect(IDS.length).toBe(11);
    expect([...track.cues].sort((a, b) => a.line! - b.line!).map((c) => c.id)).toEqual(IDS);
    expect(track.cues.filter((c) => ID_ANYWHERE.test(c.text))).toEqual([]);
  });

  test('without its WEBVTT line it is still detected and read as WebVTT, with a warning', () => {
    const headless = TEXT.slice(TEXT.indexOf('\n\n') + 2);
    expect(detectFormat(headless, 'meeting.vtt')?.id).toBe('webvtt');
    expect(detectFormat(headless, 'meeting.txt')?.id).toBe('webvtt');
    const t = read(headless);
    expect(view(t)).toEqual(view(track));
    expect(t.diagnostics.map((d) => d.message)).toContain('no "WEBVTT" line at the top: read as WebVTT');
  });

  test('without blank lines between cues, each identifier still goes to its own cue, not into the text before it', () => {
    const glued = TEXT.replace(/(?<=<\/v>)\n\n(?=[0-9a-f]{8}-)/g, '\n');
    const t = read(glued);
    expect(view(t)).toEqual(view(track));
    expect(t.diagnostics.filter((d) => d.message === 'Blank line missing before cue.').length).toBe(10);
    // The strict reading keeps the specification's result: the line belongs to the cue above.
    const strict = read(glued, { strict: true });
    expect(strict.cues.filter((c) => ID_ANYWHERE.test(c.text)).length).toBe(10);
  });

  test('other identifier shapes: "<GUID>-<n>", and digits after a cue\'s text', () => {
    const text = [
      'WEBVTT', '',
      '0c4d1f9e-6a2b-4c8d-9e3f-7a1b2c3d4e5f-0', '00:00:01.000 --> 00:00:02.000', '<v Ren&eacute;e Park>First.</v>',
      '0c4d1f9e-6a2b-4c8d-9e3f-7a1b2c3d4e5f-1', '00:00:02.000 --> 00:00:03.000', '<v Ren&eacute;e Park>Second.</v>',
      '7', '00:00:03.000 --> 00:00:04.000', 'Third.', '',
    ].join('\n');
    expect(read(text).cues.map((c) => [c.id, c.speaker, c.text])).toEqual([
      ['0c4d1f9e-6a2b-4c8d-9e3f-7a1b2c3d4e5f-0', 'Renée Park', 'First.'],
      ['0c4d1f9e-6a2b-4c8d-9e3f-7a1b2c3d4e5f-1', 'Renée Park', 'Second.'],
      ['7', 'Renée Park', 'Third.'],
    ]);
  });

  test('a cue whose only text is a number keeps it as text', () => {
    const t = read('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n42\n00:00:02.000 --> 00:00:03.000\nForty-two.\n');
    expect(t.cues.map((c) => [c.id, c.text])).toEqual([['', '42'], ['', 'Forty-two.']]);
  });
});
