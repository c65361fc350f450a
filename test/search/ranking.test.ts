import type { Segment } from '../../src/model/transcript';
import { buildIndex } from '../../src/search/inverted-index';
import { searchIndex, type Hit } from '../../src/search/search';

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

describe('passages: a mention among talk about the topic ranks above a lone one', () => {
  // "lone" and "among" say the same; "among" has talk about turbines 45 s before and after it
  // (within a passage, and far enough apart that spreading keeps them all).
  const segments = [
    seg('lone', 0, 'The turbine was mentioned once.'),
    seg('before', 20 * MIN, 'Wind turbines need maintenance every spring.'),
    seg('among', 20 * MIN + 55 * S, 'The turbine was mentioned once.'),
    seg('after', 20 * MIN + 110 * S, 'A turbine blade cracked last winter.'),
  ];

  test('the passage around a segment adds to its score', () => {
    const order = ids(searchIndex(buildIndex(segments), 'turbine'), segments);
    expect(order).toHaveLength(4);
    expect(order.indexOf('among')).toBeLessThan(order.indexOf('lone'));
  });

  test('talk in another recording is no passage: the two score the same', () => {
    const split = segments.map((s) => (s.id === 'among' ? { ...s, recording: 'backup' } : s));
    const hits = searchIndex(buildIndex(split), 'turbine');
    const score = (id: string) => hits[ids(hits, split).indexOf(id)]!.score;
    expect(score('among')).toBe(score('lone'));
  });
});

describe('speaker boost: a query naming a speaker favours their segments', () => {
  const segments = [
    seg('other', 0, 'The budget for parks is too small.', { speaker: 'Hanna Okafor' }),
    seg('named', 10 * MIN, 'The budget for parks is too small.', { speaker: 'Javier García' }),
  ];
  const index = buildIndex(segments);

  test('the name in any case and without accents', () => {
    expect(ids(searchIndex(index, 'what did javier garcia say about the budget'), segments)).toEqual(['named', 'other']);
    expect(ids(searchIndex(index, 'budget'), segments)).toEqual(['other', 'named']);
  });

  test('part of a name is no name', () => {
    expect(ids(searchIndex(index, 'what did javier say about the budget'), segments)).toEqual(['other', 'named']);
  });

  test('a name of one or two characters counts only as written, so the article "a" names no one', () => {
    const short = [
      seg('b', 0, 'A budget line for the park.', { speaker: 'B' }),
      seg('a', 10 * MIN, 'A budget line for the park.', { speaker: 'A' }),
    ];
    const shortIndex = buildIndex(short);
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
    const index = buildIndex(segments, {}, { transport: 'Public transport', energy: 'Renewable energy' });
    expect(ids(searchIndex(index, 'energy storage'), segments)).toEqual(['energy', 'transport']);
  });

  test('without titles the two tie, and time decides', () => {
    expect(ids(searchIndex(buildIndex(segments), 'energy storage'), segments)).toEqual(['transport', 'energy']);
  });
});

describe('spreading: hits from one stretch of talk do not fill every place', () => {
  // Three strong matches within seconds of each other, a weaker one half an hour later.
  const segments = [
    seg('first', 0, 'Flooding, flooding and more flooding on the river.'),
    seg('second', 12 * S, 'Flooding again on the river banks, flooding.'),
    seg('third', 24 * S, 'Flooding of the river, flooding.'),
    seg('later', 30 * MIN, 'Some flooding was reported downtown.'),
  ];

  test('a hit within 30 s of a better one in the same recording is left out', () => {
    const hits = ids(searchIndex(buildIndex(segments), 'flooding river', { limit: 2 }), segments);
    expect(hits).toHaveLength(2);
    expect(hits[1]).toBe('later');
  });

  test('the same times in another recording are not near', () => {
    const two = segments.map((s) => (s.id === 'second' ? { ...s, recording: 'backup' } : s));
    const hits = ids(searchIndex(buildIndex(two), 'flooding river', { limit: 4 }), two);
    expect(hits).toContain('second');
    expect(hits.filter((id) => id === 'first' || id === 'third')).toHaveLength(1);
  });
});

describe('question words: the words that frame a question find nothing by themselves', () => {
  const segments = [
    seg('framing', 0, 'What did the group think? We discussed and decided, and said what we thought.'),
    seg('answer', 10 * MIN, 'The library hours will change in May.'),
  ];
  const index = buildIndex(segments);

  test('"what did the group decide about the library" finds the library, not the talk about deciding', () => {
    expect(ids(searchIndex(index, 'what did the group decide about the library'), segments)).toEqual(['answer']);
    expect(searchIndex(index, 'what did the group think and decide')).toEqual([]);
  });

  test('inside quotes they are words like any other', () => {
    expect(ids(searchIndex(index, '"group think"'), segments)).toEqual(['framing']);
  });
});
