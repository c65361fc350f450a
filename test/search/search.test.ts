import { buildIndex, deserializeIndexes, serializeIndexes } from '../../src/search/inverted-index';
import { parseQuery } from '../../src/search/query';
import { languageOf } from '../../src/text/language/registry';

const ENGLISH = languageOf('en');
import type { Segment } from '../../src/model/transcript';
import { DEFAULT_RANKING, searchIndex, searchIndexes } from '../../src/search/search';
import { makeSnippet } from '../../src/search/snippet';

let n = 0;
function seg(text: string, extra: Partial<Segment> = {}): Segment {
  n++;
  return { id: `s${n}`, eventId: 'forum', sessionId: 'opening', recording: 'main', speaker: null, startMs: n * 60_000, endMs: n * 60_000 + 10_000, text, ...extra };
}

const segments: Segment[] = [
  seg('Welcome everyone to the forum on smart cities.', { speaker: 'Bilel Jamoussi' }),
  seg('The budget for the pilot projects was discussed at length.', { speaker: 'Javier García Díaz', sessionId: 'session-1' }),
  seg('We will present an outcome document at the end of this forum.', { speaker: 'Javier García Díaz', sessionId: 'session-1' }),
  seg('The document describes the outcome of the standards survey.', { speaker: 'Hanna Okafor-Reyes', sessionId: 'session-2' }),
  seg('Budgets, budgeting and more budgets for digital transformation.', { speaker: 'Hanna Okafor-Reyes', sessionId: 'session-2' }),
];
const index = buildIndex(segments, 'en', { main: 'https://example.org/rec.mp4' });

describe('ranking', () => {
  it('puts the segment with the query words first, stemmed', () => {
    const hits = searchIndex(index, 'budgets of the pilot project');
    expect(hits[0]!.text).toMatch(/pilot projects/);
    expect(hits.map((h) => h.text)).toContain(segments[4]!.text);
  });

  it('ignores stop words: a query of stop words finds nothing', () => {
    expect(searchIndex(index, 'the of and')).toEqual([]);
  });

  it('honours --limit and orders by score', () => {
    const hits = searchIndex(index, 'forum document outcome budget', { limit: 2 });
    expect(hits).toHaveLength(2);
    expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[1]!.score);
  });
});

describe('phrases', () => {
  it('"outcome document" matches the words adjacent and in order only', () => {
    const hits = searchIndex(index, '"outcome document"');
    expect(hits.map((h) => h.text)).toEqual([segments[2]!.text]);
  });

  it('keeps stop words as gaps: "outcome of the standards"', () => {
    expect(searchIndex(index, '"outcome of the standards"').map((h) => h.text)).toEqual([segments[3]!.text]);
    expect(searchIndex(index, '"outcome standards"')).toEqual([]);
  });

  it('combines a phrase with free terms', () => {
    expect(parseQuery('"outcome document" forum', ENGLISH)).toEqual({ terms: ['forum'], forms: [['forum']], phrases: [{ terms: [{ term: 'outcom', offset: 0 }, { term: 'document', offset: 1 }] }] });
  });

  it('keeps the forms a query writes each free term in', () => {
    expect(parseQuery('Parking, parks and the park', ENGLISH)).toEqual({ terms: ['park'], forms: [['parking', 'parks', 'park']], phrases: [] });
  });

  test('framing words are dropped only when something else is asked', () => {
    expect(parseQuery('what did the team decide about the meeting budget', ENGLISH).terms).toEqual(['budget']);
    // a query of framing words alone is the question itself: "team decisions" finds team decisions
    expect(parseQuery('team decisions', ENGLISH).terms.length).toBeGreaterThan(0);
    expect(parseQuery('meeting', ENGLISH).terms).toEqual(['meet']);
  });
});

describe('filters', () => {
  it('by session', () => {
    expect(searchIndex(index, 'budget', { sessionId: 'session-2' }).map((h) => h.sessionId)).toEqual(['session-2']);
  });

  it('by speaker, case-insensitive with folded accents, whole name or whole words of it', () => {
    expect(searchIndex(index, 'budget', { speaker: 'JAVIER GARCIA DIAZ' }).map((h) => h.speaker)).toEqual(['Javier García Díaz']);
    expect(searchIndex(index, 'budget', { speaker: 'okafor-reyes' }).map((h) => h.speaker)).toEqual(['Hanna Okafor-Reyes']);
    expect(searchIndex(index, 'budget', { speaker: 'Jav' })).toEqual([]);
  });

  it('by time range (overlap) and by event', () => {
    const hits = searchIndex(index, 'budget', { fromMs: 4 * 60_000, toMs: 6 * 60_000 });
    expect(hits.map((h) => h.startMs)).toEqual([5 * 60_000]);
    expect(searchIndex(index, 'budget', { eventId: 'other' })).toEqual([]);
  });
});

describe('filters and hit windows', () => {
  // A turn by Ana, Ben's reply 10 s later and Ana again 20 s after her first turn: one window unfiltered.
  const talk = buildIndex([
    { id: 'a1', eventId: 'forum', sessionId: 'opening', recording: 'main', speaker: 'Ana', startMs: 0, endMs: 8_000, text: 'The tram budget.' },
    { id: 'b1', eventId: 'forum', sessionId: 'opening', recording: 'main', speaker: 'Ben', startMs: 10_000, endMs: 18_000, text: 'Tram fares rise.' },
    { id: 'a2', eventId: 'forum', sessionId: 'opening', recording: 'main', speaker: 'Ana', startMs: 20_000, endMs: 28_000, text: 'Trams run late.' },
  ], 'en');

  it('a filtered window ends before the first segment the filter leaves out: a hit holds only what was asked for', () => {
    expect(searchIndex(talk, 'tram').map((h) => [h.startMs, h.endMs])).toEqual([[0, 28_000]]);
    const ana = searchIndex(talk, 'tram', { speaker: 'ana' });
    expect(ana.map((h) => [h.startMs, h.endMs, h.text])).toEqual([
      [0, 8_000, 'The tram budget.'],
      [20_000, 28_000, 'Trams run late.'],
    ]);
    expect(searchIndex(talk, 'tram', { toMs: 15_000 }).map((h) => [h.startMs, h.endMs])).toEqual([[0, 18_000]]);
  });
});

describe('snippets and links', () => {
  it('mark the matched words and give their offsets', () => {
    const [hit] = searchIndex(index, '"outcome document"');
    expect(hit!.snippet).toBe('We will present an **outcome** **document** at the end of this forum.');
    expect(hit!.matches.map(([s, e]) => hit!.text.slice(s, e))).toEqual(['outcome', 'document']);
  });

  it('window long texts around the matches', () => {
    const text = `${'word '.repeat(100)}needle ${'tail '.repeat(100)}`;
    const snippet = makeSnippet(text, [[500, 506]]);
    expect(snippet).toContain('**needle**');
    expect(snippet.startsWith('…') && snippet.endsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThan(260);
  });

  it('window long unspaced texts around their matches, whatever spaces come later, and never cut a character in two', () => {
    // Chinese has no spaces: the first space is a Latin name's, long after the match
    const chinese = `${'会议讨论了城市规划。'.repeat(10)}标准${'我们需要更多的资金。'.repeat(10)}COP 28${'谢谢。'.repeat(20)}`;
    const at = chinese.indexOf('标准');
    expect(makeSnippet(chinese, [[at, at + 2]])).toContain('**标准**');
    // characters outside the BMP (a surrogate pair each) and Arabic vowel marks stay whole at the window's edges
    for (const unit of ['𠮷野家', 'بِالْ']) {
      for (const gap of ['', '。', '。。', '。。。']) {
        // the gap moves the match against the units, so the window's edges fall at every point of them
        const text = `${unit.repeat(60)}${gap}标准${gap}${unit.repeat(60)}`;
        const start = text.indexOf('标准');
        const snippet = makeSnippet(text, [[start, start + 2]]);
        expect(snippet).toContain('**标准**');
        // no low surrogate or vowel mark opens the window, no high surrogate closes it
        expect(snippet).not.toMatch(/^…(?:[\uDC00-\uDFFF]|\p{M})|[\uD800-\uDBFF]…$/u);
      }
    }
  });

  it('deep-link to the segment start in whole seconds', () => {
    const [hit] = searchIndex(index, '"outcome document"');
    expect(hit!.link).toBe('https://example.org/rec.mp4#t=180');
    const youtube = buildIndex([seg('The video said budget.', { startMs: 61_999 })], 'en', { main: 'https://www.youtube.com/watch?v=ID#old' });
    expect(searchIndex(youtube, 'budget')[0]!.link).toBe('https://www.youtube.com/watch?v=ID&t=61');
    expect(searchIndex(buildIndex(segments, 'en'), 'budget')[0]!.link).toBeNull();
  });
});

describe('serialisation', () => {
  it('round-trips and gives the same bytes for the same segments', () => {
    const text = serializeIndexes([index]);
    expect(serializeIndexes([buildIndex(segments, 'en', { main: 'https://example.org/rec.mp4' })])).toBe(text);
    const back = deserializeIndexes(text)[0]!;
    expect(searchIndex(back, 'budget')).toEqual(searchIndex(index, 'budget'));
  });

  it('searches several indexes and merges by score', () => {
    const other = buildIndex([{ ...segments[1]!, eventId: 'summit', id: 'x' }], 'en');
    const hits = searchIndexes([index, other], 'pilot');
    expect(new Set(hits.map((h) => h.eventId))).toEqual(new Set(['forum', 'summit']));
    expect(searchIndexes([index, other], 'pilot', { eventId: 'summit' }).map((h) => h.eventId)).toEqual(['summit']);
  });
});

test('a segment of 150,000 words (one cue of a long recording that never breaks) is indexed with every position', () => {
  const long = buildIndex([seg(Array(150_000).fill('budget').join(' '))], 'en');
  const flat = long.postings.get('budget')!;
  expect(flat.slice(0, 4)).toEqual([0, 150_000, 0, 1]);
  expect(flat).toHaveLength(150_002);
  expect(flat[flat.length - 1]).toBe(149_999);
});

describe('ranking constants are passed, not shared', () => {
  const near = buildIndex([
    seg('The budget was adopted.', { startMs: 0, endMs: 5_000 }),
    seg('The budget goes to the council.', { startMs: 8_000, endMs: 12_000 }),
    seg('Other business.', { startMs: 20_000, endMs: 25_000 }),
  ], 'en');

  test('a search takes its ranking from its options; the defaults cannot be changed by anyone', () => {
    expect(searchIndex(near, 'budget')).toHaveLength(1); // the second mention starts within the first one's 30 s window
    expect(searchIndex(near, 'budget', { ranking: { ...DEFAULT_RANKING, windowMs: 5_000 } })).toHaveLength(2);
    expect(Object.isFrozen(DEFAULT_RANKING)).toBe(true);
    expect(() => {
      (DEFAULT_RANKING as { windowMs: number }).windowMs = 0;
    }).toThrow(TypeError);
  });

  test('windows computed for one windowMs are not reused for another', () => {
    const wide = searchIndex(near, 'budget')[0]!.score;
    const narrow = searchIndex(near, 'budget', { ranking: { ...DEFAULT_RANKING, windowMs: 5_000 } })[0]!.score;
    expect(narrow).not.toBe(wide);
    expect(searchIndex(near, 'budget')[0]!.score).toBe(wide);
  });
});
