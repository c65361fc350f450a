import { buildUnits } from '../../src/align/units';
import type { Cue } from '../../src/model/track';

const UNIT_MS = 5_000;

interface Piece {
  text: string;
  /** silence before the cue, ms (200 ms if not given: continuous speech) */
  gapMs?: number;
  turnStart?: boolean;
}

/** Cues of 2 s each, one per piece, with the given silences between them. */
function cuesOf(pieces: Piece[]): Cue[] {
  let t = 0;
  return pieces.map((p, i) => {
    t += i === 0 ? 0 : (p.gapMs ?? 200);
    const cue: Cue = { id: String(i + 1), startMs: t, endMs: t + 2_000, text: p.text, speaker: null };
    if (p.turnStart) cue.turnStart = true;
    t += 2_000;
    return cue;
  });
}

/** Sentences cut into cues of at most `perCue` words, as caption files do; marks where each sentence starts. */
function sentenceCues(sentences: string[], perCue: number): { cues: Cue[]; sentenceStarts: Set<number> } {
  const pieces: Piece[] = [];
  const firstPiece: number[] = [];
  for (const s of sentences) {
    const words = s.split(' ');
    firstPiece.push(pieces.length);
    for (let i = 0; i < words.length; i += perCue) pieces.push({ text: words.slice(i, i + perCue).join(' ') });
  }
  const cues = cuesOf(pieces);
  return { cues, sentenceStarts: new Set(firstPiece.map((i) => cues[i]!.startMs)) };
}

// Sentences of at most 12 words (under 10 s when cut 3 words a cue), so none runs on for three unit lengths.
const SENTENCES = [
  'Good evening and welcome to the regular meeting of the council.',
  'Thank you to all the panelists of session one.',
  'We will begin with the minutes.',
  'Are there any corrections?',
  'The minutes of the last meeting stand approved as distributed.',
  'Next we have a presentation on the new water plant!',
  'She will take questions afterwards.',
  'Members of the public who wish to speak should fill in a card…',
  'Thank you.',
  'Our next item is the budget amendment for the parks department.',
  'The clerk said "the item is closed."',
  'The vote was seven to zero (unanimous.)',
];

describe('buildUnits: units begin only where a sentence or a turn begins', () => {
  test.each([3, 4, 6])('punctuated captions cut every %i words: every unit starts a sentence', (perCue) => {
    const { cues, sentenceStarts } = sentenceCues(SENTENCES, perCue);
    const units = buildUnits({ cues }, UNIT_MS);
    expect(units.length).toBeGreaterThanOrEqual(4);
    for (const u of units) expect(sentenceStarts).toContain(u.startMs);
  });

  test('"thank you to | all the panelists": a unit never starts inside the sentence, even when the unit is due there', () => {
    const cues = cuesOf([{ text: 'Good evening, everyone.' }, { text: 'Before we close,' }, { text: 'I want to say thank you to' }, { text: 'all the panelists of session one.' }, { text: 'It was a great session.' }]);
    // the unit that starts at 0 is due again at 5 s, and "all the panelists" is the first cue after that
    expect(cues[2]!.startMs).toBeLessThan(UNIT_MS);
    expect(cues[3]!.startMs).toBeGreaterThanOrEqual(UNIT_MS);
    const units = buildUnits({ cues }, UNIT_MS);
    expect(units.map((u) => u.startMs)).toEqual([0, cues[4]!.startMs]);
    expect(units[0]!.text).toContain('thank you to all the panelists of session one.');
  });

  test.each([
    ['a full stop', 'The item is closed.'],
    ['a question mark', 'Any objection?'],
    ['an exclamation mark', 'What a turnout!'],
    ['an ellipsis', 'And so we wait…'],
    ['a closing quote', 'She said "we are done."'],
    ['a closing bracket', 'The vote was unanimous (seven to zero.)'],
    ['a full stop and trailing spaces', 'The item is closed.  '],
  ])('%s ends a sentence: the next cue may start a unit', (_, ending) => {
    const cues = cuesOf([{ text: 'We now turn to the report' }, { text: 'from the finance committee' }, { text: ending }, { text: 'Next comes the budget.' }]);
    const units = buildUnits({ cues }, UNIT_MS);
    expect(units.map((u) => u.startMs)).toEqual([0, cues[3]!.startMs]);
  });

  test('unpunctuated captions fall back to pauses: a unit starts after a pause of 1.5 s, never after a shorter one', () => {
    const cues = cuesOf([
      { text: 'THANK YOU ALL FOR COMING' },
      { text: 'TONIGHT WE HAVE A LONG' },
      { text: 'AGENDA AND I WANT TO THANK', gapMs: 1_400 },
      { text: 'THE STAFF FOR THEIR WORK' },
      { text: 'ITEM ONE IS THE BUDGET', gapMs: 1_500 },
      { text: 'FOR THE PARKS DEPARTMENT' },
    ]);
    const units = buildUnits({ cues }, UNIT_MS);
    expect(units.map((u) => u.startMs)).toEqual([0, cues[4]!.startMs]);
  });

  test('unpunctuated captions fall back to turns: a new turn starts a unit without any pause', () => {
    const cues = cuesOf([{ text: 'WE WILL HEAR FROM' }, { text: 'THE CITY MANAGER ON' }, { text: 'THE WATER PLANT' }, { text: 'THANK YOU MADAM CHAIR', turnStart: true }, { text: 'THE PLANT IS ON TIME' }]);
    const units = buildUnits({ cues }, UNIT_MS);
    expect(units.map((u) => u.startMs)).toEqual([0, cues[3]!.startMs]);
    expect(units[1]!.turnStart).toBe(true);
  });

  test('a turn that begins inside a cue (a ">>" mark) starts the unit at that part', () => {
    const cues = cuesOf([{ text: 'We will hear from' }, { text: 'the city manager on' }, { text: 'the water plant' }]);
    const last = cues[2]!;
    const partStart = last.startMs + 1_000;
    last.text = 'the water plant. Thank you, madam chair.';
    last.parts = [
      { text: 'the water plant.', speaker: null, turnStart: false, startMs: last.startMs },
      { text: 'Thank you, madam chair.', speaker: null, turnStart: true, startMs: partStart },
    ];
    const units = buildUnits({ cues }, UNIT_MS);
    expect(units.map((u) => u.startMs)).toEqual([0, partStart]);
  });

  test('a unit is never shorter than the unit length: sentence ends before it is due do not start one', () => {
    const cues = cuesOf([{ text: 'Yes.' }, { text: 'No.' }, { text: 'Aye.' }, { text: 'Nay.' }, { text: 'Abstain.' }, { text: 'Aye.' }]);
    const units = buildUnits({ cues }, UNIT_MS);
    const starts = units.map((u) => u.startMs);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(UNIT_MS);
    expect(starts.length).toBeGreaterThan(1);
  });

  test('a run-on stretch with no sentence end, pause or turn is still cut, after three unit lengths at most', () => {
    const cues = cuesOf(Array.from({ length: 40 }, (_, i) => ({ text: `and then the ${i}th speaker said that the road` })));
    const units = buildUnits({ cues }, UNIT_MS);
    expect(units.length).toBeGreaterThan(3);
    for (let i = 1; i < units.length; i++) expect(units[i]!.startMs - units[i - 1]!.startMs).toBeLessThanOrEqual(3 * UNIT_MS + 2_200);
    for (const u of units) expect(cues.map((c) => c.startMs)).toContain(u.startMs);
  });

  test('one punctuated cue makes a track punctuated: the run-on cut still applies where its sentences never end', () => {
    const cues = cuesOf([{ text: 'Mr. Chair' }, ...Array.from({ length: 30 }, () => ({ text: 'and the road and the bridge and the park' }))]);
    const units = buildUnits({ cues }, UNIT_MS);
    for (let i = 1; i < units.length; i++) expect(units[i]!.startMs - units[i - 1]!.startMs).toBeLessThanOrEqual(3 * UNIT_MS + 2_200);
  });

  // BUG: a cue that ends in an abbreviation ("Mr.", "Dr.", "Mrs.") counts as a sentence end
  // (SENTENCE_END in units.ts sees only the final "."), so a unit, and with it a session
  // boundary, can start inside "I now call on Mr. | Smith to speak".
  test.failing.each(['Mr.', 'Dr.', 'Mrs.'])('BUG: a cue ending in "%s" does not end the sentence', (title) => {
    const cues = cuesOf([{ text: 'Good evening.' }, { text: 'Welcome, everyone.' }, { text: `Thank you. I now call on ${title}` }, { text: 'Smith to speak about the budget.' }, { text: 'Please go ahead.' }]);
    expect(cues[3]!.startMs).toBeGreaterThanOrEqual(UNIT_MS);
    const units = buildUnits({ cues }, UNIT_MS);
    expect(units.map((u) => u.startMs)).toEqual([0, cues[4]!.startMs]);
  });
});
