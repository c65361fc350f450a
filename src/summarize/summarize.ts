import { withoutSounds } from '../text/sounds';
import type { Language } from '../text/language/language';
import { isFiller } from './fillers';
import { keyphrases } from './keyphrases';
import { contentTermsOf, maySummarize } from './session-content';
import { SUMMARIZE_GENERATOR, type Summary, type SummarySentence } from './types';
import { wordsSaid } from '../text/words';

/**
 * Extractive summary: each sentence is scored by how central it is (cosine of its tf-idf vector
 * with the centroid of the whole text, a linear-time stand-in for graph centrality), times how
 * informative it is (content words, no filler); sentences are then picked greedily with a
 * redundancy penalty (maximal marginal relevance) while whole sentences fit the word budget, and
 * given back in time order.
 */
export interface SummarizeOptions {
  /** budget in words (word-count.ts: whitespace words, the segmenter's where words are not spaced); whole sentences only */
  maxWords: number;
  /** the language of the sentences (the recording's, else the event's) */
  language: Language;
  /** weight of centrality against redundancy, 0..1 */
  lambda?: number;
  keyphrases?: number;
  /** what the agenda says the text is about (a session's title and description) */
  topic?: string;
}

type Vector = Map<string, number>;

/**
 * Weight of a sentence's likeness (tf-idf cosine) to its session's agenda title and description.
 * Fitted with npm run eval:summary over 0, 1, 2, 3, 5: each half of the sets (by meeting) picks 2
 * or 5, and either carries over to the other half (EVAL notes in the README).
 */
const TOPIC_WEIGHT = 2;

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


/** A pick of the greedy choice: the sentence's index in the input and its words. */
export interface Pick {
  index: number;
  words: number;
}

/**
 * A sentence this close (tf-idf cosine) to one already picked says it again: rolling captions and
 * speakers repeating a line give such copies, and a summary never shows the same line twice.
 */
const NEAR_DUPLICATE = 0.95;

/**
 * The sentences of one text (a session, or a whole event) ranked for a summary: `next(room)` gives
 * the best sentence left that fits in `room` words, by centrality and informativeness less its
 * redundancy with what was picked before (maximal marginal relevance). A sentence that does not
 * fit now stays a candidate for a later call with more room.
 */
export class SentencePicker {
  private readonly items: Array<{ text: string; terms: string[] }>;
  private readonly vectors: Vector[];
  private readonly norms: number[];
  private readonly base: number[];
  private readonly redundancy: Map<number, number>;
  private readonly lambda: number;
  /** words of each sentence as written: the summary's budget is of the words it shows */
  private readonly words: number[];

  /** `segments` are the sentence counts of consecutive segments (sessions), each with its topic and language. */
  constructor(
    private readonly raw: readonly string[],
    languages: readonly Language[],
    lambda = 0.5,
    poolSize = CANDIDATE_POOL,
    segments: readonly number[] = [raw.length],
    topics: ReadonlyArray<string | undefined> = [],
  ) {
    this.lambda = lambda;
    // the segment (session) each sentence is in, as [start, length)
    const starts = segments.map((_, k) => segments.slice(0, k).reduce((a, b) => a + b, 0));
    const segIndex = (i: number) => {
      let k = 0;
      while (k + 1 < starts.length && starts[k + 1]! <= i) k++;
      return k;
    };
    const langs = raw.map((_, i) => languages[segIndex(i)] ?? languages[0]!);
    this.words = raw.map((t, i) => wordsSaid(t, langs[i]!));
    this.items = raw.map((t, i) => {
      const text = withoutSounds(t);
      return { text, terms: contentTermsOf(text, langs[i]!) };
    });
    const items = this.items;
    const df = new Map<string, number>();
    for (const it of items) for (const t of new Set(it.terms)) df.set(t, (df.get(t) ?? 0) + 1);
    const n = Math.max(1, items.length);
    this.vectors = items.map((it) => {
      const v: Vector = new Map();
      for (const t of it.terms) v.set(t, (v.get(t) ?? 0) + 1);
      for (const [t, tf] of v) v.set(t, (1 + Math.log(tf)) * Math.log((n + 1) / (df.get(t)! + 0.5)));
      return v;
    });
    const centroid: Vector = new Map();
    for (const v of this.vectors) for (const [t, x] of v) centroid.set(t, (centroid.get(t) ?? 0) + x / n);
    const cNorm = norm(centroid);
    this.norms = this.vectors.map(norm);
    const idf = (t: string) => Math.log((n + 1) / ((df.get(t) ?? 0) + 0.5));
    const topicVectors = topics.map((topic, k) => {
      const v: Vector = new Map();
      for (const t of topic ? contentTermsOf(topic, languages[k] ?? languages[0]!) : []) v.set(t, idf(t));
      return v;
    });
    const topicNorms = topicVectors.map(norm);
    const baseScores = (admit: (text: string, terms: string[], lang: Language) => boolean) =>
      items.map((it, i) => {
        const words = wordsSaid(it.text, langs[i]!);
        if (words === 0 || !admit(it.text, it.terms, langs[i]!)) return -Infinity;
        const central = cosine(this.vectors[i]!, centroid, this.norms[i]!, cNorm);
        // Informative: more content words, up to a point; very long run-ons are less readable.
        const informative = Math.min(1, it.terms.length / 8) * (words > 60 ? 60 / words : 1);
        // Meetings say what they are for near the start: sentences in the first tenth or so of the
        // text, or of its segment, weigh up to twice as much (measured with npm run eval:summary).
        const k = segIndex(i);
        const early = 1 + Math.exp(-(i - starts[k]!) / Math.max(1, segments[k]! * 0.1));
        // What the agenda says a session is about: a sentence that says it weighs up to 1 + TOPIC_WEIGHT times as much.
        const topical = topicVectors[k] ? 1 + TOPIC_WEIGHT * cosine(this.vectors[i]!, topicVectors[k], this.norms[i]!, topicNorms[k]!) : 1;
        return central * informative * early * topical;
      });
    let base = baseScores((text, terms, lang) => maySummarize(text, lang, terms));
    // A short session may have no sentence that long: then any sentence with content will do.
    if (base.every((b) => b === -Infinity)) base = baseScores((text, terms, lang) => terms.length > 0 && !isFiller(text, lang));
    this.base = base;
    // Only the most central sentences can win; keeping a few hundred bounds the greedy loop.
    const pool = items
      .map((_, i) => i)
      .filter((i) => base[i]! > -Infinity)
      .sort((a, b) => base[b]! - base[a]!)
      .slice(0, poolSize);
    this.redundancy = new Map(pool.map((i) => [i, 0]));
  }

  /** The best sentence left that fits in `room` words, among the indices [from, to) when given. */
  next(room: number, from = 0, to = this.words.length): Pick | undefined {
    const { base, redundancy, lambda } = this;
    if (room < 3) return undefined;
    let best = -1;
    let bestScore = -Infinity;
    for (const [i, r] of redundancy) {
      if (this.words[i]! > room || i < from || i >= to || r >= NEAR_DUPLICATE) continue;
      const score = lambda * base[i]! - (1 - lambda) * r * base[i]!;
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best < 0) return undefined;
    redundancy.delete(best);
    for (const [i, r] of redundancy) redundancy.set(i, Math.max(r, cosine(this.vectors[i]!, this.vectors[best]!, this.norms[i]!, this.norms[best]!)));
    return { index: best, words: this.words[best]! };
  }
}

export function summarize(sentences: SummarySentence[], options: SummarizeOptions): Summary {
  const picker = new SentencePicker(sentences.map((s) => s.text), [options.language], options.lambda, undefined, [sentences.length], [options.topic]);
  const chosen: number[] = [];
  let used = 0;
  for (let pick = picker.next(options.maxWords); pick; pick = picker.next(options.maxWords - used)) {
    chosen.push(pick.index);
    used += pick.words;
  }
  // Back in the order given: time order within each recording, recordings in agenda order.
  chosen.sort((a, b) => a - b);
  return {
    generator: SUMMARIZE_GENERATOR,
    words: used,
    sentences: chosen.map((i) => sentenceOf(sentences[i]!)),
    keyphrases: keyphrases(sentences.map((s) => s.text), options.keyphrases ?? 10, options.language),
  };
}

export const sentenceOf = (s: SummarySentence) => ({ text: s.text, recording: s.recording, startMs: s.startMs });

