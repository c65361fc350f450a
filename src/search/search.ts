import { recordingLink } from '../model/recording-link';
import type { Language } from '../text/language/language';
import { languageOf, primaryTag } from '../text/language/registry';
import { searchTokens } from './analyze';
import type { SearchIndex } from './inverted-index';
import { parseQuery, type ParsedQuery } from './query';
import type { Filters } from './filters';
import { compareDocs, DEFAULT_RANKING, rankIndex, type RankedWindow, type Ranking } from './rank';
import { makeSnippet, type Span } from './snippet';

export { DEFAULT_RANKING, type Ranking } from './rank';

export interface SearchOptions extends Filters {
  /** at most this many hits; default 10 */
  limit?: number;
  /** ranking constants; default DEFAULT_RANKING (experiments such as `eval:search -- --cv` pass their own) */
  ranking?: Ranking;
  /**
   * a BCP 47 tag: the query is in this language, and only documents in it are searched; default:
   * the query is read in every language the indexes hold, each reading matched against that language's documents
   */
  language?: string;
}

/**
 * One hit: a window of talk (hit-windows.ts) from the segment where a query word is said, so
 * startMs is a segment's start (the moment a link plays from); endMs is the end of the window's
 * last segment, or the window's end (windowMs after startMs) when that segment runs on: a hit is
 * never longer than the window. speaker is the first segment's; text joins the window's segments.
 */
export interface Hit {
  eventId: string;
  /** BCP 47 primary subtag of the hit's text (its recording's language) */
  language: string;
  sessionId: string;
  recording: string;
  speaker: string | null;
  startMs: number;
  endMs: number;
  text: string;
  score: number;
  /** the recording at startMs (recordingLink), or null when the recording has no url */
  link: string | null;
  /** text (or a window of it) with matched words marked **like this** */
  snippet: string;
  /** matched words as [start, end) offsets into `text` (UTF-16 code units) */
  matches: Span[];
}

/** Offsets of the words the query matched in a text (in the language the query was parsed in): its free terms and its phrases' words. */
export function matchSpans(text: string, query: ParsedQuery, language: Language): Span[] {
  const tokens = searchTokens(text, language);
  const marked = new Set<number>();
  tokens.forEach((t, i) => {
    if (t.term !== null && query.terms.includes(t.term)) marked.add(i);
  });
  // tokens[i].position === i: every word is a token, so positions index the array.
  for (const phrase of query.phrases) {
    for (let i = 0; i < tokens.length; i++) {
      if (phrase.terms.every((p) => tokens[i + p.offset]?.term === p.term)) {
        const last = i + phrase.terms[phrase.terms.length - 1]!.offset;
        for (let k = i; k <= last; k++) marked.add(k);
      }
    }
  }
  // Marked words that touch (where words are not spaced: "城市标准") make one span, so they read as one mark.
  const spans: Span[] = [];
  for (const i of [...marked].sort((a, b) => a - b)) {
    const last = spans[spans.length - 1];
    if (last !== undefined && last[1] === tokens[i]!.start) last[1] = tokens[i]!.end;
    else spans.push([tokens[i]!.start, tokens[i]!.end]);
  }
  return spans;
}

function rank(index: SearchIndex, query: string, parsed: ParsedQuery, options: SearchOptions, limit: number): RankedWindow[] {
  return rankIndex(index, query, parsed, options, limit, options.ranking ?? DEFAULT_RANKING);
}

/** The query parsed in each language it is asked in, each parsed once. */
type QueryIn = (language: string) => ParsedQuery;

function queryIn(query: string, options: SearchOptions): QueryIn {
  const parsed = new Map<string, ParsedQuery>();
  const drop = (options.ranking ?? DEFAULT_RANKING).dropQuestionWords;
  return (language) => {
    let p = parsed.get(language);
    if (p === undefined) parsed.set(language, (p = parseQuery(query, languageOf(language), drop)));
    return p;
  };
}

/** Whether an index holds what the options ask for: the event, the language. */
function asked(index: SearchIndex, options: SearchOptions): boolean {
  if (options.eventId !== undefined && !index.eventIds.includes(options.eventId)) return false;
  return options.language === undefined || index.language === primaryTag(options.language);
}

/** Ranked hits of one index: score descending, then event, recording and start time (stable order). */
export function searchIndex(index: SearchIndex, query: string, options: SearchOptions = {}): Hit[] {
  if (options.language !== undefined && index.language !== primaryTag(options.language)) return [];
  const parsed = queryIn(query, options)(index.language);
  return rank(index, query, parsed, options, options.limit ?? 10).map((w) => toHit(index, w, parsed));
}

/** A segment's link is already one to its moment; recordingLink gives that moment again in the host's form. */
function hitLink(url: string | undefined, startMs: number): string | null {
  return url === undefined || url === '' ? null : recordingLink(url, startMs);
}

function toHit(index: SearchIndex, window: RankedWindow, query: ParsedQuery): Hit {
  const s = index.segments[window.first]!;
  // Segments are joined on a line break: a snippet shows it as a space, and a reader sees where a turn ends.
  const text = index.segments
    .slice(window.first, window.last + 1)
    .map((x) => x.text)
    .join('\n');
  const matches = matchSpans(text, query, languageOf(index.language));
  return {
    eventId: s.eventId,
    language: index.language,
    sessionId: s.sessionId,
    recording: s.recording,
    speaker: s.speaker,
    startMs: s.startMs,
    endMs: window.endMs,
    text,
    // 4 decimals: enough to rank by, and the same digits on every machine.
    score: Math.round(window.score * 1e4) / 1e4,
    link: hitLink(s.link ?? index.recordingUrls.get(s.recording), s.startMs),
    snippet: makeSnippet(text, matches),
    matches,
  };
}

interface Ranked {
  index: SearchIndex;
  window: RankedWindow;
}

/** Every index's best `limit` windows, each ranked on the query read in its language, merged by score (then event, recording, time). */
function rankAll(indexes: SearchIndex[], query: string, parsed: QueryIn, options: SearchOptions, limit: number): Ranked[] {
  const ranked = indexes
    .filter((ix) => asked(ix, options))
    .flatMap((index) => rank(index, query, parsed(index.language), options, limit).map((window) => ({ index, window })));
  ranked.sort((x, y) => y.window.score - x.window.score || compareDocs(x.index, x.window.first, y.index, y.window.first));
  return ranked;
}

/**
 * Searches several indexes (one per event) and merges by score. Hits (snippets, match offsets)
 * are made only for the final top `limit`: with a thousand events that is most of the work saved.
 */
export function searchIndexes(indexes: SearchIndex[], query: string, options: SearchOptions = {}): Hit[] {
  const parsed = queryIn(query, options);
  const limit = options.limit ?? 10;
  return rankAll(indexes, query, parsed, options, limit)
    .slice(0, limit)
    .map(({ index, window }) => toHit(index, window, parsed(index.language)));
}

/** Most hits a query counts (and pages through): enough for any reader, bounded work for any query. */
export const MAX_COUNTED_HITS = 1000;

/** One page of hits: `limit` hits from the `offset`-th (0-based), and how many there are in all. */
export interface HitPage {
  hits: Hit[];
  /** hits in all, at most MAX_COUNTED_HITS */
  total: number;
  /** true when there were more than MAX_COUNTED_HITS */
  capped: boolean;
}

/**
 * searchIndexes a page at a time, with the count of all hits: the same order as searchIndexes
 * (so page 1 is its first `limit` hits); hits (snippets) are made only for the page.
 */
export function searchIndexesPage(indexes: SearchIndex[], query: string, options: SearchOptions, offset: number): HitPage {
  const parsed = queryIn(query, options);
  const limit = options.limit ?? 10;
  // Every index ranks as many as may be counted (one more, to know there are more): the total needs them all.
  const ranked = rankAll(indexes, query, parsed, options, MAX_COUNTED_HITS + 1);
  const capped = ranked.length > MAX_COUNTED_HITS;
  const hits = ranked.slice(offset, offset + limit).map(({ index, window }) => toHit(index, window, parsed(index.language)));
  return { hits, total: Math.min(ranked.length, MAX_COUNTED_HITS), capped };
}
