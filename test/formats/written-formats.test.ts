import { speakerStretches } from '../../src/model/speaker-stretches';
import fc from 'fast-check';
import { readFileSync } from 'fs';
import path from 'path';
import { ingestCaptions } from '../../src/formats/ingest';
import { formatById, writerByExtension } from '../../src/formats/registry';
import { CaptionInputError } from '../../src/model/errors';
import type { Track } from '../../src/model/track';
import { formatFixtures } from '../helpers/caption-files';
import { describeCorpus } from '../helpers/shared-corpus';
import { canonicalTrack } from '../helpers/track-arbitrary';

/**
 * The formats recap writes through subsrt-ts, each read back by recap's own reader. What a
 * format can hold decides what must come back: its time unit (ASS/SSA and LRC centiseconds,
 * cut down; MicroDVD frames at the 25 fps it states), whether two cues can be shown at once
 * (SAMI and LRC: a cue lasts until the next), and whether a cue has line breaks (LRC: no).
 */
interface Holds {
  quantize: (ms: number) => number;
  /** the smallest step between times, for generated tracks */
  unitMs: number;
  oneCueAtATime: boolean;
  oneLine: boolean;
}

const exact = (ms: number) => ms;
const centiseconds = (ms: number) => Math.floor(ms / 10) * 10;
const frames25 = (ms: number) => Math.round((ms * 25) / 1000) * 40;

const FORMATS: Record<string, Holds> = {
  sbv: { quantize: exact, unitMs: 1, oneCueAtATime: false, oneLine: false },
  ass: { quantize: centiseconds, unitMs: 10, oneCueAtATime: false, oneLine: false },
  ssa: { quantize: centiseconds, unitMs: 10, oneCueAtATime: false, oneLine: false },
  sami: { quantize: exact, unitMs: 1, oneCueAtATime: true, oneLine: false },
  lrc: { quantize: centiseconds, unitMs: 10, oneCueAtATime: true, oneLine: true },
  microdvd: { quantize: frames25, unitMs: 40, oneCueAtATime: false, oneLine: false },
};

/** What must come back of each cue: times, text and who speaks, as the format holds them. */
function kept(track: Track, holds: Holds) {
  return track.cues.map((c, i) => {
    const next = track.cues[i + 1];
    const endMs = holds.oneCueAtATime && next && next.startMs < c.endMs ? next.startMs : c.endMs;
    return {
      startMs: holds.quantize(c.startMs),
      endMs: holds.quantize(endMs),
      text: holds.oneLine ? c.text.replace(/\n/g, ' ') : c.text,
      speakers: speakerStretches(c).map((p) => p.speaker),
    };
  });
}

function writeAndRead(track: Track, id: string): Track {
  const format = formatById(id)!;
  const written = format.write!(track);
  return ingestCaptions(Buffer.from(written, 'utf8'), { fileName: `rt.${format.extensions[0]!}` });
}

/** The track with its times on the format's grid and every cue at least one unit long. */
function onGrid(track: Track, unitMs: number): Track {
  return { ...track, cues: track.cues.map((c) => ({ ...c, startMs: c.startMs * unitMs, endMs: (Math.max(c.endMs, c.startMs + 1)) * unitMs })) };
}

describe('convert picks the writer by the output\'s extension', () => {
  test.each([
    ['x.sbv', 'sbv'], ['x.ass', 'ass'], ['x.ssa', 'ssa'], ['x.smi', 'sami'], ['x.sami', 'sami'], ['x.lrc', 'lrc'],
    // ".sub" is also SubViewer's second extension; written, it is MicroDVD
    ['x.sub', 'microdvd'], ['x.SRT', 'srt'],
  ])('%s is written as %s', (file, id) => {
    expect(writerByExtension(file)?.id).toBe(id);
  });
});

describe('writing works around subsrt-ts\'s known faults', () => {
  const track: Track = {
    generator: 'ingest@test', format: 'webvtt', encoding: 'utf-8', diagnostics: [],
    cues: [
      { id: '', startMs: 1000, endMs: 2500, text: 'First line\nsecond line', speaker: 'Anna', turnStart: true },
      { id: '', startMs: 3000, endMs: 4000, text: 'Two\nthree\nlines', speaker: 'Anna' },
    ],
  };

  test('MicroDVD: frames at the stated 25 fps, every line break as "|"', () => {
    expect(formatById('microdvd')!.write!(track)).toBe('{1}{1}25\n{25}{63}>> Anna: First line|second line\n{75}{100}Two|three|lines\n');
  });

  test('ASS and SSA: no made-up speaker in the Name column, "\\n" line ends', () => {
    const ass = formatById('ass')!.write!(track);
    expect(ass).not.toContain('\r');
    expect(ass).toContain('Dialogue: 0,0:00:01.00,0:00:02.50,DefaultVCD,,0000,0000,0000,,>> Anna: First line\\Nsecond line\n');
    expect(formatById('ssa')!.write!(track)).toContain('Dialogue: Marked=0,0:00:03.00,0:00:04.00,DefaultVCD,,0000,0000,0000,,Two\\Nthree\\Nlines\n');
  });

  test('LRC: one line per cue, a time with no text where a gap starts', () => {
    expect(formatById('lrc')!.write!(track)).toBe('[00:01.00]>> Anna: First line second line\n[00:02.50]\n[00:03.00]Two three lines\n[00:04.00]\n');
  });

  test('SAMI: the track\'s language, or none, never a default one', () => {
    expect(formatById('sami')!.write!(track)).toContain('.LANG { SAMIType: CC; }');
    expect(formatById('sami')!.write!({ ...track, language: 'fr-CA' })).toContain('.LANG { Name: fr-CA; lang: fr-CA; SAMIType: CC; }');
    expect(ingestCaptions(Buffer.from(formatById('sami')!.write!({ ...track, language: 'fr-CA' })), { fileName: 'x.smi' }).language).toBe('fr-CA');
  });

  test('SBV: numbered nowhere, "\\n" line ends, markup-like text escaped', () => {
    const sbv = formatById('sbv')!.write!({ ...track, cues: [{ ...track.cues[0]!, text: 'a <b>bold</b> claim & more' }] });
    expect(sbv).toBe('00:00:01.000,00:00:02.500\n>> Anna: a &lt;b>bold&lt;/b> claim & more\n\n');
  });
});

describe('any track written and read back keeps what the format holds', () => {
  test.each(Object.keys(FORMATS))('%s', (id) => {
    const holds = FORMATS[id]!;
    fc.assert(
      fc.property(canonicalTrack, (generated) => {
        const track = onGrid(generated, holds.unitMs);
        expect(kept(writeAndRead(track, id), holds)).toEqual(kept(track, holds));
      }),
      { numRuns: 150 },
    );
  });
});

/**
 * Files whose reading the writer cannot reproduce, with why. Here the source's " MAN:" (a space
 * before the label, after the frame numbers) is not taken for a speaker label by recap's reader,
 * while the written "MAN:" is: a reader quirk (src/text), not a writing fault.
 */
const READER_QUIRKS = new Set(['formats/pycaption/microdvd/missing_fps_sample_microdvd.sub']);

describeCorpus('corpus caption files written in their own format and read back keep their cues', () => {
  const root = path.resolve(__dirname, '../../..');
  const fixtures = formatFixtures(Object.keys(FORMATS)).filter((f) => ![...READER_QUIRKS].some((q) => f.file.endsWith(q)));

  test.each(fixtures.map((f) => [path.relative(root, f.file), f.file]))('%s', (_name, file) => {
    let track: Track;
    try {
      track = ingestCaptions(readFileSync(file), { fileName: file });
    } catch (e) {
      expect(e).toBeInstanceOf(CaptionInputError);
      return; // refused inputs are covered by the corpus walk
    }
    const holds = FORMATS[track.format]!;
    expect(kept(writeAndRead(track, track.format), holds)).toEqual(kept(track, holds));
  });
});
