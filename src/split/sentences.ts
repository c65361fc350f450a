import type { Piece } from './pieces';

/**
 * Sentences from caption pieces. Live captions often lack punctuation, so sentence ends come from
 * punctuation, from pauses and from cue structure (the caller passes one speaker turn at a time,
 * so a turn change always ends a sentence). Times in ms from the recording's 00:00:00.
 */

/** A word as captioned, with its time estimated from its character position in the piece. */
export interface TimedToken {
  text: string;
  startMs: number;
  endMs: number;
  /** its piece had no lower-case letter (CART capitals): its case is to be restored */
  caps: boolean;
  /** silence before it, in ms, when it opens a piece; 0 inside a piece */
  gapBeforeMs: number;
  /** it opens a piece (a cue or a cue's part): a place where a long run may be cut */
  opensPiece: boolean;
}

export interface SentenceOptions {
  /** a silence this long between pieces ends a sentence in unpunctuated text (ms) */
  pauseMs: number;
  /** the track writes sentence punctuation, so pauses end sentences only past LONG_SILENCE_MS */
  punctuated: boolean;
}

/** Past this many words a sentence is cut (at its longest pause): nobody reads 80-word runs. */
export const MAX_SENTENCE_WORDS = 40;
/** Neither side of such a cut is shorter than this, in words. */
const MIN_SIDE_WORDS = 4;
/** A silence that ends a sentence even in punctuated captions (a dropout, a long break), ms. */
export const LONG_SILENCE_MS = 30_000;

// Words whose final stop is not a sentence end.
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'vs', 'no', 'dept', 'mt', 'jr', 'sr', 'e.g', 'i.e', 'approx']);

export function endsSentence(token: string): boolean {
  const bare = token.replace(/["'”’)\]]+$/u, '');
  if (!/[.?!…]$/u.test(bare)) return false;
  if (/[?!…]$/u.test(bare)) return true;
  const word = bare.slice(0, -1).toLowerCase().replace(/^["'“‘([]+/u, '');
  if (ABBREVIATIONS.has(word)) return false;
  // an initial ("J.") is not an end
  return !/^\p{L}$/u.test(word);
}

/** Splits each piece into word tokens, timed by the share of characters before them. */
export function tokenize(pieces: readonly Piece[]): TimedToken[] {
  const out: TimedToken[] = [];
  let prevEnd: number | null = null;
  for (const piece of pieces) {
    if (!piece.text) continue;
    const caps = /\p{Lu}/u.test(piece.text) && !/\p{Ll}/u.test(piece.text);
    const span = piece.endMs - piece.startMs;
    const len = Math.max(1, piece.text.length);
    const at = (offset: number) => piece.startMs + Math.round((span * offset) / len);
    let first = true;
    for (const m of piece.text.matchAll(/\S+/g)) {
      const start = m.index;
      out.push({
        text: m[0],
        startMs: at(start),
        endMs: at(start + m[0].length),
        caps,
        gapBeforeMs: first && prevEnd !== null ? Math.max(0, piece.startMs - prevEnd) : 0,
        opensPiece: first,
      });
      first = false;
    }
    prevEnd = piece.endMs;
  }
  return out;
}

/** Where to cut an over-long run: the longest pause between pieces, else after a comma, else the middle. */
function cutPoint(tokens: readonly TimedToken[]): number {
  const middle = tokens.length / 2;
  let best = -1;
  let bestScore = -Infinity;
  for (let i = MIN_SIDE_WORDS; i <= tokens.length - MIN_SIDE_WORDS; i++) {
    const t = tokens[i]!;
    const comma = /[,;:]$/.test(tokens[i - 1]!.text);
    if (!t.opensPiece && !comma) continue;
    // pauses first (ms), a comma counts as a short pause; nearer the middle breaks ties
    const score = t.gapBeforeMs + (comma ? 400 : 0) + (t.opensPiece ? 200 : 0) - Math.abs(i - middle);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best > 0 ? best : Math.floor(middle);
}

function cutLong(tokens: TimedToken[]): TimedToken[][] {
  if (tokens.length <= MAX_SENTENCE_WORDS) return [tokens];
  const at = cutPoint(tokens);
  return [...cutLong(tokens.slice(0, at)), ...cutLong(tokens.slice(at))];
}

/** One turn's tokens -> sentences (each a non-empty run of tokens, in order). */
export function splitSentences(tokens: readonly TimedToken[], options: SentenceOptions): TimedToken[][] {
  const runs: TimedToken[][] = [];
  let current: TimedToken[] = [];
  const close = () => {
    if (current.length > 0) runs.push(current);
    current = [];
  };
  const silence = options.punctuated ? Math.max(options.pauseMs, LONG_SILENCE_MS) : options.pauseMs;
  for (const token of tokens) {
    if (token.opensPiece && token.gapBeforeMs >= silence) close();
    current.push(token);
    if (endsSentence(token.text)) close();
  }
  close();
  return runs.flatMap(cutLong);
}

/**
 * Sentence punctuation is "written" when at least one word in 50 ends a sentence (speech averages
 * 15-20 words a sentence, council CART with long comma-joined sentences about 30); below that,
 * captions are treated as unpunctuated and pauses end sentences.
 */
export function isPunctuated(texts: readonly string[]): boolean {
  let words = 0;
  let ends = 0;
  for (const text of texts) {
    for (const m of text.matchAll(/\S+/g)) {
      words++;
      if (endsSentence(m[0])) ends++;
    }
  }
  return words > 0 && ends * 50 >= words;
}

/**
 * The pause that ends a sentence in unpunctuated captions: 1.2 s, or 1.5x the track's median gap
 * between cues when cues are sparse (some captioners leave seconds between mid-sentence cues).
 */
export function pauseThresholdMs(cues: readonly { startMs: number; endMs: number }[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < cues.length; i++) gaps.push(Math.max(0, cues[i]!.startMs - cues[i - 1]!.endMs));
  if (gaps.length === 0) return 1200;
  gaps.sort((a, b) => a - b);
  const median = gaps[Math.floor(gaps.length / 2)]!;
  return Math.max(1200, Math.round(1.5 * median));
}
