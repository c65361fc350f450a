import { recordingLink } from '../model/recording-link';
import { foldName, searchTokens } from './analyze';
import type { SearchIndex } from './inverted-index';
import { parseQuery, type ParsedQuery, type Phrase } from './query';
import { makeSnippet, type Span } from './snippet';

/** BM25 parameters: the usual values, the same as EVAL.md's baseline. */
const K1 = 1.2;
const B = 0.75;

export interface SearchOptions {
  eventId?: string;
  sessionId?: string;
  /** a speaker's name: case and accents ignored; matches the whole name or whole words of it */
  speaker?: string;
  /** keep segments overlapping [fromMs, toMs), ms from the recording's start */
  fromMs?: number;
  toMs?: number;
  /** at most this many hits; default 10 */
  limit?: number;
  /** ranking constants; default DEFAULT_RANKING (experiments such as eval:search pass their own) */
  ranking?: Ranking;
}

export interface Hit {
  eventId: string;
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

function speakerMatches(speaker: string | null, wanted: string): boolean {
  if (speaker === null) return false;
  const name = foldName(speaker);
  return name === wanted || ` ${name} `.includes(` ${wanted} `);
}

/** Predicate over doc numbers for the options' filters; null when nothing is filtered. */
function filterOf(index: SearchIndex, options: SearchOptions): ((doc: number) => boolean) | null {
  const speaker = options.speaker === undefined ? undefined : foldName(options.speaker);
  const { eventId, sessionId, fromMs, toMs } = options;
  if (eventId === undefined && sessionId === undefined && speaker === undefined && fromMs === undefined && toMs === undefined) return null;
  return (doc) => {
    const s = index.segments[doc]!;
    if (eventId !== undefined && s.eventId !== eventId) return false;
    if (sessionId !== undefined && s.sessionId !== sessionId) return false;
    if (speaker !== undefined && !speakerMatches(s.speaker, speaker)) return false;
    if (fromMs !== undefined && s.endMs <= fromMs) return false;
    if (toMs !== undefined && s.startMs >= toMs) return false;
    return true;
  };
}

function idf(index: SearchIndex, df: number): number {
  const n = index.segments.length;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

function bm25(index: SearchIndex, doc: number, tf: number, weight: number): number {
  const norm = 1 - B + (B * index.docLength[doc]!) / (index.averageLength || 1);
  return (weight * tf * (K1 + 1)) / (tf + K1 * norm);
}

/** Positions of a term in one doc, read from the flat postings: a map doc -> positions. */
function positionsByDoc(flat: number[] | undefined): Map<number, number[]> {
  const out = new Map<number, number[]>();
  if (!flat) return out;
  for (let i = 0; i < flat.length; ) {
    const doc = flat[i]!;
    const tf = flat[i + 1]!;
    out.set(doc, flat.slice(i + 2, i + 2 + tf));
    i += 2 + tf;
  }
  return out;
}

/** doc -> start positions of the phrase's occurrences. */
function phraseOccurrences(index: SearchIndex, phrase: Phrase): Map<number, number[]> {
  const lists = phrase.terms.map((t) => positionsByDoc(index.postings.get(t.term)));
  const out = new Map<number, number[]>();
  for (const [doc, firstPositions] of lists[0]!) {
    const starts = firstPositions.filter((p) => phrase.terms.every((t, k) => lists[k]!.get(doc)?.includes(p + t.offset) ?? false));
    if (starts.length > 0) out.set(doc, starts);
  }
  return out;
}

/** Scores every matching doc: phrases are required (all of them), free terms are OR-ed. */
function scoreDocs(index: SearchIndex, query: ParsedQuery, allowed: ((doc: number) => boolean) | null): Map<number, number> {
  let scores: Map<number, number> | null = null;
  for (const phrase of query.phrases) {
    const occurrences = phraseOccurrences(index, phrase);
    // A phrase weighs as much as its words would, each at the phrase's own (rarer) document frequency.
    const weight = phrase.terms.length * idf(index, occurrences.size);
    const next = new Map<number, number>();
    for (const [doc, starts] of occurrences) {
      if (allowed && !allowed(doc)) continue;
      if (scores !== null && !scores.has(doc)) continue;
      next.set(doc, (scores?.get(doc) ?? 0) + bm25(index, doc, starts.length, weight));
    }
    scores = next;
  }
  const required = scores !== null;
  scores ??= new Map<number, number>();
  for (const term of query.terms) {
    const flat = index.postings.get(term);
    if (!flat) continue;
    let df = 0;
    for (let i = 0; i < flat.length; i += 2 + flat[i + 1]!) df++;
    const weight = idf(index, df);
    for (let i = 0; i < flat.length; i += 2 + flat[i + 1]!) {
      const doc = flat[i]!;
      if (required ? !scores.has(doc) : allowed !== null && !allowed(doc)) continue;
      scores.set(doc, (scores.get(doc) ?? 0) + bm25(index, doc, flat[i + 1]!, weight));
    }
  }
  return scores;
}

/** Ranking constants; a search takes them from its options, never from shared mutable state. */
export interface Ranking {
  contextMs: number;
  ownWeight: number;
  speakerBoost: number;
  sessionBoost: number;
  spreadMs: number;
}

/** The ranking constants measured with eval:search. Frozen: a caller varies them by passing its own Ranking. */
export const DEFAULT_RANKING: Readonly<Ranking> = Object.freeze({
  /**
   * A segment is also scored as the middle of a passage: itself plus the segments of the same
   * recording within this many ms before its start and after its end. Talk about a topic runs
   * over several short segments (speaker turns), and a mention among related talk is more likely
   * the place a question is about than a lone one. 0 turns it off.
   */
  contextMs: 60_000,
  /** weight of the segment's own BM25 score next to its passage's */
  ownWeight: 1,
  /** factor for segments whose speaker the query names ("what did PhD C think about ...") */
  speakerBoost: 2,
  /**
   * A segment's score is multiplied by 1 + sessionBoost x (idf-weighted share of the query's
   * terms found in its session's title): questions are often about an agenda item.
   */
  sessionBoost: 2,
  /** hits closer than this (ms) to a better hit of the same recording are left out; 0 keeps all */
  spreadMs: 30_000,
});

const titleTerms = new WeakMap<SearchIndex, Map<string, Set<string>>>();

/** The terms of each session title, cached per index. */
function sessionTerms(index: SearchIndex): Map<string, Set<string>> {
  let map = titleTerms.get(index);
  if (!map) {
    map = new Map([...index.sessionTitles].map(([id, title]) => [id, new Set(searchTokens(title).flatMap((t) => (t.term === null ? [] : [t.term])))]));
    titleTerms.set(index, map);
  }
  return map;
}

function boostSessions(index: SearchIndex, query: ParsedQuery, scores: Map<number, number>, sessionBoost: number): void {
  const terms = [...new Set([...query.terms, ...query.phrases.flatMap((p) => p.terms.map((t) => t.term))])];
  if (terms.length === 0 || index.sessionTitles.size === 0) return;
  const weights = terms.map((t) => {
    const flat = index.postings.get(t);
    let df = 0;
    if (flat) for (let i = 0; i < flat.length; i += 2 + flat[i + 1]!) df++;
    return idf(index, df);
  });
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const share = new Map<string, number>();
  for (const [id, title] of sessionTerms(index)) share.set(id, terms.reduce((sum, t, i) => sum + (title.has(t) ? weights[i]! : 0), 0) / total);
  for (const [doc, score] of scores) {
    const sessionId = index.segments[doc]!.sessionId;
    const s = share.get(sessionId) ?? 0;
    if (s > 0) scores.set(doc, score * (1 + sessionBoost * s));
  }
}

/** [first, last] doc of the passage around `doc`: same event and recording, within `contextMs`. */
function passage(index: SearchIndex, doc: number, contextMs: number): [number, number] {
  const s = index.segments[doc]!;
  const same = (k: number) => {
    const n = index.segments[k];
    return n !== undefined && n.recording === s.recording && n.eventId === s.eventId;
  };
  let lo = doc;
  while (same(lo - 1) && s.startMs - index.segments[lo - 1]!.endMs <= contextMs) lo--;
  let hi = doc;
  while (same(hi + 1) && index.segments[hi + 1]!.startMs - s.endMs <= contextMs) hi++;
  return [lo, hi];
}

interface Passages {
  contextMs: number;
  /** each doc's passage as [lo[doc], hi[doc]], and its length in terms */
  lo: Int32Array;
  hi: Int32Array;
  length: Float64Array;
  average: number;
}
const passageCache = new WeakMap<SearchIndex, Passages>();

/** Every doc's passage bounds and length, computed once per index (and per `contextMs`). */
function passagesOf(index: SearchIndex, contextMs: number): Passages {
  const cached = passageCache.get(index);
  if (cached && cached.contextMs === contextMs) return cached;
  const n = index.segments.length;
  const lo = new Int32Array(n);
  const hi = new Int32Array(n);
  const length = new Float64Array(n);
  let total = 0;
  for (let doc = 0; doc < n; doc++) {
    const [a, b] = passage(index, doc, contextMs);
    lo[doc] = a;
    hi[doc] = b;
    let sum = 0;
    for (let k = a; k <= b; k++) sum += index.docLength[k]!;
    length[doc] = sum;
    total += sum;
  }
  const result = { contextMs, lo, hi, length, average: total / Math.max(1, n) };
  passageCache.set(index, result);
  return result;
}

/** First i with docs[i] >= doc (docs ascending). */
function lowerBound(docs: number[], doc: number): number {
  let a = 0;
  let b = docs.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (docs[m]! < doc) a = m + 1;
    else b = m;
  }
  return a;
}

/**
 * own * ownWeight + BM25 of the free terms over each matching segment's passage. A term's
 * frequency in a passage is a difference of prefix sums over its postings, found by binary
 * search: the cost per segment does not grow with the passage.
 */
function withContext(index: SearchIndex, query: ParsedQuery, scores: Map<number, number>, ranking: Ranking): Map<number, number> {
  if (ranking.contextMs <= 0 || scores.size === 0) return scores;
  const terms = query.terms
    .map((term) => {
      const flat = index.postings.get(term);
      const docs: number[] = [];
      const prefix: number[] = [0];
      if (flat) {
        for (let i = 0; i < flat.length; i += 2 + flat[i + 1]!) {
          docs.push(flat[i]!);
          prefix.push(prefix[prefix.length - 1]! + flat[i + 1]!);
        }
      }
      return { docs, prefix, weight: idf(index, docs.length) };
    })
    .filter((t) => t.docs.length > 0);
  const passages = passagesOf(index, ranking.contextMs);
  const avg = passages.average || 1;
  const out = new Map<number, number>();
  for (const [doc, own] of scores) {
    const lo = passages.lo[doc]!;
    const hi = passages.hi[doc]!;
    const length = passages.length[doc]!;
    let score = own * ranking.ownWeight;
    for (const { docs, prefix, weight } of terms) {
      const n = prefix[lowerBound(docs, hi + 1)]! - prefix[lowerBound(docs, lo)]!;
      if (n > 0) score += (weight * n * (K1 + 1)) / (n + K1 * (1 - B + (B * length) / avg));
    }
    out.set(doc, score);
  }
  return out;
}

const speakerNames = new WeakMap<SearchIndex, string[]>();

/**
 * Speakers of the index that the query names as a whole word or words: "PhD C" in "what did
 * PhD C think". Names of one or two characters ("A", "F") must match in case, so the article
 * "a" does not name speaker A.
 */
export function namedSpeakers(index: SearchIndex, query: string): Set<string> {
  let names = speakerNames.get(index);
  if (!names) {
    names = [...new Set(index.segments.map((s) => s.speaker).filter((n): n is string => n !== null))];
    speakerNames.set(index, names);
  }
  const folded = ` ${foldName(query.replace(/[^\p{L}\p{N}]+/gu, ' '))} `;
  const plain = ` ${query.replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return new Set(names.filter((name) => (name.trim().length <= 2 ? plain.includes(` ${name.trim()} `) : folded.includes(` ${foldName(name)} `))));
}

function boostNamedSpeakers(index: SearchIndex, query: string, scores: Map<number, number>, speakerBoost: number): void {
  const named = namedSpeakers(index, query);
  if (named.size === 0) return;
  for (const [doc, score] of scores) {
    const speaker = index.segments[doc]!.speaker;
    if (speaker !== null && named.has(speaker)) scores.set(doc, score * speakerBoost);
  }
}

/** Offsets of the words the query matched in a segment: its free terms and its phrases' words. */
export function matchSpans(text: string, query: ParsedQuery): Span[] {
  const tokens = searchTokens(text);
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
  return [...marked].sort((a, b) => a - b).map((i) => [tokens[i]!.start, tokens[i]!.end]);
}

/** The best `limit` (doc, score) pairs of one index, score descending, then time order. */
function rankIndex(index: SearchIndex, query: string, options: SearchOptions, parsed: ParsedQuery): [doc: number, score: number][] {
  const limit = options.limit ?? 10;
  if (limit <= 0 || (parsed.terms.length === 0 && parsed.phrases.length === 0)) return [];
  const ranking = options.ranking ?? DEFAULT_RANKING;
  const scores = withContext(index, parsed, scoreDocs(index, parsed, filterOf(index, options)), ranking);
  if (ranking.speakerBoost !== 1) boostNamedSpeakers(index, query, scores, ranking.speakerBoost);
  if (ranking.sessionBoost !== 0) boostSessions(index, parsed, scores, ranking.sessionBoost);
  const sorted = [...scores].sort((x, y) => y[1] - x[1] || compareDocs(index, x[0], index, y[0]));
  return spreadOut(index, sorted, limit, ranking.spreadMs);
}

/**
 * The first `limit` ranked docs, leaving out a doc that lies within `spreadMs` of a better
 * one in the same recording: ten hits from one stretch of talk waste nine places when the
 * answer may be elsewhere (eval:search: Recall@10).
 */
function spreadOut(index: SearchIndex, sorted: [number, number][], limit: number, spreadMs: number): [number, number][] {
  if (spreadMs <= 0) return sorted.slice(0, limit);
  const out: [number, number][] = [];
  for (const entry of sorted) {
    const s = index.segments[entry[0]]!;
    const near = out.some(([doc]) => {
      const t = index.segments[doc]!;
      return t.recording === s.recording && t.eventId === s.eventId && s.startMs < t.endMs + spreadMs && t.startMs < s.endMs + spreadMs;
    });
    if (!near) out.push(entry);
    if (out.length === limit) break;
  }
  return out;
}

/** Ranked hits of one index: score descending, then event, recording and start time (stable order). */
export function searchIndex(index: SearchIndex, query: string, options: SearchOptions = {}): Hit[] {
  const parsed = parseQuery(query);
  return rankIndex(index, query, options, parsed).map(([doc, score]) => toHit(index, doc, score, parsed));
}

function compareDocs(ia: SearchIndex, a: number, ib: SearchIndex, b: number): number {
  const x = ia.segments[a]!;
  const y = ib.segments[b]!;
  return x.eventId.localeCompare(y.eventId) || x.recording.localeCompare(y.recording) || x.startMs - y.startMs || a - b;
}

/** A segment's link is already one to its moment; recordingLink gives that moment again in the host's form. */
function hitLink(url: string | undefined, startMs: number): string | null {
  return url === undefined || url === '' ? null : recordingLink(url, startMs);
}

function toHit(index: SearchIndex, doc: number, score: number, query: ParsedQuery): Hit {
  const s = index.segments[doc]!;
  const matches = matchSpans(s.text, query);
  return {
    eventId: s.eventId,
    sessionId: s.sessionId,
    recording: s.recording,
    speaker: s.speaker,
    startMs: s.startMs,
    endMs: s.endMs,
    text: s.text,
    // 4 decimals: enough to rank by, and the same digits on every machine.
    score: Math.round(score * 1e4) / 1e4,
    link: hitLink(s.link ?? index.recordingUrls.get(s.recording), s.startMs),
    snippet: makeSnippet(s.text, matches),
    matches,
  };
}

/**
 * Searches several indexes (one per event) and merges by score. Hits (snippets, match offsets)
 * are made only for the final top `limit`: with a thousand events that is most of the work saved.
 */
export function searchIndexes(indexes: SearchIndex[], query: string, options: SearchOptions = {}): Hit[] {
  const parsed = parseQuery(query);
  const limit = options.limit ?? 10;
  const ranked = indexes
    .filter((ix) => options.eventId === undefined || ix.eventIds.includes(options.eventId))
    .flatMap((index) => rankIndex(index, query, options, parsed).map(([doc, score]) => ({ index, doc, score })));
  ranked.sort((x, y) => y.score - x.score || compareDocs(x.index, x.doc, y.index, y.doc));
  return ranked.slice(0, limit).map(({ index, doc, score }) => toHit(index, doc, score, parsed));
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
  const parsed = parseQuery(query);
  const limit = options.limit ?? 10;
  // Every index ranks as many as may be counted (one more, to know there are more): the total needs them all.
  const ranked = indexes
    .filter((ix) => options.eventId === undefined || ix.eventIds.includes(options.eventId))
    .flatMap((index) => rankIndex(index, query, { ...options, limit: MAX_COUNTED_HITS + 1 }, parsed).map(([doc, score]) => ({ index, doc, score })));
  ranked.sort((x, y) => y.score - x.score || compareDocs(x.index, x.doc, y.index, y.doc));
  const capped = ranked.length > MAX_COUNTED_HITS;
  const hits = ranked.slice(offset, offset + limit).map(({ index, doc, score }) => toHit(index, doc, score, parsed));
  return { hits, total: Math.min(ranked.length, MAX_COUNTED_HITS), capped };
}
