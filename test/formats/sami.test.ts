import { describeFormatWalk } from '../helpers/format-walk';
import { ingestCaptions } from '../../src/formats/ingest';
import { sami } from '../../src/formats/sami';
import { readSami } from '../../src/formats/sami/read';
import { srt } from '../../src/formats/srt';
import { UnreadableCaptions } from '../../src/formats/types';
import { CaptionInputError } from '../../src/model/errors';
import { decodeEntities } from '../../src/text/entities';
import { checkReaderProperties } from '../helpers/reader-properties';

const SAMI = `<SAMI>
<HEAD>
<STYLE TYPE="text/css"><!--
P { font-family: Arial; }
.ENUSCC { Name: English; lang: en-US; SAMIType: CC; }
.FRFRCC { Name: French; lang: fr-FR; SAMIType: CC; }
--></STYLE>
</HEAD>
<BODY>
<SYNC Start=1000><P Class=ENUSCC>Hello <i>there</i>,<br>friend &amp; more
<P Class=FRFRCC>Bonjour
<SYNC Start=2500><P Class=ENUSCC>&nbsp;
<P Class=FRFRCC>&nbsp;
<SYNC Start=3000>
  <P Class=ENUSCC>
    Second   line
  </P>
</SYNC>
<SYNC><P Class=ENUSCC>No start
<SYNC Start=abc><P Class=ENUSCC>Bad start
<SYNC Start=4200><P Class=ENUSCC>Last
</BODY>
</SAMI>
`;

describe('SAMI reader', () => {
  test('a cue lasts until the next SYNC; &nbsp; SYNCs are not cues', () => {
    const { cues } = readSami(SAMI);
    expect(cues.map((c) => [c.startMs, c.endMs, c.spans[0]!.text, c.line])).toEqual([
      [1000, 2500, 'Hello there,\nfriend & more', 10],
      [3000, 4200, 'Second line', 14],
      [4200, 7200, 'Last', 21],
    ]);
  });

  test('reads the first language class only and names the others; language from STYLE', () => {
    const { diagnostics, language } = readSami(SAMI);
    expect(language).toBe('en-US');
    const info = diagnostics.find((d) => d.message.includes('language classes'));
    expect(info).toEqual(expect.objectContaining({ severity: 'info', line: 11 }));
    expect(info!.message).toContain('FRFRCC');
    expect(info!.message).toContain('fr-FR');
  });

  test('SYNCs without a usable Start are reported with their line', () => {
    const { diagnostics } = readSami(SAMI);
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.line)).toEqual([19, 20]);
  });

  test('the last cue is given 3 s, and says so', () => {
    const { diagnostics } = readSami(SAMI);
    expect(diagnostics).toContainEqual(expect.objectContaining({ severity: 'info', line: 21, message: expect.stringContaining('3 s') }));
  });

  test('paragraphs without a class, lang attributes, and every tag inside a paragraph', () => {
    const text = '<SAMI><BODY>\n<SYNC Start=0><P lang="de-DE">Ein <DIV style="x">Satz</DIV> &lt;LACHT&gt;</P></SYNC>\n<SYNC Start=900><P>&nbsp;</P></SYNC>\n</BODY></SAMI>';
    const result = readSami(text);
    expect(result.cues).toEqual([{ id: '', startMs: 0, endMs: 900, spans: [{ text: 'Ein Satz <LACHT>' }], line: 2 }]);
    expect(result.language).toBe('de-DE');
  });

  test('a SYNC inside an HTML comment is not read', () => {
    const text = '<SAMI><BODY>\n<!-- <SYNC Start=5><P>old</P> -->\n<SYNC Start=10><P>new\n</BODY></SAMI>';
    expect(readSami(text).cues.map((c) => [c.spans[0]!.text, c.line])).toEqual([['new', 3]]);
  });

  test('attribute values holding ">" or "<p" stay in their tag, out of the caption text', () => {
    const text = '<SAMI><BODY>\n<SYNC Start=1000 Title="a>b"><P Class=ENUSCC Title=\'x<p y\'>Hello <span title="1 > 0">there</span>\n<SYNC Start=2000 Note="<p class=other>"><P Class=ENUSCC>Next\n<SYNC Start=3000><P Class=ENUSCC>&nbsp;\n</BODY></SAMI>';
    const result = readSami(text);
    expect(result.cues.map((c) => [c.startMs, c.endMs, c.spans[0]!.text, c.line])).toEqual([
      [1000, 2000, 'Hello there', 2],
      [2000, 3000, 'Next', 3],
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  test('no SYNC at all is unreadable; only blank SYNCs give no cue', () => {
    expect(() => readSami('<SAMI><BODY></BODY></SAMI>')).toThrow(UnreadableCaptions);
    expect(() => ingestCaptions(Buffer.from('<SAMI><BODY><SYNC Start=1><P>&nbsp;</BODY></SAMI>'), { fileName: 'x.smi' })).toThrow(CaptionInputError);
  });

  test('ingest detects SAMI by content', () => {
    const track = ingestCaptions(Buffer.from(SAMI), { fileName: 'captions.txt' });
    expect(track.format).toBe('sami');
    expect(track.language).toBe('en-US');
    expect(track.cues).toHaveLength(3);
  });

  test('sniff: <SAMI> is unmistakable; SRT files are not claimed', () => {
    expect(sami.sniff(SAMI)).toBeGreaterThanOrEqual(0.9);
    const srtText = '1\n00:00:01,000 --> 00:00:02,000\n<i>Hello</i>\n';
    expect(sami.sniff(srtText)).toBe(0);
    expect(srt.sniff(srtText)).toBe(0.9);
  });

  checkReaderProperties(sami, ['<SAMI>', '<BODY>', '</BODY>', '<SYNC Start=', '<SYNC start="', '1000', '">', '>', '<P Class=ENCC>', '<P class="FR">', '&nbsp;', '<br>', '<!--', '-->', '</SYNC>', '\n', '<STYLE>.ENCC { lang: en-US; }</STYLE>']);
});

/**
 * SYNCs with a numeric Start and some text in the file's first class (or in no class), found
 * with plain regular expressions over the raw text.
 */
function independentSyncs(text: string): Array<{ startMs: number; text: string }> {
  const body = text.replace(/<!--[\s\S]*?-->/g, '').replace(/^[\s\S]*?<body[^>]*>/i, '');
  const firstClass = /<p\b[^>]*\bclass\s*=\s*["']?([\w-]+)/i.exec(body)?.[1]?.toLowerCase();
  const out: Array<{ startMs: number; text: string }> = [];
  for (const chunk of body.split(/<sync\b/i).slice(1)) {
    const start = /^[^>]*\bstart\s*=\s*["']?(\d+)/i.exec(chunk);
    if (!start) continue;
    const parts = chunk.slice(chunk.indexOf('>') + 1).split(/<p\b/i);
    const texts = parts
      .filter((part, i) => {
        const cls = /^[^>]*\bclass\s*=\s*["']?([\w-]+)/i.exec(part)?.[1]?.toLowerCase();
        return i === 0 || cls === undefined || cls === firstClass;
      })
      .map((part, i) => (i === 0 && !/^\s*</.test(part) ? part : part.slice(part.indexOf('>') + 1)))
      .map((part) => decodeEntities(part.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, '')).replace(/\u00a0/g, ' ').trim())
      .filter((t) => t !== '');
    if (texts.length > 0) out.push({ startMs: Number(start[1]), text: texts.join(' ') });
  }
  return out;
}

describeFormatWalk('SAMI', ['sami'], independentSyncs);

describe('SAMI writer', () => {
  test('escapes only "&" and "<" (ffmpeg shows any other reference as written), and reads back the same', () => {
    const text = `the world's "smart" cities > 5 & R&D < 6`;
    const track = { generator: 't', format: 'webvtt', cues: [{ id: '1', startMs: 0, endMs: 2000, text, speaker: null }], diagnostics: [] };
    const written = sami.write!(track);
    expect(written).toContain(`the world's "smart" cities > 5 &amp; R&amp;D &lt; 6`);
    expect(written).not.toMatch(/&gt;|&quot;|&#39;/);
    expect(ingestCaptions(Buffer.from(written), { fileName: 'x.smi' }).cues.map((c) => c.text)).toEqual([text]);
  });
});
