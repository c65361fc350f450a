import iconv from 'iconv-lite';
import { decodeCaptionBytes } from '../../src/formats/decode';
import { ingestCaptions } from '../../src/formats/ingest';
import { CaptionInputError } from '../../src/model/errors';

const TEXT = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nJavier García Díaz — señor €5\n';

describe('decoding caption bytes', () => {
  test.each([
    ['utf-8', Buffer.from(TEXT, 'utf8'), 'utf-8', false],
    ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]), 'utf-8', true],
    ['utf-16le with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf-16le')]), 'utf-16le', true],
    ['utf-16be with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TEXT, 'utf-16be')]), 'utf-16be', true],
    ['utf-16le without BOM', iconv.encode(TEXT, 'utf-16le'), 'utf-16le', false],
    ['utf-32le with BOM', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), iconv.encode(TEXT, 'utf-32le')]), 'utf-32le', true],
    ['utf-32be with BOM', Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), iconv.encode(TEXT, 'utf-32be')]), 'utf-32be', true],
    ['windows-1252', iconv.encode(TEXT, 'windows-1252'), 'windows-1252', false],
  ])('%s', (_name, bytes, encoding, bom) => {
    const decoded = decodeCaptionBytes(bytes);
    expect(decoded).toEqual({ text: TEXT, encoding, bom });
  });

  test('CRLF and bare CR become LF, so line numbers stay right', () => {
    expect(decodeCaptionBytes(Buffer.from('a\r\nb\rc\n')).text).toBe('a\nb\nc\n');
    const track = ingestCaptions(Buffer.from('WEBVTT\r\r00:00:01.000 --> 00:00:02.000\rone\r\r00:00:0x.000 --> 00:00:03.000\rtwo\r'), { fileName: 'cr.vtt', strict: true });
    expect(track.cues.map((c) => [c.text, c.line])).toEqual([['one', 3]]);
    expect(track.diagnostics.find((d) => d.severity === 'error')?.line).toBe(6);
  });
});

describe('unusable input is one clear error naming the file', () => {
  test.each([
    ['empty', Buffer.alloc(0), /empty\.vtt: the file is empty/],
    ['white space', Buffer.from('  \n\n '), /the file holds only white space/],
    ['binary', Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256)), /binary data, not a caption file/],
    ['not captions', Buffer.from('Dear council,\nplease find attached the minutes.\n'), /not a caption format recap reads/],
    ['no cue', Buffer.from('WEBVTT\n\nNOTE nothing here\n'), /no cue found in this webvtt file/],
  ])('%s', (_name, bytes, message) => {
    expect(() => ingestCaptions(bytes, { fileName: 'empty.vtt' })).toThrow(CaptionInputError);
    expect(() => ingestCaptions(bytes, { fileName: 'empty.vtt' })).toThrow(message);
  });

  test('a bad block is reported with its line and the rest is read', () => {
    const srt = '1\n00:00:01,000 --> 00:00:02,000\nfirst\n\n2\n00:00:0X,000 --> 00:00:03,000\nbroken\n\n00:00:04,000 --> 00:00:05,000\nno index\n\nstray text\n';
    const track = ingestCaptions(Buffer.from(srt), { fileName: 'bad.srt' });
    expect(track.cues.map((c) => c.text)).toEqual(['first', 'no index']);
    expect(track.diagnostics.map((d) => [d.severity, d.line])).toEqual([
      ['error', 6],
      ['warning', 9],
      ['error', 12],
    ]);
    expect(track.diagnostics[0]!.message).toContain('malformed timing line');
    expect(track.diagnostics[2]!.message).toContain('stray text');
  });

  test('SRT fractions with fewer than three digits are tenths and hundredths, not ms', () => {
    const track = ingestCaptions(Buffer.from('1\n00:00:01,5 --> 00:00:02,25\nhalf\n'), { fileName: 'short.srt' });
    expect([track.cues[0]!.startMs, track.cues[0]!.endMs]).toEqual([1500, 2250]);
  });
});
