import type { CaptionToken } from './caption-tokens';
import type { BreakWords } from '../text/language/language';

/**
 * Where a caption line or cue may end: the cost of a break between two tokens, lowest after a
 * sentence end, then after a clause mark, before a conjunction or preposition; highest after a word
 * that binds to the next (an article, a preposition, a possessive). Figures are relative weights,
 * weighed against one line (1.0) in the line-breaking cost. The words are the captions' language's
 * (BreakWords): a French line no more ends on "de" than an English one on "of".
 */

/** sentence and clause marks of Latin, full-width (Chinese, Japanese), Arabic and Devanagari text, then any closing quotes or brackets */
const SENTENCE_END = /[.?!…。？！؟।]["'”’)\]」』）》»]*$/;
const CLAUSE_END = /[,;:—–，、；：،؛]["'”’)\]」』）》»]*$|--$/;
/** what opens an aside or a quotation: a break before it keeps it whole */
const ASIDE_OPENER = /^[[(（【「『《]/;

/** a word as its language's lists hold it: lower case, without the quotes or marks before it (Spanish "¿", French "«", German "„") */
function bare(word: string): string {
  return word.toLowerCase().replace(/^["'“‘(«‹„‚¿¡]+/, '');
}

/** Cost of ending a line (or cue) after `before` with `after` starting the next, in a language whose break words are `words`. */
export function breakCost(before: string, after: string, words: BreakWords): number {
  if (SENTENCE_END.test(before)) return 0;
  if (CLAUSE_END.test(before) || before.endsWith(']') || ASIDE_OPENER.test(after)) return 0.15;
  if (words.binders.has(bare(before))) return 1.5;
  if (words.phraseOpeners.has(bare(after))) return 0.35;
  return 0.7;
}

export interface BlockLayoutOptions {
  /** characters a line may hold */
  capacity: number;
  /** characters the block's first line may hold (less when a speaker label goes before it) */
  firstCapacity: number;
  /** lines a cue may hold */
  maxLines: number;
  /** a cue whose words span longer than this (ms) is heavily penalised, so it is split */
  maxSpanMs: number;
  /**
   * a cue followed by another of the block whose words span less than this (ms) costs more: it
   * cannot be lengthened into the next one's time, so it would stay shorter than the profile's
   * minimum display (a cue ending the block can take the pause after it)
   */
  minSpanMs?: number;
  /** the captions' language's words that open phrases and bind to the next */
  breakWords: BreakWords;
}

const CUE_COST = 1;
/** a cue ends where a line may end, and a reader notices a bad cue end more than a bad line end */
const CUE_BREAK_WEIGHT = 2;
const LINE_COST = 0.5;
const RAGGED_WEIGHT = 1;
const SPAN_PENALTY = 10;
const SHORT_PENALTY = 3;

/**
 * Lays a block of tokens out in cues of lines. First where the cues end: dynamic programming over
 * cue ends, a cue being any run of tokens that can be set in the profile's lines, with a cost per
 * cue, for a cue end at a poor break, for a cue spanning too long and for its best lines. Then
 * each cue's lines: the same over line ends, with a cost per line, per poor break and per unfilled
 * line above the last. Linear in tokens times the tokens a cue can hold (squared for the lines of
 * the cues chosen). A token longer than a line is put alone on its line: words are never cut. No
 * cue ends after a token marked keepWithNext.
 * Returns each cue's line ends (token indices, exclusive).
 */
export function layoutBlock(tokens: readonly CaptionToken[], options: BlockLayoutOptions): number[][] {
  const n = tokens.length;
  const prefix = new Array<number>(n + 1);
  prefix[0] = 0;
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i]! + tokens[i]!.length;
  // spaces[k]: the spaces before tokens 1..k-1 (a glued token has none)
  const spaces = new Array<number>(n + 1);
  spaces[0] = 0;
  for (let k = 0; k < n; k++) spaces[k + 1] = spaces[k]! + (k > 0 && !tokens[k]!.glued ? 1 : 0);
  const length = (i: number, j: number) => prefix[j]! - prefix[i]! + spaces[j]! - spaces[i + 1]!;
  const capacityAt = (i: number) => (i === 0 ? options.firstCapacity : options.capacity);
  // Whether tokens [i, j) can be set in at most maxLines lines, filling each greedily (which
  // finds a setting whenever one exists).
  const fits = (i: number, j: number): boolean => {
    let start = i;
    for (let line = 0; start < j; line++) {
      if (line === options.maxLines) return false;
      const capacity = line === 0 ? capacityAt(i) : options.capacity;
      let end = start + 1;
      while (end < j && length(start, end + 1) <= capacity) end++;
      start = end;
    }
    return true;
  };
  // breaks[k]: the cost of a break before token k
  const breaks = new Array<number>(n + 1).fill(0);
  for (let k = 1; k < n; k++) breaks[k] = breakCost(tokens[k - 1]!.text, tokens[k]!.text, options.breakWords);
  const lineCost = (i: number, k: number, capacity: number) => {
    const slack = Math.max(0, capacity - length(i, k)) / capacity;
    return LINE_COST + breaks[k]! + slack * slack * RAGGED_WEIGHT;
  };
  // What the lines of a cue [i, j) will cost, so cue ends are not bought with poor line breaks:
  // exact for one or two lines (every profile's case), one line's cost a line beyond.
  const linesCost = (i: number, j: number): number => {
    if (length(i, j) <= capacityAt(i) || j - i === 1) return LINE_COST;
    if (options.maxLines !== 2) return LINE_COST * options.maxLines;
    let cheapest = Infinity;
    for (let k = i + 1; k < j; k++) {
      if (k - i > 1 && length(i, k) > capacityAt(i)) break;
      if (j - k > 1 && length(k, j) > options.capacity) continue;
      cheapest = Math.min(cheapest, lineCost(i, k, capacityAt(i)) + LINE_COST);
    }
    return cheapest;
  };
  const best = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(0);
  best[0] = 0;
  for (let j = 1; j <= n; j++) {
    // A token kept with the next ends no cue, where a cue can hold two lines to keep them together.
    if (j < n && tokens[j - 1]!.keepWithNext && options.maxLines > 1) continue;
    const cut = j === n ? 0 : CUE_BREAK_WEIGHT * breaks[j]!;
    for (let i = j - 1; i >= 0; i--) {
      if (!fits(i, j)) {
        // fewer tokens always fit where more do; only the first cue's first line can hold less
        if (i === 0) continue;
        break;
      }
      const spanMs = tokens[j - 1]!.endMs - tokens[i]!.startMs;
      const span = (j - i > 1 && spanMs > options.maxSpanMs ? SPAN_PENALTY : 0) + (j < n && spanMs < (options.minSpanMs ?? 0) ? SHORT_PENALTY : 0);
      const cost = best[i]! + CUE_COST + cut + span + linesCost(i, j);
      if (cost < best[j]!) {
        best[j] = cost;
        from[j] = i;
      }
    }
  }
  const cueEnds: number[] = [];
  for (let j = n; j > 0; j = from[j]!) cueEnds.push(j);
  cueEnds.reverse();
  let start = 0;
  return cueEnds.map((end) => {
    const lines = splitLines(tokens, start, end, capacityAt(start), options, length);
    start = end;
    return lines;
  });
}

/** The best setting of tokens [i, j) in at most maxLines lines (the cue is known to fit). */
function splitLines(tokens: readonly CaptionToken[], i: number, j: number, firstCapacity: number, options: BlockLayoutOptions, length: (a: number, b: number) => number): number[] {
  const w = j - i;
  const lines = options.maxLines;
  // cost[l][p]: tokens [i, i + p) in l lines; back[l][p]: where the last of them starts
  const cost = Array.from({ length: lines + 1 }, () => new Array<number>(w + 1).fill(Infinity));
  const back = Array.from({ length: lines + 1 }, () => new Array<number>(w + 1).fill(0));
  cost[0]![0] = 0;
  for (let l = 1; l <= lines; l++) {
    const capacity = l === 1 ? firstCapacity : options.capacity;
    for (let p = 1; p <= w; p++) {
      for (let q = p - 1; q >= 0; q--) {
        const size = length(i + q, i + p);
        if (p - q > 1 && size > capacity) break;
        if (cost[l - 1]![q] === Infinity) continue;
        const last = p === w;
        const slack = Math.max(0, capacity - size) / capacity;
        const c = cost[l - 1]![q]! + LINE_COST + (last ? 0 : breakCost(tokens[i + p - 1]!.text, tokens[i + p]!.text, options.breakWords) + slack * slack * RAGGED_WEIGHT);
        if (c < cost[l]![p]!) {
          cost[l]![p] = c;
          back[l]![p] = q;
        }
      }
    }
  }
  let bestLines = 1;
  for (let l = 2; l <= lines; l++) if (cost[l]![w]! < cost[bestLines]![w]!) bestLines = l;
  const ends: number[] = [];
  for (let l = bestLines, p = w; l > 0; p = back[l]![p]!, l--) ends.push(i + p);
  return ends.reverse();
}
