import { bm25, idf } from './bm25';
import { boostNamedSpeakers, boostSessions } from './boosts';
import { filterOf, type Filters } from './filters';
import { continuesWindow, windowsOf } from './hit-windows';
import type { SearchIndex } from './inverted-index';
import type { ParsedQuery, Phrase } from './query';

/**
 * The ranking: BM25 over hit windows (hit-windows.ts), a word in a form the query did not use
 * counted at a fraction, and two factors for what a query names besides words (a speaker, a
 * session's subject). Every constant is in Ranking; `eval:search -- --cv` (eval/search/cv.ts)
 * fits each one but the window on two QMSum domains and reports it on the third.
 */

/** Ranking constants; a search takes them from its options, never from shared mutable state. */
export interface Ranking {
  /** a hit window holds the segments that start less than this many ms after its first one */
  windowMs: number;
  /**
   * An occurrence that shares only the stem of a query word ("Park" for "parking") counts as this
   * many occurrences; one in the query's own form counts as 1. 1 would make the two equal, 0
   * would ignore stemming; halfway says "as likely the same word as not".
   */
  variantWeight: number;
  /**
   * factor for windows in which a speaker the query names speaks ("what did PhD C think about
   * ..."): anywhere in the window, as an answer often follows someone else's question
   */
  speakerBoost: number;
  /**
   * A window's score is multiplied by 1 + sessionBoost x (idf-weighted share of the query's
   * terms found in its session's title): questions are often about an agenda item.
   */
  sessionBoost: number;
  /** leave out of free terms the words that only frame a question ("what did the group discuss about ...": query.ts) */
  dropQuestionWords: boolean;
}

/** The shipped constants (`eval:search -- --cv` reports each with its held-out figure). Frozen: a caller varies them by passing its own. */
export const DEFAULT_RANKING: Readonly<Ranking> = Object.freeze({
  windowMs: 30_000,
  variantWeight: 0.5,
  speakerBoost: 2,
  sessionBoost: 2,
  dropQuestionWords: true,
});

/** One ranked hit window: segments first..last of the index, ending at endMs (ms, exclusive). */
export interface RankedWindow {
  first: number;
  last: number;
  /** the last segment's end, but never more than windowMs after the first one's start: a hit is no longer than its window */
  endMs: number;
  score: number;
}

/** Positions of a term in one doc, read from the flat postings: a map doc -> positions. */
function positionsByDoc(flat: number[] | undefined): Map<number, number[]> {
  const out = new Map<number, number[]>();
  if (!flat) return out;
  for (let i = 0; i < flat.length; i += 2 + flat[i + 1]!) out.set(flat[i]!, flat.slice(i + 2, i + 2 + flat[i + 1]!));
  return out;
}

/** doc -> number of the phrase's occurrences (its content terms at their offsets). */
function phraseCounts(index: SearchIndex, phrase: Phrase): Map<number, number> {
  const lists = phrase.terms.map((t) => positionsByDoc(index.postings.get(t.term)));
  const out = new Map<number, number>();
  for (const [doc, firstPositions] of lists[0]!) {
    const n = firstPositions.filter((p) => phrase.terms.every((t, k) => lists[k]!.get(doc)?.includes(p + t.offset) ?? false)).length;
    if (n > 0) out.set(doc, n);
  }
  return out;
}

/** What a window is scored on: per doc (ascending) a count, prefix sums of it, and the idf weight. */
interface Feature {
  docs: number[];
  prefix: number[];
  weight: number;
  /** phrases must occur in a window; free terms are OR-ed */
  required: boolean;
}

function featureOf(counts: Map<number, number>, weight: number, required: boolean): Feature {
  const docs = [...counts.keys()].sort((a, b) => a - b);
  const prefix = [0];
  for (const doc of docs) prefix.push(prefix[prefix.length - 1]! + counts.get(doc)!);
  return { docs, prefix, weight, required };
}

/**
 * A free term as a feature: its docs with occurrences in one of the query's forms counted 1 and
 * the others variantWeight. Both lists are flat and doc-ascending, so they are merged in one pass.
 */
function termFeature(index: SearchIndex, term: string, queryForms: string[], variantWeight: number): Feature | null {
  const flat = index.postings.get(term);
  if (!flat) return null;
  // A term not varied is written as itself everywhere; a varied one's first form is what its other forms leave.
  const [first, ...others] = index.variedTerms.get(term) ?? [term];
  const firstWanted = queryForms.includes(first!);
  const lists = others.map((form) => ({ flat: index.forms.get(form) ?? [], wanted: queryForms.includes(form), at: 0 }));
  const docs: number[] = [];
  const prefix = [0];
  for (let i = 0; i < flat.length; i += 2 + flat[i + 1]!) {
    const doc = flat[i]!;
    const tf = flat[i + 1]!;
    let exact = 0;
    let rest = tf;
    for (const list of lists) {
      while (list.at < list.flat.length && list.flat[list.at]! < doc) list.at += 2;
      if (list.flat[list.at] !== doc) continue;
      const n = list.flat[list.at + 1]!;
      rest -= n;
      if (list.wanted) exact += n;
    }
    if (firstWanted) exact += rest;
    docs.push(doc);
    prefix.push(prefix[prefix.length - 1]! + exact + variantWeight * (tf - exact));
  }
  return { docs, prefix, weight: idf(index, docs.length), required: false };
}

function featuresOf(index: SearchIndex, query: ParsedQuery, ranking: Ranking): Feature[] {
  const out: Feature[] = [];
  for (const phrase of query.phrases) {
    const counts = phraseCounts(index, phrase);
    // A phrase weighs as much as its words would, each at the phrase's own (rarer) document frequency.
    out.push(featureOf(counts, phrase.terms.length * idf(index, counts.size), true));
  }
  query.terms.forEach((term, i) => {
    const feature = termFeature(index, term, query.forms[i]!, ranking.variantWeight);
    if (feature) out.push(feature);
  });
  return out;
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
 * BM25 of every window that starts at a segment holding a query word (and passing the filters):
 * a feature's count in a window is a difference of prefix sums found by binary search, so the
 * cost per window does not grow with its length. With a filter, a window ends before the first
 * segment that does not pass it.
 */
function scoreWindows(index: SearchIndex, features: Feature[], ranking: Ranking, allowed: ((doc: number) => boolean) | null): RankedWindow[] {
  const windows = windowsOf(index, ranking.windowMs);
  const average = windows.averageLength || 1;
  const starts = new Set<number>();
  for (const f of features) for (const doc of f.docs) if (allowed === null || allowed(doc)) starts.add(doc);
  const out: RankedWindow[] = [];
  for (const first of starts) {
    let last = windows.last[first]!;
    if (allowed !== null) {
      let k = first;
      while (k < last && continuesWindow(index, first, k + 1, ranking.windowMs) && allowed(k + 1)) k++;
      last = k;
    }
    const length = windows.prefix[last + 1]! - windows.prefix[first]!;
    let score = 0;
    let missing = false;
    for (const f of features) {
      const n = f.prefix[lowerBound(f.docs, last + 1)]! - f.prefix[lowerBound(f.docs, first)]!;
      if (n > 0) score += bm25(f.weight, n, length, average);
      else if (f.required) missing = true;
    }
    if (!missing && score > 0) out.push({ first, last, endMs: Math.min(index.segments[last]!.endMs, index.segments[first]!.startMs + ranking.windowMs), score });
  }
  return out;
}

/** Score descending, then event, recording and start time (a stable order). */
export function compareDocs(ia: SearchIndex, a: number, ib: SearchIndex, b: number): number {
  const x = ia.segments[a]!;
  const y = ib.segments[b]!;
  return x.eventId.localeCompare(y.eventId) || x.recording.localeCompare(y.recording) || x.startMs - y.startMs || a - b;
}

/** Whether two windows of one index share a moment of the same recording. */
function overlaps(index: SearchIndex, a: RankedWindow, b: RankedWindow): boolean {
  const [x, y] = [index.segments[a.first]!, index.segments[b.first]!];
  return x.eventId === y.eventId && x.recording === y.recording && x.startMs < b.endMs && y.startMs < a.endMs;
}

/** The best `limit` windows of one index, none overlapping a better one: each moment is listed once. */
export function rankIndex(index: SearchIndex, query: string, parsed: ParsedQuery, filters: Filters, limit: number, ranking: Ranking = DEFAULT_RANKING): RankedWindow[] {
  if (limit <= 0 || (parsed.terms.length === 0 && parsed.phrases.length === 0)) return [];
  const ranked = scoreWindows(index, featuresOf(index, parsed, ranking), ranking, filterOf(index, filters));
  if (ranking.speakerBoost !== 1) boostNamedSpeakers(index, query, ranked, ranking.speakerBoost);
  if (ranking.sessionBoost !== 0) boostSessions(index, parsed, ranked, ranking.sessionBoost);
  ranked.sort((x, y) => y.score - x.score || compareDocs(index, x.first, index, y.first));
  const out: RankedWindow[] = [];
  for (const w of ranked) {
    if (out.some((o) => overlaps(index, o, w))) continue;
    out.push(w);
    if (out.length === limit) break;
  }
  return out;
}
