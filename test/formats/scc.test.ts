import fc from 'fast-check';
import { readFileSync } from 'fs';
import path from 'path';
import { ingestCaptions } from '../../src/formats/ingest';
import { formatById } from '../../src/formats/registry';
import { scc } from '../../src/formats/scc';
import { readScc } from '../../src/formats/scc/read';
import { framesToMs, parseSccTimecode } from '../../src/formats/scc/timecode';
import { UnreadableCaptions, type ReadResult } from '../../src/formats/types';
import { CaptionInputError } from '../../src/model/errors';
import type { Track } from '../../src/model/track';
import { corpusPath, describeCorpus, hasCorpus } from '../helpers/shared-corpus';

/** Sets bit 7 so the byte has an odd number of one bits, as line 21 transmits it. */
function withParity(byte: number): number {
  let ones = 0;
  for (let b = byte; b > 0; b >>= 1) ones += b & 1;
  return ones % 2 === 0 ? byte | 0x80 : byte;
}

/** Basic-set text as SCC words, two characters a word, a lone last character padded with 0x80. */
function textWords(text: string): string {
  const words: string[] = [];
  for (let i = 0; i < text.length; i += 2) {
    const a = withParity(text.charCodeAt(i));
    const b = i + 1 < text.length ? withParity(text.charCodeAt(i + 1)) : 0x80;
    words.push(((a << 8) | b).toString(16).padStart(4, '0'));
  }
  return words.join(' ');
}

// Channel 1 control codes with their parity bits, as SCC files write them.
const RCL = '9420';
const ENM = '94ae';
const EDM = '942c';
const EOC = '942f';
const CR = '94ad';
const RU2 = '9425';
const RDC = '9429';
const BS = '94a1';
const PAC_ROW_14 = '94d0';
const PAC_ROW_15 = '9470';
const PADDING = '8080';

function file(...lines: Array<[timecode: string, words: string]>): string {
  return ['Scenarist_SCC V1.0', '', ...lines.flatMap(([tc, words]) => [`${tc}\t${words}`, ''])].join('\n');
}

function texts(result: ReadResult): string[] {
  return result.cues.map((c) => c.spans.map((s) => s.text).join(''));
}

describe('SCC timecodes', () => {
  test('non-drop counts 30 frames a labelled second, at 30000/1001 frames a second', () => {
    const tc = parseSccTimecode('01:00:00:00');
    expect(tc).toEqual({ ok: true, timecode: { frames: 108000, dropFrame: false } });
    // 108000 frames * 1001/30 ms = 3603600 ms: the non-drop label runs 3.6 s an hour slow.
    expect(framesToMs(108000)).toBe(3_603_600);
  });

  test('drop-frame skips labels ;00 and ;01 each minute but every tenth', () => {
    const frames = (text: string) => {
      const tc = parseSccTimecode(text);
      return tc.ok ? tc.timecode.frames : NaN;
    };
    expect(frames('00:00:59;29')).toBe(1799);
    expect(frames('00:01:00;02')).toBe(1800);
    expect(frames('00:10:00;00')).toBe(17982);
    expect(frames('01:00:00;00')).toBe(107892);
    // A drop-frame hour is 107892 frames = 3599996.4 ms, within a frame of the clock.
    expect(framesToMs(107892)).toBe(3_599_996);
  });

  test('bad timecodes are refused with a reason', () => {
    for (const bad of ['00:00:01:30', '00:61:00:00', '1:2:3:4', 'xx:00:00:00']) expect(parseSccTimecode(bad).ok).toBe(false);
  });
});

describe('SCC reader', () => {
  test('sniffs the header', () => {
    expect(scc.sniff('Scenarist_SCC V1.0\n\n00:00:00:00\t9420')).toBe(1);
    expect(scc.sniff('WEBVTT\n')).toBe(0);
    expect(formatById('scc')).toBe(scc);
  });

  test('pop-on, non-drop: a caption shows from its End Of Caption to the next EDM', () => {
    const result = readScc(file(
      ['00:00:01:00', `${RCL} ${RCL} ${ENM} ${ENM} ${PAC_ROW_15} ${PAC_ROW_15} ${textWords('HELLO')} ${EDM} ${EDM} ${EOC} ${EOC}`],
      ['00:00:03:00', `${RCL} ${RCL} ${ENM} ${ENM} ${PAC_ROW_14} ${PAC_ROW_14} ${textWords('WIDE')} ${PAC_ROW_15} ${textWords('WORLD')} ${EDM} ${EDM} ${EOC} ${EOC}`],
      ['00:00:05:00', `${EDM} ${EDM}`],
    ));
    // Caption 1: EOC is word index 11 after 00:00:01:00 (frame 30), so frame 41:
    // 41 * 1001/30 = 1367.97 ms. The EDM of the next caption (word index 12 after frame 90,
    // frame 102 = 3403.4 ms) takes it off the screen.
    // Caption 2: EOC at word index 14, frame 104 = 3470.13 ms; the EDM at 00:00:05:00
    // (frame 150 = 5005 ms) ends it.
    expect(result.cues).toEqual([
      { id: '', startMs: 1368, endMs: 3403, spans: [{ text: 'HELLO' }], line: 3 },
      { id: '', startMs: 3470, endMs: 5005, spans: [{ text: 'WIDE\nWORLD' }], line: 5 },
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  test('pop-on, drop-frame: frames are counted with the dropped labels', () => {
    const result = readScc(file(
      ['00:01:00;02', `${RCL} ${PAC_ROW_15} ${textWords('AB')} ${EOC}`],
      ['00:10:00;00', `${EDM}`],
      ['01:00:00;00', `${RCL} ${PAC_ROW_15} ${textWords('CD')} ${PADDING} ${EOC}`],
    ));
    // 00:01:00;02 is frame 1800; EOC 3 frames later: 1803 * 1001/30 = 60160.1 ms.
    // 00:10:00;00 is frame 17982: 599999.4 ms.
    // 01:00:00;00 is frame 107892; EOC 4 frames later: 107896 * 1001/30 = 3600129.9 ms, and with
    // nothing after it the caption ends 3 s after the file's last code, which is that EOC.
    expect(result.cues.map((c) => [c.startMs, c.endMs, c.spans[0]!.text])).toEqual([
      [60160, 599999, 'AB'],
      [3600130, 3603130, 'CD'],
    ]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'info', line: 7, message: expect.stringContaining('end of the file') }),
    ]);
  });

  test('doubled control codes act once; a repeat after another pair acts again', () => {
    // If the second EOC of "942f 942f" counted, it would swap the caption back off the screen.
    const once = readScc(file(['00:00:00:00', `${RCL} ${RCL} ${textWords('HI')} ${EOC} ${EOC}`], ['00:00:02:00', EDM]));
    expect(texts(once)).toEqual(['HI']);
    // With padding between them the two EOCs are separate commands: shown, then hidden again.
    const twice = readScc(file(['00:00:00:00', `${RCL} ${textWords('HI')} ${EOC} ${PADDING} ${EOC}`], ['00:00:02:00', EDM]));
    expect(twice.cues.map((c) => [c.spans[0]!.text, c.startMs, c.endMs])).toEqual([['HI', framesToMs(2), framesToMs(4)]]);
    // Special characters are doubled like control codes: four ♪ codes make two notes.
    const notes = readScc(file(['00:00:00:00', `${RCL} 9137 9137 9137 9137 ${EOC}`], ['00:00:01:00', EDM]));
    expect(texts(notes)).toEqual(['♪♪']);
  });

  test('roll-up (RU2): each line is one cue, from its first character to the change after its CR', () => {
    const result = readScc(file(
      ['00:00:00:00', `${RU2} ${RU2} ${CR} ${CR} ${PAC_ROW_15} ${PAC_ROW_15} ${textWords('ONE')}`],
      ['00:00:02:00', `${RU2} ${RU2} ${CR} ${CR} ${PAC_ROW_15} ${PAC_ROW_15} ${textWords('TWO')}`],
      ['00:00:04:00', `${RU2} ${RU2} ${CR} ${CR} ${PAC_ROW_15} ${PAC_ROW_15} ${textWords('THREE')}`],
      ['00:00:06:00', `${EDM} ${EDM}`],
    ));
    // "ONE" appears at word 6 (frame 6 = 200.2 ms) and stays the current line until "TWO"
    // starts at frame 66 (2202.2 ms); the roll-up display still shows ONE above TWO, but ONE
    // is not output again.
    expect(result.cues.map((c) => [c.startMs, c.endMs, c.spans[0]!.text, c.line])).toEqual([
      [200, 2202, 'ONE', 3],
      [2202, 4204, 'TWO', 5],
      [4204, 6006, 'THREE', 7],
    ]);
  });

  test('paint-on: text shows as it arrives; a later rewrite ends the cue, unchanged rows are not repeated', () => {
    const result = readScc(file(
      ['00:00:01:00', `${RDC} ${RDC} ${PAC_ROW_14} ${PAC_ROW_14} ${textWords('HELLO')}`],
      ['00:00:02:00', `${PAC_ROW_15} ${PAC_ROW_15} ${textWords('WORLD')}`],
      ['00:00:03:00', `${PAC_ROW_14} ${PAC_ROW_14} ${textWords('JELLY')}`],
      ['00:00:04:00', `${EDM} ${EDM}`],
    ));
    // "HELLO" is painted from frame 34 (1134.47 ms); "WORLD" only adds a row, so it joins the
    // same cue. At 00:00:03:00 + 2 frames (frame 92, 3069.9 ms) "J" overwrites "H": the first
    // cue ends and row 14 starts again; the EDM at frame 120 (4004 ms) ends it.
    expect(result.cues.map((c) => [c.startMs, c.endMs, c.spans[0]!.text])).toEqual([
      [1134, 3070, 'HELLO\nWORLD'],
      [3070, 4004, 'JELLY'],
    ]);
  });

  test('standard, special and extended characters; an extended character replaces the one before', () => {
    // "*" (0x2a) is "á" in the basic set; 91b0 is "®", 9132 "½", 9137 "♪"; 92a1 is "É", sent
    // after a fallback "E"; 13b0 is "Ä" after an "A"; 9220 "Á" at column 0 has nothing to replace.
    const result = readScc(file(
      ['00:00:00:00', `${RCL} ${PAC_ROW_14} ${textWords('CAF')} ${textWords('E')} 92a1 ${textWords(' M*S ')} 91b0 9132 9137`],
      ['00:00:01:00', `${PAC_ROW_15} 9220 c180 13b0 ${textWords('Ny')} ${EOC}`],
      ['00:00:02:00', EDM],
    ));
    expect(texts(result)).toEqual(['CAFÉ MáS ®½♪\nÁÄNy']);
  });

  test('backspace and delete keep the corrected text', () => {
    const result = readScc(file(['00:00:00:00', `${RCL} ${PAC_ROW_15} ${textWords('CAT')} ${BS} ${textWords('R')} ${EOC}`], ['00:00:01:00', EDM]));
    expect(texts(result)).toEqual(['CAR']);
  });

  test('other channels, XDS and text service are ignored with an info note', () => {
    const result = readScc(file(
      // 1c20 is RCL on channel 2: the characters after it belong to channel 2.
      ['00:00:00:00', `1c20 ${textWords('NO')} ${RCL} ${PAC_ROW_15} ${textWords('YES')} 0102 ${textWords('XD')} 8f1d ${EOC}`],
      ['00:00:01:00', EDM],
    ));
    expect(texts(result)).toEqual(['YES']);
    const notes = result.diagnostics.filter((d) => d.severity === 'info').map((d) => d.message);
    expect(notes).toEqual(expect.arrayContaining([expect.stringContaining('CC2'), expect.stringContaining('XDS')]));
  });

  test('bad lines and words are reported with their line and column, the rest is read', () => {
    const text = [
      'Scenarist_SCC V1.0',
      '',
      `00:00:01:00\t${RCL} ${PAC_ROW_15} ${textWords('OK')} ${EOC}`,
      'this is not a timecode line',
      `00:00:02:45\t${EDM}`,
      `00:00:03:00\t94zz ${EDM} 94b0 123`,
    ].join('\n');
    const result = readScc(text);
    expect(result.cues.map((c) => [c.spans[0]!.text, c.endMs])).toEqual([['OK', framesToMs(91)]]);
    expect(result.diagnostics).toEqual([
      { severity: 'error', line: 4, column: 1, message: expect.stringContaining('not a timecode') },
      { severity: 'error', line: 5, column: 1, message: expect.stringContaining('frame 45') },
      { severity: 'warning', line: 6, column: 13, message: expect.stringContaining('"94zz"') },
      { severity: 'warning', line: 6, column: 23, message: expect.stringContaining('unknown CEA-608 code 1430') },
      { severity: 'warning', line: 6, column: 28, message: expect.stringContaining('"123"') },
    ]);
  });

  test('input with no byte pairs is refused with UnreadableCaptions', () => {
    expect(() => readScc('Scenarist_SCC V1.0\n\n')).toThrow(UnreadableCaptions);
    expect(() => readScc('Scenarist_SCC V1.0\n\n00:00:00:00 [Erase Displayed Memory]\n')).toThrow(UnreadableCaptions);
  });

  test('any text is read or refused with UnreadableCaptions, never another error', () => {
    const piece = fc.oneof(
      fc.constantFrom('Scenarist_SCC V1.0\n', '\n', '\t', ' ', '00:00:01:00', '00:00:01;29', '01:02:03:04',
        RCL, EOC, EDM, ENM, CR, RU2, '9426', '94a7', RDC, BS, '94a4', PAC_ROW_14, '1370', '97a1', '91ae', '9137', '92a1', '13b0',
        '1c20', '152f', '942a', '0102', '8f1d', PADDING, 'c1c2', 'zz'),
      fc.stringMatching(/^[0-9a-f]{4}$/),
      fc.string({ maxLength: 5 }),
    );
    const input = fc.oneof(fc.string({ maxLength: 200 }), fc.array(piece, { maxLength: 120 }).map((p) => p.join(' ')));
    fc.assert(fc.property(input, (text) => {
      let result: ReadResult;
      try {
        result = readScc(text);
      } catch (e) {
        expect(e).toBeInstanceOf(UnreadableCaptions);
        return;
      }
      for (const c of result.cues) {
        expect(Number.isSafeInteger(c.startMs) && Number.isSafeInteger(c.endMs) && c.endMs >= c.startMs).toBe(true);
        expect(c.line).toBeGreaterThanOrEqual(1);
        expect(c.spans[0]!.text.trim()).not.toBe('');
      }
      for (let i = 1; i < result.cues.length; i++) expect(result.cues[i]!.startMs).toBeGreaterThanOrEqual(result.cues[i - 1]!.startMs);
      for (const d of result.diagnostics) expect(Number.isInteger(d.line) && d.line >= 0 && (d.column === undefined || d.column >= 1)).toBe(true);
    }), { numRuns: 1000 });
  });
});

const FORMATS_DIR = corpusPath('formats');

describeCorpus('SCC corpus fixtures', () => {
  interface Entry { file: string; format: string; note: string }
  const index = hasCorpus ? (JSON.parse(readFileSync(path.join(FORMATS_DIR, 'index.json'), 'utf8')) as Entry[]) : [];
  const sccFiles = index.filter((e) => e.format === 'scc');

  function ingest(relative: string): Track {
    const fileName = path.join(FORMATS_DIR, relative);
    return ingestCaptions(readFileSync(fileName), { fileName });
  }

  test('every SCC fixture yields a track or a CaptionInputError', () => {
    let tracks = 0;
    let cues = 0;
    const refused: string[] = [];
    for (const entry of sccFiles) {
      try {
        const track = ingest(entry.file);
        expect(track.format).toBe('scc');
        expect(track.cues.length).toBeGreaterThan(0);
        tracks++;
        cues += track.cues.length;
      } catch (e) {
        if (!(e instanceof CaptionInputError)) throw e;
        refused.push(`${entry.file}: ${e.problem.slice(0, 80)}`);
      }
    }
    console.log(`SCC corpus: ${sccFiles.length} files, ${tracks} read (${cues} cues), ${refused.length} refused clearly:\n  ${refused.join('\n  ')}`);
    expect(sccFiles.length).toBe(49);
    expect(tracks).toBeGreaterThan(35);
  });

  test('ttconv pop-on.scc: first caption checked by hand', () => {
    // 01:02:53:14  94ae 94ae 9420 9420 947a 947a 97a2 97a2 a820 68ef f26e 2068 ef6e 6be9 6e67 2029
    //              942c 942c 8080 8080 942f 942f
    // = ENM ENM RCL RCL PAC(row 15, indent 20) TO2 "( horn honking )" EDM EDM pad pad EOC EOC.
    // The first EOC is word index 20: frame (1*3600 + 2*60 + 53)*30 + 14 + 20 = 113224, and
    // 113224 * 1001/30 = 3777907.5 ms. The EDM at 01:02:55:14 (frame 113264) ends it: 3779242.1 ms.
    const first = ingest('ttconv/scc/pop-on.scc').cues[0]!;
    expect([first.startMs, first.endMs, first.text, first.line]).toEqual([3777907, 3779242, '( horn honking )', 3]);
  });

  test('pycaption sample_scc_pop_on.scc: first caption checked by hand', () => {
    // 00:00:09:05  94ae 94ae 9420 9420 9470 9470 a820 e3ec efe3 6b20 f4e9 e36b e96e 6720 2980
    //              942c 942c 942f 942f
    // = ENM RCL PAC(row 15) "( clock ticking )" EDM EOC; the EOC is word index 17: frame
    // 9*30 + 5 + 17 = 292, 292 * 1001/30 = 9743.1 ms. "942c" at 00:00:12:08 (frame 368) ends
    // it at 12278.9 ms.
    const track = ingest('pycaption/scc/sample_scc_pop_on.scc');
    const first = track.cues[0]!;
    expect([first.startMs, first.endMs, first.text]).toEqual([9743, 12279, '( clock ticking )']);
    expect(track.cues).toHaveLength(7);
  });

  test("pycaption's own WebVTT conversion of an SCC sample has the same text", () => {
    // The index lists pycaption's expected output for scc_that_generates_webvtt_with_proper_newlines.
    // pycaption times it at 00:21:30.000 from the label; counting frames, the EOC (word index 7
    // after 00:21:29;23 = frame 38655) is frame 38662 = 1290022 ms.
    const ours = ingest('pycaption/scc/scc_that_generates_webvtt_with_proper_newlines.scc').cues;
    const theirs = ingest('pycaption/webvtt/sample_webvtt_from_scc_properly_writes_newlines_output.vtt').cues;
    expect(ours.map((c) => c.text)).toEqual(theirs.map((c) => c.text));
    expect(ours[0]!.startMs).toBe(1290022);
    expect(Math.abs(ours[0]!.startMs - theirs[0]!.startMs)).toBeLessThan(100);
  });

  test('ttconv mix-rows-roll-up.scc: every line once, in order', () => {
    const result = readScc(readFileSync(path.join(FORMATS_DIR, 'ttconv/scc/mix-rows-roll-up.scc'), 'utf8'));
    const lines = texts(result);
    expect(lines.slice(0, 3)).toEqual(['>>> HI.', "I'M KEVIN CUNNING AND AT", "INVESTOR'S BANK WE BELIEVE IN"]);
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines).toHaveLength(16);
    // ">>> HI." appears at 00:00:00;22 + 6 frames (frame 28, 934.3 ms) and is the current line
    // until the next line's text starts at 00:00:02;23 + 6 (frame 89, 2969.6 ms).
    expect([result.cues[0]!.startMs, result.cues[0]!.endMs]).toEqual([934, 2970]);
  });
});
