import { ingestCaptions } from '../../src/formats/ingest';
import { formatById } from '../../src/formats/registry';
import type { Cue, Track } from '../../src/model/track';
import { escapeAmbiguousAmpersands, escapeCueText } from '../../src/text/entities';

/**
 * Characters that are markup in one format and text in another. SubRip, SubViewer and MicroDVD
 * are plain text to ffmpeg and python's readers ("&amp;" stays "&amp;" on screen); WebVTT decodes
 * character references, and ffmpeg drops a WebVTT line that opens with a raw ">>".
 */

const cue = (id: string, startMs: number, text: string, extra: Partial<Cue> = {}): Cue => ({ id, startMs, endMs: startMs + 2000, text, speaker: null, ...extra });
const track: Track = {
  generator: 'test',
  format: 'webvtt',
  cues: [
    cue('1', 1000, 'Q&A on R&D and AT&T, 5 < 6', { speaker: 'Carlos Farías', turnStart: true }),
    cue('2', 4000, 'the sign &amp; written out, and &copy and &#237;', { turnStart: true }),
  ],
  diagnostics: [],
};
const written = (id: string) => formatById(id)!.write!(track);
const readBack = (id: string) => ingestCaptions(Buffer.from(written(id)), { fileName: `x.${formatById(id)!.extensions[0]!}` });

describe('escaping: each writer escapes only what its readers would take for markup', () => {
  test('escapeAmbiguousAmpersands', () => {
    expect(escapeAmbiguousAmpersands('Q&A, AT&T, R & D, &')).toBe('Q&A, AT&T, R & D, &');
    expect(escapeAmbiguousAmpersands('&amp; &copy &#237; &#x41; &lt')).toBe('&amp;amp; &amp;copy &amp;#237; &amp;#x41; &amp;lt');
    expect(escapeCueText('>> A -> B <c> Q&A &lt;')).toBe('&gt;&gt; A -&gt; B &lt;c&gt; Q&A &amp;lt;');
  });

  test.each(['srt', 'sbv', 'microdvd'])('%s writes its text as it is (plain text to ffmpeg and python srt), and reads back the same where no text reads as a reference', (id) => {
    expect(written(id)).toContain('Q&A on R&D and AT&T, 5 < 6');
    expect(written(id)).toContain('the sign &amp; written out, and &copy and &#237;');
    expect(written(id)).not.toContain('Q&amp;A');
    // recap's reader decodes references (files from tools that escaped): only that cue comes back changed
    expect(readBack(id).cues.map((c) => c.text)).toEqual([track.cues[0]!.text, 'the sign & written out, and © and í']);
  });

  test('WebVTT: "&" as it is where unambiguous, "<" and ">" escaped, the unnamed ">>" too (ffmpeg drops a raw one)', () => {
    const vtt = written('webvtt');
    expect(vtt).toContain('<v Carlos Farías>&gt;&gt; Carlos Farías: Q&A on R&D and AT&T, 5 &lt; 6');
    expect(vtt).toContain('&gt;&gt; the sign &amp;amp; written out, and &amp;copy and &amp;#237;');
    expect(vtt).not.toMatch(/^>>/m);
    const back = readBack('webvtt');
    expect(back.cues.map((c) => [c.speaker, c.text, c.turnStart])).toEqual([
      ['Carlos Farías', track.cues[0]!.text, true],
      [null, track.cues[1]!.text, true],
    ]);
  });

  test('writers given texts that carry their labels (re-flowed captions) add none', () => {
    const labelled: Track = { ...track, cues: [cue('1', 1000, '>> Carlos Farías: Q&A', { speaker: 'Carlos Farías', turnStart: true }), cue('2', 4000, '>> Yes.', { turnStart: true })] };
    expect(formatById('srt')!.write!(labelled, { labelsInText: true })).toContain('\n>> Carlos Farías: Q&A\n');
    const vtt = formatById('webvtt')!.write!(labelled, { labelsInText: true });
    expect(vtt).toContain('<v Carlos Farías>&gt;&gt; Carlos Farías: Q&A\n');
    expect(vtt).toContain('\n&gt;&gt; Yes.\n');
    expect(formatById('ttml')!.write!(labelled, { labelsInText: true })).toContain('ttm:agent="speaker-1">&gt;&gt; Carlos Farías: Q&amp;A</p>');
    for (const id of ['srt', 'webvtt', 'ttml']) {
      const back = ingestCaptions(Buffer.from(formatById(id)!.write!(labelled, { labelsInText: true })), { fileName: `x.${formatById(id)!.extensions[0]!}` });
      expect(back.cues.map((c) => [c.speaker, c.text])).toEqual([['Carlos Farías', 'Q&A'], [null, 'Yes.']]);
    }
  });

  test('TTML names the speaker in the text too, where ttconv (which keeps no ttm:agent) shows it', () => {
    expect(written('ttml')).toContain('<p begin="00:00:01.000" end="00:00:03.000" ttm:agent="speaker-1">&gt;&gt; Carlos Farías: Q&amp;A');
    expect(readBack('ttml').cues.map((c) => [c.speaker, c.text])).toEqual(track.cues.map((c) => [c.speaker, c.text]));
  });
});

test('a visible label repeating the <v> voice (every profile form) is read as that voice, not as words', () => {
  const vtt = (payload: string) => ingestCaptions(Buffer.from(`WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n${payload}\n`), { fileName: 'x.vtt' }).cues[0]!;
  for (const payload of ['<v Bilel Jamoussi>&gt;&gt; Bilel Jamoussi: Thank you.', '<v Bilel Jamoussi>&gt;&gt; BILEL JAMOUSSI: Thank you.', '<v Bilel Jamoussi>[Bilel Jamoussi] Thank you.', '<v Bilel Jamoussi>(Bilel Jamoussi)\nThank you.', '<v Bilel Jamoussi>BILEL JAMOUSSI: Thank you.']) {
    expect([vtt(payload).speaker, vtt(payload).text]).toEqual(['Bilel Jamoussi', 'Thank you.']);
  }
  // another name in brackets is text (a sound, or a name said)
  expect(vtt('<v Bilel Jamoussi>[Applause] Thank you.').text).toBe('[Applause] Thank you.');
});
