import { EN } from '../helpers/english';
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
    const units = buildUnits({ cues }, UNIT_MS, EN);
    expect(units.length).toBeGreaterThanOrEqual(4);
    for (const u of units) expect(sentenceStarts).toContain(u.startMs);
  });

  test('"thank you to | all the panelists": a unit never starts inside the sentence, even when the unit is due there', () => {
    const cues = cuesOf([{ text: 'Good evening, everyone.' }, { text: 'Before we close,' }, { text: 'I want to say thank you to' }, { text: 'all the panelists of session one.' }, { text: 'It was a great session.' }]);
    // the unit that starts at 0 is due again at 5 s, and "all the panelists" is the first cue after that
    expect(cues[2]!.startMs).toBeLessThan(UNIT_MS);
    expect(cues[3]!.startMs).toBeGreaterThanOrEqual(UNIT_MS);
    const units = buildUnits({ cues }, UNIT_MS, EN);
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
    const units = buildUnits({ cues }, UNIT_MS, EN);
    expect(units.map((u) => u.startMs)).toEqual([0, cues[3]!.startMs]);
  });

  test('in punctuated captions a pause is no sign: a unit due after a pause inside a sentence waits for its end', () => {
    const cues = cuesOf([
      { text: 'Good evening, everyone.' },
      { text: 'Before we close, I want to say thank you to', gapMs: 3_000 },
      { text: 'all the panelists of session one.', gapMs: 3_000 },
      { text: 'It was a great session.' },
    ]);
    const units = buildUnits({ cues }, UNIT_MS, EN);
    expect(cues[2]!.startMs - cues[1]!.startMs).toBeGreaterThanOrEqual(UNIT_MS);
    expect(units.map((u) => u.startMs)).toEqual([0, cues[1]!.startMs, cues[3]!.startMs]);
  });

  test('captions that mark no sentence ends begin a unit at the first cue after each unit length', () => {
    const cues = cuesOf(Array.from({ length: 12 }, (_, i) => ({ text: `THE ROAD AND THE BRIDGE ${i}`, gapMs: i % 3 === 0 ? 1_600 : 200 })));
    const units = buildUnits({ cues }, UNIT_MS, EN);
    const expected: number[] = [];
    for (const c of cues) if (expected.length === 0 || c.startMs - expected[expected.length - 1]! >= UNIT_MS) expected.push(c.startMs);
    expect(units.map((u) => u.startMs)).toEqual(expected);
  });

  test('a few abbreviations ("Mr. Chair") do not make captions punctuated: their units still begin at cues', () => {
    const cues = cuesOf([{ text: 'Mr. Chair' }, ...Array.from({ length: 30 }, () => ({ text: 'and the road and the bridge and the park' }))]);
    const units = buildUnits({ cues }, UNIT_MS, EN);
    expect(units.length).toBeGreaterThan(10);
    for (let i = 1; i < units.length; i++) expect(units[i]!.startMs - units[i - 1]!.startMs).toBeLessThan(UNIT_MS + 2_200);
  });

  test('a new turn starts a unit even inside a sentence', () => {
    const cues = cuesOf([{ text: 'We will hear from' }, { text: 'the city manager on' }, { text: 'the water plant and' }, { text: 'thank you, madam chair,', turnStart: true }, { text: 'the plant is on time.' }]);
    const units = buildUnits({ cues }, UNIT_MS, EN);
    expect(units.map((u) => u.startMs)).toEqual([0, cues[3]!.startMs]);
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
    const units = buildUnits({ cues }, UNIT_MS, EN);
    expect(units.map((u) => u.startMs)).toEqual([0, partStart]);
  });

  test('a unit is never shorter than the unit length: sentence ends before it is due do not start one', () => {
    const cues = cuesOf([{ text: 'Yes.' }, { text: 'No.' }, { text: 'Aye.' }, { text: 'Nay.' }, { text: 'Abstain.' }, { text: 'Aye.' }]);
    const units = buildUnits({ cues }, UNIT_MS, EN);
    const starts = units.map((u) => u.startMs);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(UNIT_MS);
    expect(starts.length).toBeGreaterThan(1);
  });

  test('in punctuated captions a run-on sentence with no turn is still cut, at a cue, after four unit lengths (20 s) at most', () => {
    const sentences = Array.from({ length: 12 }, (_, i) => ({ text: `Item ${i} is done.` }));
    const runOn = Array.from({ length: 30 }, (_, i) => ({ text: `and then the ${i}th speaker said that the road` }));
    const cues = cuesOf([...sentences, ...runOn, { text: 'is closed.' }]);
    const units = buildUnits({ cues }, UNIT_MS, EN);
    const inRunOn = units.filter((u) => u.startMs > cues[sentences.length]!.startMs);
    expect(inRunOn.length).toBeGreaterThan(1);
    for (let i = 1; i < units.length; i++) expect(units[i]!.startMs - units[i - 1]!.startMs).toBeLessThanOrEqual(4 * UNIT_MS + 2_200);
    for (const u of units) expect(cues.map((c) => c.startMs)).toContain(u.startMs);
  });

  // "I now call on Mr. | Smith": an abbreviation at a cue's end does not end the sentence
  test.each(['Mr.', 'Dr.', 'Mrs.'])('a cue ending in "%s" does not end the sentence', (title) => {
    const cues = cuesOf([{ text: 'Good evening.' }, { text: 'Welcome, everyone.' }, { text: `Thank you. I now call on ${title}` }, { text: 'Smith to speak about the budget.' }, { text: 'Please go ahead.' }]);
    expect(cues[3]!.startMs).toBeGreaterThanOrEqual(UNIT_MS);
    const units = buildUnits({ cues }, UNIT_MS, EN);
    expect(units.map((u) => u.startMs)).toEqual([0, cues[4]!.startMs]);
  });
});
