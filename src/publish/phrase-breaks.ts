import type { TimedToken } from './caption-tokens';

/**
 * Where a caption line or cue may end: the cost of a break between two tokens, lowest after a
 * sentence end, then after a clause mark, before a conjunction or preposition; highest after a word
 * that binds to the next (an article, a preposition, a possessive). Figures are relative weights,
 * weighed against one line (1.0) in the line-breaking cost.
 */

/** Words a phrase starts with: breaking before them keeps the phrase whole. */
const PHRASE_OPENERS = new Set([
  'and', 'but', 'or', 'nor', 'so', 'yet', 'because', 'although', 'though', 'if', 'when', 'while', 'whereas', 'unless', 'until',
  'that', 'which', 'who', 'whom', 'whose', 'where', 'as', 'than', 'since', 'after', 'before',
  'to', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'about', 'into', 'through', 'over', 'under', 'between', 'during', 'without',
]);

/** Words that bind to the word after them: never end a line on them if it can be helped. */
const BINDERS = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'into',
  'my', 'your', 'our', 'their', 'his', 'her', 'its', 'this', 'these', 'those',
  'mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'very', 'i', "i'm", 'we', 'not', 'no',
]);

const SENTENCE_END = /[.?!…]["'”’)\]]*$/;
const CLAUSE_END = /[,;:—–]["'”’)\]]*$|--$/;

function bare(word: string): string {
  return word.toLowerCase().replace(/^["'“‘(]+/, '');
}

/** Cost of ending a line (or cue) after `before` with `after` starting the next. */
export function breakCost(before: string, after: string): number {
  if (SENTENCE_END.test(before)) return 0;
  if (CLAUSE_END.test(before) || before.endsWith(']') || after.startsWith('[') || after.startsWith('(')) return 0.15;
  if (BINDERS.has(bare(before))) return 1.5;
  if (PHRASE_OPENERS.has(bare(after))) return 0.35;
  return 0.7;
}

/** True when a break here ends a sentence. */
export function endsSentence(before: string): boolean {
  return SENTENCE_END.test(before);
}

export interface LineBreakOptions {
  /** characters a line may hold */
  capacity: number;
  /** characters the first line may hold (less when a speaker label goes before it) */
  firstCapacity: number;
  /** a line whose words span longer than this (ms) is heavily penalised, so it is split */
  maxSpanMs: number;
}

const LINE_COST = 0.5;
const RAGGED_WEIGHT = 2;
const SPAN_PENALTY = 10;

/**
 * Breaks tokens into lines of at most `capacity` characters (dynamic programming over break
 * points, linear in tokens times the tokens a line can hold). A token longer than a line is put
 * alone on its line: words are never cut. Returns the end index (exclusive) of each line.
 */
export function breakLines(tokens: readonly TimedToken[], options: LineBreakOptions): number[] {
  const n = tokens.length;
  const prefix = new Array<number>(n + 1);
  prefix[0] = 0;
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i]! + tokens[i]!.length;
  const best = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(0);
  best[0] = 0;
  for (let j = 1; j <= n; j++) {
    const cutCost = j === n ? 0 : breakCost(tokens[j - 1]!.text, tokens[j]!.text);
    for (let i = j - 1; i >= 0; i--) {
      const length = prefix[j]! - prefix[i]! + (j - i - 1);
      const capacity = i === 0 ? options.firstCapacity : options.capacity;
      if (j - i > 1 && length > capacity) {
        // lengths only grow as i falls; only the first line (i = 0) can hold less than the rest
        if (length > options.capacity) break;
        continue;
      }
      if (best[i] === Infinity) continue;
      const slack = Math.max(0, capacity - length) / capacity;
      const ragged = j === n ? 0 : slack * slack * RAGGED_WEIGHT;
      const span = j - i > 1 && tokens[j - 1]!.endMs - tokens[i]!.startMs > options.maxSpanMs ? SPAN_PENALTY : 0;
      const cost = best[i]! + LINE_COST + ragged + cutCost + span;
      if (cost < best[j]!) {
        best[j] = cost;
        from[j] = i;
      }
    }
  }
  const ends: number[] = [];
  for (let j = n; j > 0; j = from[j]!) ends.push(j);
  return ends.reverse();
}

const CUE_COST = 1;
/** a cue boundary that is not a sentence end costs this much more than the line break it sits on */
const MID_SENTENCE_CUE = 0.5;

/**
 * Groups consecutive lines into cues of at most `maxLines` lines, preferring few cues, cue ends at
 * sentence ends, and cues whose words span at most `maxSpanMs`. `lineEnds` are token end indices;
 * returns the index (exclusive) into `lineEnds` where each cue ends.
 */
export function groupLines(tokens: readonly TimedToken[], lineEnds: readonly number[], maxLines: number, maxSpanMs: number): number[] {
  const m = lineEnds.length;
  const best = new Array<number>(m + 1).fill(Infinity);
  const from = new Array<number>(m + 1).fill(0);
  best[0] = 0;
  for (let b = 1; b <= m; b++) {
    const endToken = lineEnds[b - 1]!;
    const boundary = b === m ? 0 : endsSentence(tokens[endToken - 1]!.text) ? 0 : MID_SENTENCE_CUE + breakCost(tokens[endToken - 1]!.text, tokens[endToken]!.text);
    for (let a = b - 1; a >= 0 && b - a <= maxLines; a--) {
      const startToken = a === 0 ? 0 : lineEnds[a - 1]!;
      const span = b - a > 1 && tokens[endToken - 1]!.endMs - tokens[startToken]!.startMs > maxSpanMs ? SPAN_PENALTY : 0;
      const cost = best[a]! + CUE_COST + boundary + span;
      if (cost < best[b]!) {
        best[b] = cost;
        from[b] = a;
      }
    }
  }
  const ends: number[] = [];
  for (let b = m; b > 0; b = from[b]!) ends.push(b);
  return ends.reverse();
}
