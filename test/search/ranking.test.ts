import type { Segment } from '../../src/model/transcript';
import { buildIndex, deserializeIndexes, serializeIndexes } from '../../src/search/inverted-index';
import { DEFAULT_RANKING, searchIndex, type Hit } from '../../src/search/search';

/**
 * Each ranking feature of search on a small index made for it. In every case the segment the
 * feature should favour comes later in time than its rival: without the feature their scores
 * tie (same text) and time order would put the rival first, so each test fails if the feature
 * stops working.
 */

const S = 1000;
const MIN = 60 * S;

function seg(id: string, startMs: number, text: string, extra: Partial<Segment> = {}): Segment {
  return { id, eventId: 'council', sessionId: 'main', recording: 'main', speaker: null, startMs, endMs: startMs + 10 * S, text, ...extra };
}

/** The ids of the segments hit, in rank order (a hit names its segment by recording and start). */
const ids = (hits: Hit[], segments: Segment[]) => hits.map((h) => segments.find((s) => s.recording === h.recording && s.startMs === h.startMs)!.id);

describe('hit windows: a mention with talk about the topic after it ranks above a lone one', () => {
  // "lone" and "among" say the same; "among" is followed within 30 s by more talk about turbines.
  const segments = [
    seg('lone', 0, 'The turbine was mentioned once.'),
    seg('among', 20 * MIN, 'The turbine was mentioned once.'),
    seg('after', 20 * MIN + 15 * S, 'Turbine blades cracked.'),
  ];

  test('the window starting at a mention holds the segments starting within 30 s, and is one hit', () => {
    const hits = searchIndex(buildIndex(segments, 'en'), 'turbine');
    expect(ids(hits, segments)).toEqual(['among', 'lone']);
    expect(hits[0]!.endMs).toBe(20 * MIN + 25 * S);
    expect(hits[0]!.text).toBe('The turbine was mentioned once.\nTurbine blades cracked.');
    expect(hits[0]!.matches.map(([a, b]) => hits[0]!.text.slice(a, b))).toEqual(['turbine', 'Turbine']);
  });

  test('talk in another recording or another session is outside the window: the two score the same', () => {
    for (const other of [{ recording: 'backup' }, { sessionId: 'next' }]) {
      const split = segments.map((s) => (s.id === 'after' ? { ...s, ...other } : s));
      const hits = searchIndex(buildIndex(split, 'en'), 'turbine');
      const score = (id: string) => hits[ids(hits, split).indexOf(id)]!.score;
      expect(hits).toHaveLength(3);
      expect(score('among')).toBe(score('lone'));
    }
  });

  test('a hit ends with its window when the last segment runs on: no hit is longer than 30 s', () => {
    const long = segments.map((s) => (s.id === 'after' ? { ...s, endMs: 20 * MIN + 55 * S } : s));
    const hits = searchIndex(buildIndex(long, 'en'), 'turbine');
    expect(hits[0]!.startMs).toBe(20 * MIN);
    expect(hits[0]!.endMs).toBe(20 * MIN + 30 * S);
  });

  test('a segment starting 30 s or more after the first is in the next window, not this one', () => {
    const late = segments.map((s) => (s.id === 'after' ? { ...s, startMs: 20 * MIN + 30 * S, endMs: 20 * MIN + 40 * S } : s));
    const hits = searchIndex(buildIndex(late, 'en'), 'turbine');
    expect(hits.find((h) => h.startMs === 20 * MIN)!.endMs).toBe(20 * MIN + 10 * S);
  });
});

describe('forms: a word that shares only the stem of the query word counts less than the word itself', () => {
  // A user searched "parking" and was shown "Park" (a name) first: same stem, another word.
  const segments = [
    seg('name', 0, 'Big Spring Park opens in May.'),
    seg('word', 10 * MIN, 'Big Spring parking opens in May.'),
  ];
  const index = buildIndex(segments, 'en');

  test('"parking" finds both, the one saying "parking" first', () => {
    expect(ids(searchIndex(index, 'parking'), segments)).toEqual(['word', 'name']);
  });

  test('and "park" puts "Park" first: the query\'s own form is what counts', () => {
    expect(ids(searchIndex(index, 'park'), segments)).toEqual(['name', 'word']);
  });

  test('with variantWeight 1 the two tie and time decides; the weight is a fraction of an occurrence', () => {
    expect(ids(searchIndex(index, 'parking', { ranking: { ...DEFAULT_RANKING, variantWeight: 1 } }), segments)).toEqual(['name', 'word']);
    const scores = searchIndex(index, 'parking').map((h) => h.score);
    expect(scores[1]!).toBeGreaterThan(0);
    expect(scores[1]!).toBeLessThan(scores[0]!);
  });

  test('case and accents are no other form', () => {
    const accented = [seg('plain', 0, 'The cafe on Main Street.'), seg('accented', 10 * MIN, 'The Café on Main Street.')];
    const hits = searchIndex(buildIndex(accented, 'en'), 'CAFE');
    expect(hits[0]!.score).toBe(hits[1]!.score);
  });

  test('each form is counted where it is said, the most frequent one (not stored) included', () => {
    // "parks" is the most frequent form of "park" here; with variantWeight 0 only the query's own form counts.
    const mixed = [
      seg('both', 0, 'Parks and parking, parks again.'),
      seg('parks', 10 * MIN, 'The parks.'),
      seg('parking', 20 * MIN, 'The parking.'),
      seg('park', 30 * MIN, 'A park.'),
    ];
    const exactOnly = { ranking: { ...DEFAULT_RANKING, variantWeight: 0 } };
    for (const index of [buildIndex(mixed, 'en'), deserializeIndexes(serializeIndexes([buildIndex(mixed, 'en')]))[0]!]) {
      expect(index.variedTerms.get('park')).toEqual(['parks', 'parking', 'park']);
      expect(ids(searchIndex(index, 'parks', exactOnly), mixed).sort()).toEqual(['both', 'parks']);
      expect(ids(searchIndex(index, 'parking', exactOnly), mixed).sort()).toEqual(['both', 'parking']);
      expect(ids(searchIndex(index, 'park', exactOnly), mixed)).toEqual(['park']);
      expect(searchIndex(index, 'park')).toHaveLength(4);
    }
  });

  test('after a round trip through the stored form', () => {
    expect(ids(searchIndex(deserializeIndexes(serializeIndexes([index]))[0]!, 'parking'), segments)).toEqual(['word', 'name']);
  });
});

describe('speaker boost: a query naming a speaker favours their segments', () => {
  const segments = [
    seg('other', 0, 'The budget for parks is too small.', { speaker: 'Hanna Okafor' }),
    seg('named', 10 * MIN, 'The budget for parks is too small.', { speaker: 'Javier García' }),
  ];
  const index = buildIndex(segments, 'en');

  test('the name in any case and without accents', () => {
    expect(ids(searchIndex(index, 'what did javier garcia say about the budget'), segments)).toEqual(['named', 'other']);
    expect(ids(searchIndex(index, 'budget'), segments)).toEqual(['other', 'named']);
  });

  test('the named speaker answering within the window counts: a question about what they said is often put by someone else', () => {
    const turns = [
      seg('alone', 0, 'What is the budget for parks?', { speaker: 'Hanna Okafor' }),
      seg('asked', 10 * MIN, 'What is the budget for parks?', { speaker: 'Hanna Okafor' }),
      seg('answer', 10 * MIN + 12 * S, 'It will rise next year.', { speaker: 'Javier García' }),
    ];
    expect(ids(searchIndex(buildIndex(turns, 'en'), 'what did javier garcia say about the budget'), turns)).toEqual(['asked', 'alone']);
    expect(ids(searchIndex(buildIndex(turns, 'en'), 'budget'), turns)).toEqual(['alone', 'asked']);
  });

  test('part of a name is no name', () => {
    expect(ids(searchIndex(index, 'what did javier say about the budget'), segments)).toEqual(['other', 'named']);
  });

  test('a name of one or two characters counts only as written, so the article "a" names no one', () => {
    const short = [
      seg('b', 0, 'A budget line for the park.', { speaker: 'B' }),
      seg('a', 10 * MIN, 'A budget line for the park.', { speaker: 'A' }),
    ];
    const shortIndex = buildIndex(short, 'en');
    expect(ids(searchIndex(shortIndex, 'what did A think about the budget'), short)).toEqual(['a', 'b']);
    expect(ids(searchIndex(shortIndex, 'what did a think about the budget'), short)).toEqual(['b', 'a']);
    expect(ids(searchIndex(shortIndex, 'is there a budget'), short)).toEqual(['b', 'a']);
  });
});

describe('title boost: a query on a session\'s subject favours that session', () => {
  const segments = [
    seg('transport', 0, 'We need more storage for energy.', { sessionId: 'transport' }),
    seg('energy', 30 * MIN, 'We need more storage for energy.', { sessionId: 'energy' }),
  ];

  test('the session whose title holds the query words comes first', () => {
    const index = buildIndex(segments, 'en', {}, { transport: 'Public transport', energy: 'Renewable energy' });
    expect(ids(searchIndex(index, 'energy storage'), segments)).toEqual(['energy', 'transport']);
  });

  test('without titles the two tie, and time decides', () => {
    expect(ids(searchIndex(buildIndex(segments, 'en'), 'energy storage'), segments)).toEqual(['transport', 'energy']);
  });
});

describe('hits do not overlap: one stretch of talk is one hit', () => {
  // Three strong matches within seconds of each other, a weaker one half an hour later.
  const segments = [
    seg('first', 0, 'Flooding, flooding and more flooding on the river.'),
    seg('second', 12 * S, 'Flooding again on the river banks, flooding.'),
    seg('third', 24 * S, 'Flooding of the river, flooding.'),
    seg('later', 30 * MIN, 'Some flooding was reported downtown.'),
  ];

  test('a window overlapping a better one in the same recording is left out', () => {
    const hits = ids(searchIndex(buildIndex(segments, 'en'), 'flooding river', { limit: 4 }), segments);
    expect(hits).toEqual(['first', 'later']);
  });

  test('the same times in another recording do not overlap', () => {
    const two = segments.map((s) => (s.id === 'second' ? { ...s, recording: 'backup' } : s));
    const hits = ids(searchIndex(buildIndex(two, 'en'), 'flooding river', { limit: 4 }), two);
    expect(hits).toContain('second');
    expect(hits).toContain('later');
  });
});

describe('question words: the words that frame a question are dropped when something else is asked', () => {
  const segments = [
    seg('framing', 0, 'What did the group think? We discussed and decided, and said what we thought.'),
    seg('answer', 10 * MIN, 'The library hours will change in May.'),
  ];
  const index = buildIndex(segments, 'en');

  test('"what did the group decide about the library" finds the library, not the talk about deciding', () => {
    expect(ids(searchIndex(index, 'what did the group decide about the library'), segments)).toEqual(['answer']);
    // asked alone, they are the question: a search for deciding finds the talk about deciding
    expect(ids(searchIndex(index, 'what did the group think and decide'), segments)).toEqual(['framing']);
  });

  test('with dropQuestionWords false (eval:search --cv tries it) they are free terms like any other', () => {
    const keep = { ranking: { ...DEFAULT_RANKING, dropQuestionWords: false } };
    expect(ids(searchIndex(index, 'what did the group think and decide', keep), segments)).toEqual(['framing']);
  });

  test('inside quotes they are words like any other', () => {
    expect(ids(searchIndex(index, '"group think"'), segments)).toEqual(['framing']);
  });
});
