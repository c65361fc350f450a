import fc from 'fast-check';
import { INGEST_GENERATOR, type Cue, type CueSettings, type Track } from '../../src/model/track';
import { decodeEntities } from '../../src/text/entities';

// Words of caption text: letters (accented too), digits, and characters that need escaping
// ("&", "<"). No ":" (it would make a speaker label), no ">>" (a speaker mark), no brackets.
const word = fc.stringMatching(/^[a-zA-Z0-9éüçñ’'&<.,?!]{1,8}$/);
const line = fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' '));
const text = fc.array(line, { minLength: 1, maxLength: 2 }).map((ls) => ls.join('\n'))
  // A line starting "- " reads as subtitle dialogue. Text that itself holds a character reference
  // ("&gt", "&amp;") is left out: the plain-text writers write "&" as it is, for the players that
  // decode nothing, and recap's readers decode references, so such text is the one documented
  // ambiguity of those formats (src/text/markup.ts escapeMinimal), not a round trip to hold.
  .filter((t) => !t.split('\n').some((l) => /^- /.test(l)) && decodeEntities(t) === t);
const speakerName = fc.constantFrom('Bilel Jamoussi', 'Javier García Díaz', 'Anna', 'me013', 'CHAIR');

const settings: fc.Arbitrary<CueSettings | undefined> = fc.option(
  fc.record(
    {
      align: fc.constantFrom('start', 'end', 'left', 'right') as fc.Arbitrary<CueSettings['align']>,
      position: fc.integer({ min: 0, max: 100 }),
      size: fc.integer({ min: 0, max: 99 }),
    },
    { requiredKeys: [] },
  ).filter((s) => Object.keys(s).length > 0),
  { nil: undefined },
);

const rawCue = fc.record({
  gapMs: fc.integer({ min: 1, max: 60_000 }),
  durationMs: fc.integer({ min: 0, max: 10_000 }),
  text,
  speaker: fc.option(speakerName, { nil: null }),
  newTurn: fc.boolean(),
  id: fc.option(fc.stringMatching(/^[a-z0-9]{1,6}$/), { nil: '' }),
  settings,
});

/**
 * A track in canonical form: cues in strictly increasing start order; a turn starts exactly where
 * a reader would see one (a new name, or an unnamed ">>" turn), as ingest produces them.
 */
export const canonicalTrack: fc.Arbitrary<Track> = fc.array(rawCue, { minLength: 1, maxLength: 25 }).map((raws) => {
  let t = 0;
  let previous: string | null = null;
  const cues: Cue[] = raws.map((r) => {
    t += r.gapMs;
    const turnStart = r.speaker !== null ? r.speaker !== previous : previous !== null || r.newTurn;
    previous = r.speaker;
    const cue: Cue = { id: r.id, startMs: t, endMs: t + r.durationMs, text: r.text, speaker: r.speaker };
    if (turnStart) cue.turnStart = true;
    if (r.settings) cue.settings = r.settings;
    return cue;
  });
  return { generator: INGEST_GENERATOR, format: 'webvtt', encoding: 'utf-8', cues, diagnostics: [] };
});

