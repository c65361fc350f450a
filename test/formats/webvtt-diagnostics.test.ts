import { ingestCaptions } from '../../src/formats/ingest';

/** What the WebVTT reader reports: problems of the file, never text the specification reads as written. */
describe('WebVTT diagnostics', () => {
  test('an "&" that starts no character reference is text, not an escape error', () => {
    const t = ingestCaptions(Buffer.from('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nQ&A with Brightwell & Sons, AT&T &c\n'), { fileName: 'amp.vtt' });
    expect(t.cues.map((c) => c.text)).toEqual(['Q&A with Brightwell & Sons, AT&T &c']);
    expect(t.diagnostics).toEqual([]);
  });

  test('a real problem on the same line is still reported', () => {
    const t = ingestCaptions(Buffer.from('WEBVTT\n\n00:00:01.000 --> 00:00:02.000 align:sideways\nQ&A\n'), { fileName: 'amp.vtt' });
    expect(t.diagnostics.map((d) => [d.line, d.message])).toEqual([[3, 'Alignment can only be set to one of start, center, end, left, right.']]);
  });
});
