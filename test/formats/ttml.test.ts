import fc from 'fast-check';
import { readFileSync } from 'fs';
import path from 'path';
import { ingestCaptions } from '../../src/formats/ingest';
import { ttml } from '../../src/formats/ttml';
import { readTtml } from '../../src/formats/ttml/read';
import { parseTimeExpression, readTimingParams, DEFAULT_TIMING } from '../../src/formats/ttml/time-expression';
import { writeTtml } from '../../src/formats/ttml/write';
import { UnreadableCaptions, type ReadResult } from '../../src/formats/types';
import { CaptionInputError } from '../../src/model/errors';
import type { Cue, Track } from '../../src/model/track';
import { formatFixtures } from '../helpers/caption-files';
import { describeCorpus } from '../helpers/shared-corpus';

const NS = 'xmlns="http://www.w3.org/ns/ttml" xmlns:ttp="http://www.w3.org/ns/ttml#parameter" xmlns:ttm="http://www.w3.org/ns/ttml#metadata"';

/** A TTML document around `body` (the inside of `<body>`), with extra `<tt>` attributes. */
function doc(body: string, ttAttrs = '', head = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<tt ${NS} ${ttAttrs}>\n<head>${head}</head>\n<body>\n${body}\n</body>\n</tt>\n`;
}

function ingestText(text: string, fileName = 'test.ttml'): Track {
  return ingestCaptions(Buffer.from(text, 'utf8'), { fileName });
}

function times(result: ReadResult): Array<[number, number]> {
  return result.cues.map((c) => [c.startMs, c.endMs]);
}

function cueText(result: ReadResult, i = 0): string {
  return result.cues[i]!.spans.map((s) => s.text).join('');
}

describe('TTML time expressions', () => {
  const at30 = DEFAULT_TIMING;
  test.each([
    ['00:00:01.500', 1500],
    ['01:02:03.25', 3_723_250],
    ['00:00:05', 5000],
    ['12.5s', 12_500],
    ['500ms', 500],
    ['3m', 180_000],
    ['1h', 3_600_000],
    ['0.25h', 900_000],
    ['90f', 3000],
    ['00:00:01:15', 1500],
  ])('%s = %d ms at the defaults (30 frames/s, 1 tick/s)', (expr, ms) => {
    expect(parseTimeExpression(expr, at30)?.ms).toBeCloseTo(ms, 6);
  });

  test('frame rate, multiplier, sub-frames and tick rate come from ttp: attributes', () => {
    const warn = jest.fn();
    const p = readTimingParams(new Map([['frameRate', '24'], ['frameRateMultiplier', '1000 1001'], ['subFrameRate', '2'], ['tickRate', '10000000']]), warn);
    expect(warn).not.toHaveBeenCalled();
    expect(p.effectiveFrameRate).toBeCloseTo(23.976, 3);
    // 10 s + 12 frames at 23.976 frames/s (media time base: frames added to the seconds)
    expect(parseTimeExpression('00:00:10:12', p)!.ms).toBeCloseTo(10_000 + (12 / (24000 / 1001)) * 1000, 6);
    // sub-frame 1 of 2 is half a frame
    expect(parseTimeExpression('00:00:00:01.1', p)!.ms).toBeCloseTo((1.5 / (24000 / 1001)) * 1000, 6);
    expect(parseTimeExpression('4000t', p)!.ms).toBeCloseTo(0.4, 9);
    expect(parseTimeExpression('25000000t', p)!.ms).toBe(2500);
  });

  test('without ttp:tickRate a tick is a sub-frame when a frame rate is given, else a second', () => {
    expect(readTimingParams(new Map(), jest.fn()).tickRate).toBe(1);
    expect(readTimingParams(new Map([['frameRate', '25']]), jest.fn()).tickRate).toBe(25);
  });

  test('smpte time base counts frames, dropNTSC skips the dropped frame labels', () => {
    const smpte = readTimingParams(new Map([['timeBase', 'smpte'], ['frameRate', '30'], ['frameRateMultiplier', '1000 1001']]), jest.fn());
    // 300 frames at 29.97 frames/s
    expect(parseTimeExpression('00:00:10:00', smpte)!.ms).toBeCloseTo(10_010, 6);
    const drop = { ...smpte, dropMode: 'dropNTSC' as const };
    // 10 minutes of drop-frame time code label 17,982 frames: 599.9994 s at 30000/1001 frames/s
    expect(parseTimeExpression('00:10:00:00', drop)!.ms).toBeCloseTo((17_982 * 1001) / 30, 6);
    // without dropping, the same label would be 18,000 frames: 600.6 s
    expect(parseTimeExpression('00:10:00:00', smpte)!.ms).toBeCloseTo(600_600, 6);
  });

  test('unusable parameters are reported and replaced by the default', () => {
    const warn = jest.fn();
    const p = readTimingParams(new Map([['frameRate', 'fast'], ['frameRateMultiplier', '1:1']]), warn);
    expect(p.frameRate).toBe(30);
    expect(p.effectiveFrameRate).toBe(30);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  test('forms TTML does not define are read leniently and flagged, or refused when strict', () => {
    expect(parseTimeExpression('0:00:02.07', at30)).toEqual({ ms: 2070, lenient: expect.any(String) });
    expect(parseTimeExpression('1:00.998', at30)).toEqual({ ms: 60_998, lenient: expect.any(String) });
    expect(parseTimeExpression('19.764', at30)?.ms).toBeCloseTo(19_764, 6);
    expect(parseTimeExpression('0:00:02.07', at30, true)).toBeNull();
    expect(parseTimeExpression('19.764', at30, true)).toBeNull();
  });

  test.each(['', '0:05', '00:61:00.000', '12.5', 'x1s', '1.s', '-1s', '1 s', '9'.repeat(400) + 's'])('%j is not a time (or not in strict mode)', (expr) => {
    expect(parseTimeExpression(expr, at30, true)).toBeNull();
  });
});

describe('reading TTML', () => {
  test('every kind of time expression on paragraphs, rounded to integer ms', () => {
    const text = doc(
      [
        '<div>',
        '<p begin="00:00:01.000" end="00:00:02.500">clock</p>',
        '<p begin="3s" end="3500ms">offset</p>',
        '<p begin="00:00:04:15" end="00:00:05:00">frames</p>',
        '<p begin="6000t" end="6.5s">ticks</p>',
        '<p begin="0.125m" dur="1s">minutes and dur</p>',
        '<p begin="00:00:09.0004" end="00:00:09.9996">round</p>',
        '</div>',
      ].join('\n'),
      'ttp:tickRate="1000"',
    );
    const result = readTtml(text);
    expect(times(result)).toEqual([[1000, 2500], [3000, 3500], [4500, 5000], [6000, 6500], [7500, 8500], [9000, 10_000]]);
    expect(result.diagnostics).toEqual([]);
  });

  test('frame rate and multiplier on <tt>', () => {
    const text = doc('<p begin="00:00:01:12" end="00:00:02:00">x</p>', 'ttp:frameRate="24" ttp:frameRateMultiplier="1000 1001"');
    // 1 s + 12 frames at 23.976 frames/s = 1500.5 ms; 2 s exactly
    expect(times(readTtml(text))).toEqual([[1501, 2000]]);
  });

  test('nested <body>/<div> begins offset their children (par time containment)', () => {
    const text = `<tt ${NS}><body begin="10s"><div begin="5s"><div begin="00:00:01.000">
<p begin="1s" end="2s">deep</p></div>
<p begin="0s" dur="500ms">shallow</p></div></body></tt>`;
    expect(times(readTtml(text))).toEqual([[15_000, 15_500], [17_000, 18_000]]);
  });

  test('a paragraph without its own end ends with its container; one running past it is cut', () => {
    const text = doc(`<div begin="10s" end="20s">
<p>no attributes at all: the div's interval</p>
<p begin="1s">until the div ends</p>
<p begin="2s" end="15s">cut at the div's end</p>
</div>`);
    const result = readTtml(text);
    expect(times(result)).toEqual([[10_000, 20_000], [11_000, 20_000], [12_000, 20_000]]);
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', line: 8, message: expect.stringContaining('cut from 25000 ms to 20000 ms') })]);
  });

  test('a paragraph without usable timing is an error naming its line; the others are read', () => {
    const text = doc(`<div>
<p begin="00:00:01.000" end="00:00:02.000">good</p>
<p>no time at all</p>
<p begin="soon" end="00:00:03.000">bad begin</p>
<p begin="00:00:04.000" end="00:00:05.000">good again</p>
</div>`);
    const result = readTtml(text);
    expect(result.cues.map((c) => [c.line, cueText(result, result.cues.indexOf(c))])).toEqual([[6, 'good'], [9, 'good again']]);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({ line: 7, message: expect.stringContaining('no end time') }),
      expect.objectContaining({ line: 8, message: expect.stringContaining('begin="soon"') }),
    ]);
  });

  test('an unreadable time on a <div> makes its paragraphs errors, not mistimed cues', () => {
    const text = doc('<div begin="later">\n<p begin="1s" end="2s">a</p>\n<p begin="3s" end="4s">b</p>\n</div>');
    const result = readTtml(text);
    expect(result.cues).toEqual([]);
    expect(result.diagnostics.map((d) => [d.severity, d.line])).toEqual([['error', 6], ['error', 7]]);
    expect(result.diagnostics[0]!.message).toContain('begin="later" (line 5)');
  });

  test('a paragraph beginning after its container ended is reported, not shown', () => {
    const result = readTtml(doc('<div begin="0s" end="5s">\n<p begin="6s" end="7s">never</p>\n</div>'));
    expect(result.cues).toEqual([]);
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'error', line: 6 })]);
  });

  test('cue lines are the lines of the <p> start tags, comments and CDATA notwithstanding', () => {
    const text = [
      '<?xml version="1.0"?>', // 1
      `<tt ${NS}>`, // 2
      '<!-- <p begin="0s" end="1s">commented out</p> -->', // 3
      '<body><div>', // 4
      '<p begin="1s" end="2s"><![CDATA[<p> in CDATA]]></p>', // 5
      '', // 6
      '<tt:p xmlns:tt="http://www.w3.org/ns/ttml"', // 7
      '  begin="2s" end="3s">prefixed</tt:p>', // 8
      '</div></body></tt>', // 9
    ].join('\n');
    const result = readTtml(text);
    expect(result.cues.map((c) => c.line)).toEqual([5, 7]);
    expect(cueText(result, 0)).toBe('<p> in CDATA');
  });

  test('<br/> breaks lines, <span> text joins, white space collapses, styling goes', () => {
    const text = doc(`<p begin="1s" end="2s" tts:color="red" xmlns:tts="http://www.w3.org/ns/ttml#styling">
      Hello <span tts:fontStyle="italic">my</span>
      name<br/>   is
      <span> Mathilda </span>   </p>`);
    expect(cueText(readTtml(text))).toBe('Hello my name\nis Mathilda');
  });

  test('xml:space="preserve" keeps spaces and line feeds', () => {
    const text = doc('<p begin="1s" end="2s">a  b <span xml:space="preserve">  c\nd</span></p>');
    expect(cueText(readTtml(text))).toBe('a b   c\nd');
  });

  test('entities: XML, numeric (decimal and hex), HTML names, never decoded twice', () => {
    const text = doc('<p begin="1s" end="2s">&lt;A &amp; B&gt; &#233;&#x263A; Caf&eacute; &amp;eacute; &#0; &bogus;</p>');
    const result = readTtml(text);
    expect(cueText(result)).toBe('<A & B> é☺ Café &eacute; \ufffd &bogus;');
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', line: 5, message: expect.stringContaining('&bogus;') })]);
  });

  test('ttm:agent on <p> and <span> names the speaker from the head\'s <ttm:agent>', () => {
    const head = `<metadata>
      <ttm:agent type="person" xml:id="jane"><ttm:name type="alias">JJ</ttm:name><ttm:name type="full">Jane Doe</ttm:name></ttm:agent>
      <ttm:agent type="person" xml:id="bob"><ttm:name type="full">Bob</ttm:name></ttm:agent>
    </metadata>`;
    const body = `<div>
<p begin="1s" end="2s" ttm:agent="jane">Hello everyone.</p>
<p begin="2s" end="3s"><span ttm:agent="bob">Hi Jane.</span><br/><span ttm:agent="jane">Hi Bob.</span></p>
<p begin="3s" end="4s" ttm:agent="nobody">Who?</p>
</div>`;
    const result = readTtml(doc(body, '', head));
    expect(result.cues[0]!.spans).toEqual([{ text: 'Hello everyone.', voice: 'Jane Doe' }]);
    expect(result.cues[1]!.spans).toEqual([{ text: 'Hi Jane.', voice: 'Bob' }, { text: '\n' }, { text: 'Hi Bob.', voice: 'Jane Doe' }]);
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('"nobody"') })]);

    const track = ingestText(doc(body, '', head));
    expect(track.cues.map((c) => c.speaker)).toEqual(['Jane Doe', 'Bob', 'Jane Doe']);
    expect(track.cues[1]!.parts?.map((p) => [p.speaker, p.text])).toEqual([['Bob', 'Hi Jane.'], ['Jane Doe', 'Hi Bob.']]);
  });

  test('timed <span>s give word times (relative to the paragraph\'s begin)', () => {
    const text = doc('<div begin="10s"><p begin="1s" end="3s"><span begin="0s">one</span> <span begin="1.5s">two three</span></p></div>');
    const track = ingestText(text);
    expect(track.cues[0]!.words).toEqual([{ text: 'one', startMs: 11_000 }, { text: 'two', startMs: 12_500 }, { text: 'three', startMs: 12_500 }]);
  });

  test('Apple Music lyrics TTML repeats absolute times on every element and is read so', () => {
    const text = `<tt xmlns="http://www.w3.org/ns/ttml" xmlns:itunes="http://music.apple.com/lyric-ttml-internal"><body dur="1:00.000">
<div begin="19.764" end="30.000"><p begin="19.764" end="21.900"><span begin="19.764" end="20.105">When</span> <span begin="20.105" end="21.900">you</span></p></div></body></tt>`;
    const track = ingestText(text);
    expect(track.cues.map((c) => [c.startMs, c.endMs, c.text])).toEqual([[19_764, 21_900, 'When you']]);
    expect(track.cues[0]!.words?.map((w) => w.startMs)).toEqual([19_764, 20_105]);
  });

  test('xml:lang on <tt> is the language; DFXP namespaces and prefixed elements are read', () => {
    const dfxp = `<tt:tt xmlns:tt="http://www.w3.org/2006/10/ttaf1" xml:lang="fr-FR"><tt:body><tt:div>
<tt:p begin="00:00:01.00" end="00:00:02.00">Bonjour<tt:br/>tout le monde</tt:p></tt:div></tt:body></tt:tt>`;
    const result = readTtml(dfxp);
    expect(result.language).toBe('fr-FR');
    expect(cueText(result)).toBe('Bonjour\ntout le monde');
    expect(readTtml(doc('<p begin="1s" end="2s">x</p>')).language).toBeUndefined();
  });

  test('paragraphs out of time order are sorted, stably', () => {
    const result = readTtml(doc('<div><p begin="5s" end="6s">b</p><p begin="1s" end="2s">a</p><p begin="5s" end="7s">c</p></div>'));
    expect(result.cues.map((_, i) => cueText(result, i))).toEqual(['a', 'b', 'c']);
  });

  test('strict mode refuses time expressions TTML does not define', () => {
    const text = doc('<p begin="0:00:01.5" end="0:00:02.5">x</p>');
    expect(times(readTtml(text))).toEqual([[1500, 2500]]);
    expect(readTtml(text).diagnostics).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('0:00:01.5') })]);
    expect(readTtml(text, { strict: true }).cues).toEqual([]);
  });
});

describe('refusing what is not TTML', () => {
  test('malformed XML throws UnreadableCaptions with the line of the problem', () => {
    const text = doc('<div>\n<p begin="1s" end="2s">a <span>b</p>\n</div>');
    let thrown: unknown;
    try {
      readTtml(text);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(UnreadableCaptions);
    expect((thrown as UnreadableCaptions).line).toBe(6);
    expect((thrown as UnreadableCaptions).problem).toMatch(/^malformed XML at line 6/);
  });

  test('through ingest it is a CaptionInputError naming file and line', () => {
    let thrown: unknown;
    try {
      ingestText('<tt xmlns="http://www.w3.org/ns/ttml">\n<body>\n<p begin="1s" end="2s">a & b</p></body></tt>', 'talk.dfxp');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(CaptionInputError);
    expect((thrown as CaptionInputError).line).toBe(3);
    expect((thrown as CaptionInputError).message).toMatch(/^talk\.dfxp:3: malformed XML/);
  });

  test('well-formed XML with another root is not TTML', () => {
    expect(() => readTtml('<?xml version="1.0"?>\n<html><body><p begin="1s" end="2s">x</p></body></html>')).toThrow(UnreadableCaptions);
    expect(() => readTtml('<?xml version="1.0"?>\n<html/>')).toThrow(/root element is <html>/);
  });

  test('nesting deeper than any TTML document is refused, not a stack overflow', () => {
    const deep = `<tt>${'<div>'.repeat(5000)}${'</div>'.repeat(5000)}</tt>`;
    expect(() => readTtml(deep)).toThrow(UnreadableCaptions);
  });

  test('arbitrary text never throws anything but UnreadableCaptions', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        try {
          readTtml(text);
        } catch (e) {
          if (!(e instanceof UnreadableCaptions)) throw e;
        }
      }),
      { numRuns: 500 },
    );
  });

  test('TTML-like fragments in any order never throw anything but UnreadableCaptions', () => {
    const pieces = [
      `<tt ${NS} ttp:frameRate="25" ttp:tickRate="0">`, '<tt>', '</tt>', '<head>', '</head>', '<body begin="2s">', '<body>', '</body>',
      '<div begin="1s" end="0s">', '<div dur="1e9s">', '<div>', '</div>', '<p begin="1s" end="2s">', '<p begin="99999999999999999999h">', '<p>', '</p>',
      '<span ttm:agent="a b">', '<span begin="x">', '</span>', '<br/>', 'text ', '&amp;', '&#1114112;', '&nope;', '<metadata><ttm:agent xml:id="a"><ttm:name>A</ttm:name></ttm:agent></metadata>',
      '<![CDATA[x]]>', '<!-- c -->', '<?xml version="1.0"?>', '<p xml:space="preserve" begin="0:1" end="00:00:01:99.9">', '\n', ' ',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        try {
          const result = readTtml(parts.join(''));
          for (const cue of result.cues) {
            expect(Number.isInteger(cue.startMs) && Number.isInteger(cue.endMs)).toBe(true);
            expect(cue.line).toBeGreaterThan(0);
          }
        } catch (e) {
          if (!(e instanceof UnreadableCaptions)) throw e;
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('sniffing', () => {
  test.each([
    ['TTML namespace', doc('')],
    ['DFXP namespace, prefixed root', '<tt:tt xmlns:tt="http://www.w3.org/2006/10/ttaf1"/>'],
    ['bare <tt> root after a declaration and a comment', '<?xml version="1.0"?>\n<!-- captions -->\n<tt>\n<body/></tt>'],
    ['<tt  root with attributes, no namespace', '<tt xml:lang="en"><body/></tt>'],
  ])('%s: 0.95', (_name, text) => {
    expect(ttml.sniff(text)).toBe(0.95);
  });

  test.each([
    ['WebVTT', 'WEBVTT\n\n00:00.000 --> 00:01.000\n<tt>'],
    ['other XML', '<?xml version="1.0"?><html><body>tt</body></html>'],
    ['a <ttx> root', '<ttx/>'],
    ['SRT', '1\n00:00:01,000 --> 00:00:02,000\nhi'],
  ])('%s: 0', (_name, text) => {
    expect(ttml.sniff(text)).toBe(0);
  });

  test('ingest detects TTML by content whatever the extension', () => {
    expect(ingestText(doc('<p begin="1s" end="2s">x</p>'), 'captions.txt').format).toBe('ttml');
  });
});

describe('writing TTML', () => {
  function cue(startMs: number, endMs: number, text: string, speaker: string | null, extra: Partial<Cue> = {}): Cue {
    return { id: '', startMs, endMs, text, speaker, ...extra };
  }

  const track: Track = {
    generator: 'ingest@1',
    format: 'webvtt',
    language: 'de',
    diagnostics: [],
    cues: [
      cue(0, 1500, 'Guten Tag & <willkommen>\n"zweite" Zeile', 'Jane Doe', { turnStart: true, id: 'c1' }),
      cue(1500, 3000, 'Still Jane.', 'Jane Doe'),
      cue(3000, 4250, 'Hello Jane.\nHi Bob.', 'Bob', {
        turnStart: true,
        parts: [
          { text: 'Hello Jane.', speaker: 'Bob', turnStart: true, startMs: 3000 },
          { text: 'Hi Bob.', speaker: 'Jane Doe', turnStart: true, startMs: 3600 },
        ],
      }),
      cue(4250, 5000, 'Someone new.', null, { turnStart: true }),
      cue(3_600_000, 3_601_001, 'An hour in.', null),
    ],
  };

  test('writes TTML 1 with agents in the head and one <p> per cue', () => {
    const xml = writeTtml(track);
    expect(xml).toContain('<tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttm="http://www.w3.org/ns/ttml#metadata" xml:lang="de">');
    expect(xml).toContain('<ttm:agent type="person" xml:id="speaker-1"><ttm:name type="full">Jane Doe</ttm:name></ttm:agent>');
    // the speaker also visible in the text at each change (ttconv, for one, keeps no ttm:agent)
    expect(xml).toContain('<p xml:id="c1" begin="00:00:00.000" end="00:00:01.500" ttm:agent="speaker-1">&gt;&gt; Jane Doe: Guten Tag &amp; &lt;willkommen&gt;<br/>"zweite" Zeile</p>');
    expect(xml).toContain('<p begin="00:00:03.000" end="00:00:04.250"><span ttm:agent="speaker-2">&gt;&gt; Bob: Hello Jane.</span><br/><span ttm:agent="speaker-1">&gt;&gt; Jane Doe: Hi Bob.</span></p>');
    expect(xml.match(/<p /g)).toHaveLength(5);
    expect(writeTtml({ ...track, language: undefined, cues: [] })).toContain('xml:lang="en"');
    expect(writeTtml(track, { eol: '\r\n' }).split('\r\n').length).toBeGreaterThan(10);
  });

  test('round trip track -> TTML -> track keeps times, text and speakers', () => {
    const back = ingestText(writeTtml(track), 'rt.ttml');
    const essence = (t: Track) => t.cues.map((c) => ({
      startMs: c.startMs,
      endMs: c.endMs,
      text: c.text,
      speaker: c.speaker,
      turnStart: c.turnStart === true,
      parts: c.parts?.map((p) => [p.speaker, p.text]),
    }));
    expect(essence(back)).toEqual(essence(track));
    expect(back.language).toBe('de');
    expect(back.diagnostics).toEqual([]);
  });

  test('a speaker part of several lines keeps its own agent, and so does the part after it', () => {
    const parts = (names: [string, string]): Cue =>
      cue(0, 4000, 'Hello there\nhow are you\nFine\nthanks', names[0], {
        turnStart: true,
        parts: [
          { text: 'Hello there\nhow are you', speaker: names[0], turnStart: true, startMs: 0 },
          { text: 'Fine\nthanks', speaker: names[1], turnStart: true, startMs: 2000 },
        ],
      });
    // a name readers take back from the text, and one only the agent can carry
    for (const names of [['Ann', 'Bob'], ['Ann', 'Bob & "Co" <x>']] as Array<[string, string]>) {
      const xml = writeTtml({ ...track, cues: [parts(names)] });
      const spans = readTtml(xml).cues[0]!.spans.filter((s) => s.text.trim() !== '');
      expect(spans.map((s) => s.voice)).toEqual(names);
      const back = ingestText(xml, 'rt.ttml').cues[0]!;
      expect(back.parts?.map((p) => [p.speaker, p.text])).toEqual([[names[0], 'Hello there\nhow are you'], [names[1], 'Fine\nthanks']]);
    }
  });

  test('round trip holds for generated tracks (any text XML can hold)', () => {
    const word = fc.stringMatching(/^[a-z0-9&<"'éß€☺]{1,8}$/);
    const line = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
    const text = fc.array(line, { minLength: 1, maxLength: 3 }).map((l) => l.join('\n'));
    const speaker = fc.constantFrom(null, 'Jane Doe', 'Bob & "Co" <x>');
    const cues = fc.array(fc.record({ gapMs: fc.nat(5000), lengthMs: fc.nat(8000), text, speaker }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(cues, (specs) => {
        let at = 0;
        let previous: string | null = null;
        const built: Cue[] = specs.map((s) => {
          at += s.gapMs;
          // Canonical speaker marking: a change of speaker starts a turn; "nobody" after someone is an unnamed turn.
          const turnStart = s.speaker !== previous;
          previous = s.speaker;
          const c = cue(at, at + s.lengthMs, s.text, s.speaker, turnStart ? { turnStart } : {});
          at += s.lengthMs;
          return c;
        });
        const original: Track = { ...track, cues: built };
        const back = ingestText(writeTtml(original), 'rt.ttml');
        expect(back.cues.map((c) => [c.startMs, c.endMs, c.text, c.speaker])).toEqual(built.map((c) => [c.startMs, c.endMs, c.text, c.speaker]));
      }),
      { numRuns: 200 },
    );
  });
});

/**
 * The independent count: `<p` start tags (any prefix: `<p ...>`, `<tt:p ...>`) that carry a
 * begin= attribute, found by a regular expression over the file with comments removed.
 * Every TTML paragraph in the corpus that can be timed has its own begin.
 */
function paragraphsWithBegin(source: string): Array<{ begin: string; inner: string }> {
  const text = source.replace(/<!--[\s\S]*?-->/g, '');
  const found: Array<{ begin: string; inner: string }> = [];
  const startTag = /<((?:[A-Za-z_][\w.-]*:)?p)(?=[\s>/])([^>]*)>/g;
  for (let m = startTag.exec(text); m; m = startTag.exec(text)) {
    const begin = /\sbegin\s*=\s*(["'])(.*?)\1/.exec(m[2]!);
    if (!begin) continue;
    const close = text.indexOf(`</${m[1]}>`, m.index);
    found.push({ begin: begin[2]!, inner: m[2]!.endsWith('/') || close === -1 ? '' : text.slice(m.index + m[0].length, close) });
  }
  return found;
}

/** Plain "H:MM:SS.fff" or "12.5s" begins, computed here without recap's parser; null otherwise. */
function simpleBeginMs(begin: string): number | null {
  const clock = /^(\d+):(\d{2}):(\d{2})(\.\d+)?$/.exec(begin);
  if (clock) return Math.round(((+clock[1]! * 60 + +clock[2]!) * 60 + +clock[3]! + (clock[4] ? +clock[4] : 0)) * 1000);
  const seconds = /^(\d+(?:\.\d+)?)s$/.exec(begin);
  return seconds ? Math.round(+seconds[1]! * 1000) : null;
}

/** A paragraph's words as the test sees them: tags out, the XML entities decoded, spaces folded. */
function plainWords(inner: string): string {
  return inner
    .replace(/<(?:[\w.-]+:)?br\b[^>]*>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Files refused on purpose, with why. Malformed XML is pycaption's own "invalid" input (text
 * with raw "<<"), or a repeated attribute; the rest hold no paragraph that can be timed.
 */
const REFUSED: Record<string, RegExp> = {
  'ttconv/ttml/body_only.ttml': /no <p>/,
  'ttconv/ttml/lwsp_default.ttml': /no end time/,
  'ttconv/ttml/lwsp_preserve.ttml': /no end time/,
  'ttconv/ttml/referential_styling.ttml': /no end time/,
  'pycaption/dfxp/sample_dfxp_empty.dfxp': /no <p>/,
  'pycaption/dfxp/sample_dfxp_invalid_but_supported_positioning_input.dfxp': /:18: malformed XML/,
  'pycaption/dfxp/sample_dfxp_invalid_but_supported_positioning_output.dfxp': /:29: malformed XML.*repeated/,
  'pycaption/dfxp/sample_dfxp_multiple_regions_input.dfxp': /:30: malformed XML/,
  'pycaption/dfxp/sample_dfxp_with_escaped_apostrophe.dfxp': /:13: malformed XML/,
  'pycaption/dfxp/sample_dfxp_incorrect_time_format.dfxp': /end="0:05"/,
  'pycaption/dfxp/sample_dfxp_missing_begin.dfxp': /no end time/,
  'pycaption/dfxp/sample_dfxp_missing_end_and_dur.dfxp': /end=""/,
};

describeCorpus('TTML/DFXP fixtures of the corpus', () => {
  const fixtures = formatFixtures(['dfxp', 'ttml']);
  const relative = (file: string) => path.relative(path.join(path.resolve(__dirname, '../../../shared'), 'corpus/formats'), file);

  test('the corpus has the expected TTML and DFXP files', () => {
    expect(fixtures.length).toBe(64);
  });

  test.each(fixtures.map((f) => [relative(f.file), f.file]))('%s: read with the independent cue count, or refused cleanly', (name, file) => {
    const source = readFileSync(file, 'utf8');
    let track: Track;
    try {
      track = ingestCaptions(readFileSync(file), { fileName: file });
    } catch (e) {
      if (!(e instanceof CaptionInputError)) throw e;
      expect(REFUSED[name]).toBeDefined();
      expect(e.message).toMatch(REFUSED[name]!);
      return;
    }
    expect(REFUSED[name]).toBeUndefined();
    expect(track.format).toBe('ttml');
    const paragraphs = paragraphsWithBegin(source);
    expect(track.cues).toHaveLength(paragraphs.length);
    // The first cue is the earliest paragraph (document order among equal begins).
    const begins = paragraphs.map((p) => simpleBeginMs(p.begin));
    const containersTimed = /<(?:[\w.-]+:)?(?:body|div)\s[^>]*\bbegin=/.test(source);
    let first = paragraphs[0]!;
    if (begins.every((b) => b !== null) && !containersTimed) {
      const earliest = Math.min(...(begins as number[]));
      expect(track.cues[0]!.startMs).toBe(earliest);
      first = paragraphs[begins.indexOf(earliest)]!;
    }
    // Speaker labels and ">>" marks leave the text for the speaker field, so the cue text is within the words.
    expect(plainWords(first.inner)).toContain(track.cues[0]!.text.replace(/\s+/g, ' '));
    expect(track.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
