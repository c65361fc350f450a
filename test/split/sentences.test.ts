import { EN } from '../helpers/english';
import type { SpokenPiece } from '../../src/split/pieces';
import type { Cue } from '../../src/model/track';
import { cuePieces } from '../../src/split/pieces';
import { MAX_SENTENCE_WORDS, MAX_UNPUNCTUATED_WORDS, pauseThresholdMs, splitSentences, spokenWords } from '../../src/split/sentences';
import { endsSentence, isPunctuated } from '../../src/text/sentence-ends';

/** Pieces of one speaker, each [text, startMs, endMs]. */
function pieces(spec: [string, number, number][]): SpokenPiece[] {
  return spec.map(([text, startMs, endMs], i) => ({ text, speaker: null, turnStart: i === 0, startMs, endMs, sounds: [] }));
}
const sentenceTexts = (ps: SpokenPiece[], options = { pauseMs: 1200, punctuated: false, lang: EN }) =>
  splitSentences(spokenWords(ps), options).map((s) => s.tokens.map((t) => t.text).join(' '));

describe('sentences from unpunctuated CART capitals', () => {
  test('a pause longer than the threshold ends a sentence; short gaps do not', () => {
    const ps = pieces([
      ['GOOD MORNING EVERYONE AND', 0, 1500],
      ['WELCOME TO THE MEETING', 1700, 3000], // 0.2 s gap: same sentence
      ['LET US BEGIN WITH THE', 5000, 6500], // 2 s pause: new sentence
      ['ROLL CALL', 6600, 7200],
    ]);
    expect(sentenceTexts(ps)).toEqual(['GOOD MORNING EVERYONE AND WELCOME TO THE MEETING', 'LET US BEGIN WITH THE ROLL CALL']);
  });

  test('punctuation ends sentences inside a cue, and times come from the character share', () => {
    const ps = pieces([['YES. WE CAN HEAR YOU. THE SOUND', 10_000, 13_100]]);
    const sentences = splitSentences(spokenWords(ps), { pauseMs: 1200, punctuated: true, lang: EN }).map((s) => s.tokens);
    expect(sentences.map((s) => s.map((t) => t.text).join(' '))).toEqual(['YES.', 'WE CAN HEAR YOU.', 'THE SOUND']);
    expect(sentences[0]![0]!.startMs).toBe(10_000);
    expect(sentences[1]![0]!.startMs).toBe(10_500); // "WE" at character 5 of 31
    expect(sentences[2]![sentences[2]!.length - 1]!.endMs).toBe(13_100);
  });

  test('in punctuated captions a pause alone does not end a sentence (sparse cues mid-sentence)', () => {
    const ps = pieces([
      ['WE WILL START IN A FEW', 0, 3000],
      ['MINUTES.', 8000, 9000],
    ]);
    expect(sentenceTexts(ps, { pauseMs: 1200, punctuated: true, lang: EN })).toEqual(['WE WILL START IN A FEW MINUTES.']);
  });

  test('a long unpunctuated run is cut at its longest pause, and no piece is over the unpunctuated word limit', () => {
    const words = (n: number, w: string) => Array.from({ length: n }, () => w).join(' ');
    const ps = pieces([
      [words(12, 'ALPHA'), 0, 5000],
      [words(10, 'BRAVO'), 5500, 9000],
      [words(12, 'CHARLIE'), 10_100, 15_000], // the longest gap (1.1 s, under the 1.2 s pause)
      [words(6, 'DELTA'), 15_200, 17_000],
    ]);
    const sentences = sentenceTexts(ps);
    expect(splitSentences(spokenWords(ps), { pauseMs: 1200, punctuated: false, lang: EN }).map((s) => s.cut)).toEqual([true, false]);
    expect(sentences).toHaveLength(2);
    expect(sentences[0]).toBe(`${words(12, 'ALPHA')} ${words(10, 'BRAVO')}`);
    for (const s of sentences) expect(s.split(' ').length).toBeLessThanOrEqual(MAX_UNPUNCTUATED_WORDS);
    // Where the track writes full stops, the same 40 words are within the limit of written sentences.
    expect(splitSentences(spokenWords(ps), { pauseMs: 1200, punctuated: true, lang: EN })).toHaveLength(1);
  });

  test('a very long run is cut under the limit of written sentences wherever the track writes stops', () => {
    const ps = pieces([[Array.from({ length: 90 }, (_, i) => `w${i}`).join(' '), 0, 30_000]]);
    const runs = splitSentences(spokenWords(ps), { pauseMs: 1200, punctuated: true, lang: EN });
    expect(runs.length).toBeGreaterThan(2);
    for (const r of runs) expect(r.tokens.length).toBeLessThanOrEqual(MAX_SENTENCE_WORDS);
    expect(runs.flatMap((r) => r.tokens.map((t) => t.text))).toEqual(Array.from({ length: 90 }, (_, i) => `w${i}`));
  });

  test('abbreviations and initials do not end sentences; ? and ! do', () => {
    expect(endsSentence('MR.', EN)).toBe(false);
    expect(endsSentence('J.', EN, 'SMITH')).toBe(false);
    expect(endsSentence('DONE.', EN)).toBe(true);
    expect(endsSentence('HERE?', EN)).toBe(true);
    expect(endsSentence('"STOP!"', EN)).toBe(true);
    expect(endsSentence('GO,', EN)).toBe(false);
  });

  test('abbreviations: "U.S.", "p.m." and "Dr." inside a sentence do not end it', () => {
    const ps = pieces([['The U.S. delegation met at 3 p.m. on Friday. Dr. Smith agreed with the plan.', 0, 6000]]);
    expect(sentenceTexts(ps, { pauseMs: 1200, punctuated: true, lang: EN })).toEqual(['The U.S. delegation met at 3 p.m. on Friday.', 'Dr. Smith agreed with the plan.']);
    const caps = pieces([['THE U.S. DELEGATION MET AT 3 P.M. ON FRIDAY. DR. SMITH AGREED WITH THE PLAN.', 0, 6000]]);
    expect(sentenceTexts(caps, { pauseMs: 1200, punctuated: true, lang: EN })).toEqual(['THE U.S. DELEGATION MET AT 3 P.M. ON FRIDAY.', 'DR. SMITH AGREED WITH THE PLAN.']);
  });

  test('a capital letter alone is an initial before a name; a lower-case one ends its sentence', () => {
    const ps = pieces([['We asked J. Smith about plan A. The answer was a. you know. So do I. We agreed.', 0, 6000]]);
    expect(sentenceTexts(ps, { pauseMs: 1200, punctuated: true, lang: EN })).toEqual(['We asked J. Smith about plan A.', 'The answer was a.', 'you know.', 'So do I.', 'We agreed.']);
  });

  test('an abbreviation at the true end of a sentence ends it when the next word opens one', () => {
    const ps = pieces([['We met at 3 p.m. The vote followed. It ended at 9 a.m. Nobody left early.', 0, 6000]]);
    expect(sentenceTexts(ps, { pauseMs: 1200, punctuated: true, lang: EN })).toEqual(['We met at 3 p.m.', 'The vote followed.', 'It ended at 9 a.m.', 'Nobody left early.']);
    const caps = pieces([['WE MET AT 3 P.M. THE VOTE FOLLOWED. TALKS WITH THE U.S. WE THEN ADJOURNED.', 0, 6000]]);
    expect(sentenceTexts(caps, { pauseMs: 1200, punctuated: true, lang: EN })).toEqual(['WE MET AT 3 P.M.', 'THE VOTE FOLLOWED.', 'TALKS WITH THE U.S.', 'WE THEN ADJOURNED.']);
  });

  test.each([
    ['Mr.', 'Jones', false],
    ['Mrs.', 'Jones', false],
    ['Ms.', 'Jones', false],
    ['Prof.', 'Adebayo-Lind', false],
    ['St.', 'Gallen', false],
    ['e.g.', 'Paris', false],
    ['i.e.', 'the', false],
    ['J.', 'Smith', false],
    ['No.', '5', false],
    ['No.', 'We', true],
    ['NO.', 'WE', true],
    ['a.m.', 'on', false],
    ['p.m.', 'The', true],
    ['P.M.', 'ON', false],
    ['P.M.', 'THE', true],
    ['U.S.', 'delegation', false],
    ['U.K.', 'I', true],
    ['p.m.', undefined, true],
    ['Dr.', undefined, false],
  ])('"%s" followed by %s ends a sentence: %s', (token, next, ends) => {
    expect(endsSentence(token, EN, next)).toBe(ends);
  });

  test('punctuated or not: one sentence end in 30 words or more', () => {
    expect(isPunctuated(['GOOD MORNING. THANK YOU ALL.'], EN)).toBe(true);
    expect(isPunctuated([Array.from({ length: 100 }, () => 'WORD').join(' ')], EN)).toBe(false);
  });

  test('the pause threshold follows sparse cue timing, at least 1.2 s', () => {
    expect(pauseThresholdMs([{ startMs: 0, endMs: 1000 }, { startMs: 1000, endMs: 2000 }, { startMs: 2000, endMs: 3000 }])).toBe(1200);
    expect(pauseThresholdMs([{ startMs: 0, endMs: 1000 }, { startMs: 5000, endMs: 6000 }, { startMs: 10_000, endMs: 11_000 }])).toBe(6000);
  });

  test('non-speech annotations leave the text and keep a time', () => {
    const [piece] = cuePieces({ id: '1', startMs: 0, endMs: 4000, text: 'WITH MY [INAUDIBLE].', speaker: null, sounds: ['[INAUDIBLE]'] });
    expect(piece!.text).toBe('WITH MY.');
    expect(piece!.sounds).toEqual([{ text: '[INAUDIBLE]', startMs: 1600 }]);
    const [only] = cuePieces({ id: '2', startMs: 0, endMs: 3000, text: '[APPLAUSE]', speaker: null, sounds: ['[APPLAUSE]'], nonSpeech: true });
    expect(only!.text).toBe('');
    expect(only!.sounds).toEqual([{ text: '[APPLAUSE]', startMs: 0 }]);
  });
});

describe('word times from the captions (auto-captions) show the pauses inside cues', () => {
  // Auto-caption cues last until the next one starts, so no gap between cues shows a pause; the
  // inline word times do: "...the archive" ends near 2.4 s, "then" starts at 4.0 s.
  const words = (list: Array<[string, number]>) => list.map(([text, startMs]) => ({ text, startMs }));
  const cues: Cue[] = [
    { id: '1', startMs: 0, endMs: 3000, text: 'we opened the archive', speaker: null, words: words([['we', 0], ['opened', 300], ['the', 800], ['archive', 1100]]) },
    { id: '2', startMs: 3000, endMs: 6000, text: 'in may then we', speaker: null, words: words([['in', 1600], ['may', 1800], ['then', 4000], ['we', 4300]]) },
    { id: '3', startMs: 6000, endMs: 9000, text: 'started scanning', speaker: null, words: words([['started', 4500], ['scanning', 5000]]) },
  ];

  test('a pause between two timed words ends a sentence in unpunctuated captions', () => {
    const tokens = spokenWords(cues.flatMap(cuePieces));
    expect(tokens.map((t) => t.startMs)).toEqual([0, 300, 800, 1100, 1600, 1800, 4000, 4300, 4500, 5000]);
    expect(splitSentences(tokens, { pauseMs: 1200, punctuated: false, lang: EN }).map((r) => r.tokens.map((t) => t.text).join(' '))).toEqual([
      'we opened the archive in may',
      'then we started scanning',
    ]);
  });

  test('words that do not match the cue text (annotations taken out) fall back to estimated times', () => {
    const cue: Cue = { id: '4', startMs: 0, endMs: 4000, text: 'we opened [music] it', speaker: null, sounds: ['[music]'], words: words([['we', 0], ['opened', 500], ['[music]', 1000], ['it', 3000]]) };
    const [piece] = cuePieces(cue);
    expect(piece!.wordStarts).toBeUndefined();
    expect(piece!.text).toBe('we opened it');
  });
});
