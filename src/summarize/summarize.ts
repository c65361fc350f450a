import { contentTerms, wordsOf } from '../text/terms';
import { withoutSounds } from '../text/sounds';
import { isFiller } from './fillers';
import { SUMMARIZE_GENERATOR, type Summary, type SummarySentence } from './types';

/**
 * Extractive summary: each sentence is scored by how central it is (cosine of its tf-idf vector
 * with the centroid of the whole text, a linear-time stand-in for graph centrality), times how
 * informative it is (content words, no filler); sentences are then picked greedily with a
 * redundancy penalty (maximal marginal relevance) while whole sentences fit the word budget, and
 * given back in time order.
 */
export interface SummarizeOptions {
  /** budget in whitespace words; whole sentences only */
  maxWords: number;
  /** weight of centrality against redundancy, 0..1 */
  lambda?: number;
  keyphrases?: number;
}

type Vector = Map<string, number>;

/** Sentences with fewer content words are too slight to stand in a summary. */
const MIN_CONTENT_TERMS = 8;

/** How many of the most central sentences the greedy choice considers. */
const CANDIDATE_POOL = 400;

function norm(v: Vector): number {
  let s = 0;
  for (const x of v.values()) s += x * x;
  return Math.sqrt(s);
}

function cosine(a: Vector, b: Vector, na: number, nb: number): number {
  if (na === 0 || nb === 0) return 0;
  let dot = 0;
  const [small, big] = a.size < b.size ? [a, b] : [b, a];
  for (const [t, x] of small) {
    const y = big.get(t);
    if (y) dot += x * y;
  }
  return dot / (na * nb);
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

export function summarize(sentences: SummarySentence[], options: SummarizeOptions): Summary {
  const lambda = options.lambda ?? 0.5;
  const items = sentences.map((s) => ({ s, text: withoutSounds(s.text), terms: contentTerms(withoutSounds(s.text)) }));
  const df = new Map<string, number>();
  for (const it of items) for (const t of new Set(it.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(1, items.length);
  const vectors = items.map((it) => {
    const v: Vector = new Map();
    for (const t of it.terms) v.set(t, (v.get(t) ?? 0) + 1);
    for (const [t, tf] of v) v.set(t, (1 + Math.log(tf)) * Math.log((n + 1) / (df.get(t)! + 0.5)));
    return v;
  });
  const centroid: Vector = new Map();
  for (const v of vectors) for (const [t, x] of v) centroid.set(t, (centroid.get(t) ?? 0) + x / n);
  const cNorm = norm(centroid);
  const norms = vectors.map(norm);
  const baseScores = (minTerms: number) =>
    items.map((it, i) => {
      const words = wordCount(it.text);
      if (words === 0 || isFiller(it.text) || it.terms.length < minTerms) return -Infinity;
      const central = cosine(vectors[i]!, centroid, norms[i]!, cNorm);
      // Informative: more content words, up to a point; very long run-ons are less readable.
      const informative = Math.min(1, it.terms.length / 8) * (words > 60 ? 60 / words : 1);
      // Meetings say what they are for near the start: sentences in the first tenth or so weigh
      // up to twice as much (measured with npm run eval:summary).
      const early = 1 + Math.exp(-i / Math.max(1, n * 0.1));
      return central * informative * early;
    });
  let base = baseScores(MIN_CONTENT_TERMS);
  // A short session may have no sentence that long: then any sentence with content will do.
  if (base.every((b) => b === -Infinity)) base = baseScores(1);

  // Only the most central sentences can win; keeping a few hundred bounds the greedy loop.
  const pool = items
    .map((_, i) => i)
    .filter((i) => base[i]! > -Infinity)
    .sort((a, b) => base[b]! - base[a]!)
    .slice(0, CANDIDATE_POOL);
  const redundancy = new Map(pool.map((i) => [i, 0]));
  const chosen: number[] = [];
  let used = 0;
  while (redundancy.size > 0 && options.maxWords - used >= 3) {
    let best = -1;
    let bestScore = -Infinity;
    for (const [i, r] of redundancy) {
      const score = lambda * base[i]! - (1 - lambda) * r * base[i]!;
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    redundancy.delete(best);
    const words = wordCount(items[best]!.s.text);
    if (used + words > options.maxWords) continue;
    chosen.push(best);
    used += words;
    for (const [i, r] of redundancy) redundancy.set(i, Math.max(r, cosine(vectors[i]!, vectors[best]!, norms[i]!, norms[best]!)));
  }
  // Back in the order given: time order within each recording, recordings in agenda order.
  chosen.sort((a, b) => a - b);
  return {
    generator: SUMMARIZE_GENERATOR,
    words: used,
    sentences: chosen.map((i) => ({ text: items[i]!.s.text, recording: items[i]!.s.recording, startMs: items[i]!.s.startMs })),
    keyphrases: keyphrases(items.map((it) => it.text), options.keyphrases ?? 10),
  };
}

/**
 * Keyphrases: runs of one to three content words (no stop word inside), scored by frequency and
 * by how rare their words are across sentences; overlapping shorter phrases give way to longer ones.
 */
/**
 * Words frequent in any meeting that make poor keyphrases on their own, as the terms phrases are
 * keyed by (stemmed: "minutes" -> "minut"; stop words such as "many" are never in a phrase).
 */
const GENERIC = new Set(
  contentTerms('thank thanks good great first second third today question session work people time year point minute meeting everyone welcome afternoon morning floor start next last new important'),
);

export function keyphrases(texts: string[], count: number): string[] {
  const phraseCount = new Map<string, number>();
  const surface = new Map<string, string>();
  const df = new Map<string, number>();
  for (const text of texts) {
    const words = wordsOf(text);
    const stems = words.map((w) => contentTerms(w)[0] ?? null);
    const seen = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      for (let len = 1; len <= 3 && i + len <= words.length; len++) {
        const run = stems.slice(i, i + len);
        if (run.some((s) => s === null)) break;
        const key = run.join(' ');
        phraseCount.set(key, (phraseCount.get(key) ?? 0) + 1);
        if (!surface.has(key)) surface.set(key, words.slice(i, i + len).join(' '));
        seen.add(key);
      }
    }
    for (const k of seen) df.set(k, (df.get(k) ?? 0) + 1);
  }
  const n = Math.max(1, texts.length);
  const scored = [...phraseCount]
    .filter(([k, c]) => c >= 2 && k.length > 3 && !k.split(' ').every((w) => GENERIC.has(w)))
    .map(([k, c]) => [k, c * Math.log((n + 1) / df.get(k)!) * k.split(' ').length] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const out: string[] = [];
  for (const [k] of scored) {
    if (out.some((o) => o.includes(k) || k.includes(o))) continue;
    out.push(k);
    if (out.length === count) break;
  }
  return out.map((k) => surface.get(k)!);
}
