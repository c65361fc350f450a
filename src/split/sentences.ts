import { endsSentence, sentenceTokens } from '../text/sentence-ends';
import type { SpokenPiece } from './pieces';
import type { BreakWords, Language } from '../text/language/language';

/**
 * Sentences from caption pieces. Live captions often lack punctuation, so sentence ends come from
 * punctuation, from pauses and from cue structure (the caller passes one speaker turn at a time,
 * so a turn change always ends a sentence). Times in ms from the recording's 00:00:00.
 */

/** A word as captioned, with its time estimated from its character position in the piece. */
export interface SpokenWord {
  text: string;
  startMs: number;
  endMs: number;
  /** its piece had no lower-case letter (CART capitals): its case is to be restored */
  caps: boolean;
  /**
   * silence before it, in ms: from the cue times when it opens a piece; inside a piece from the
   * captions' word times when they give them (see spokenWords), else 0
   */
  gapBeforeMs: number;
  /** it opens a piece (a cue or a cue's part): a place where a long run may be cut */
  opensPiece: boolean;
  /** white space separates it from the word before it in its piece (false after a sentence mark inside Chinese text) */
  spaced: boolean;
}

export interface SentenceOptions {
  /** a silence this long between pieces ends a sentence in unpunctuated text (ms) */
  pauseMs: number;
  /** the track writes sentence punctuation, so pauses end sentences only past LONG_SILENCE_MS */
  punctuated: boolean;
  /** the language of the captions: its sentence marks and abbreviations */
  lang: Language;
}

/** Past this many words a sentence is cut (at its longest pause): nobody reads 80-word runs. */
export const MAX_SENTENCE_WORDS = 40;
/**
 * The same limit where the track writes no sentence punctuation (speech recognisers with it off):
 * no stop says where a sentence ends, so a run of pauses too short to end one is cut nearer the
 * length of spoken sentences (15-20 words on average) than of the longest written ones.
 */
export const MAX_UNPUNCTUATED_WORDS = 24;
/** Neither side of such a cut is shorter than this, in words. */
const MIN_SIDE_WORDS = 4;
/** A silence that ends a sentence even in punctuated captions (a dropout, a long break), ms. */
export const LONG_SILENCE_MS = 30_000;


/**
 * How long saying a word takes, ms, to tell a pause from speech between two timed word starts: at
 * about 15 characters a second of speech (spaces counted), 65 ms a character and its space.
 */
const MS_PER_CHARACTER = 65;
const saidMs = (word: string) => (word.length + 1) * MS_PER_CHARACTER;

/**
 * Splits each piece into word tokens. A piece whose words are timed (inline timestamps, as in
 * auto-captions) gives each token its own start and the silence before it (its start less the
 * previous word's start and saying time), so pauses inside cues end sentences as gaps between cues
 * do; other tokens are timed by the share of characters before them.
 */
export function spokenWords(pieces: readonly SpokenPiece[]): SpokenWord[] {
  const out: SpokenWord[] = [];
  let prevEnd: number | null = null;
  for (const piece of pieces) {
    if (!piece.text) continue;
    const caps = /\p{Lu}/u.test(piece.text) && !/\p{Ll}/u.test(piece.text);
    const span = piece.endMs - piece.startMs;
    const len = Math.max(1, piece.text.length);
    const at = (offset: number) => piece.startMs + Math.round((span * offset) / len);
    const starts = piece.wordStarts;
    let index = 0;
    for (const m of piece.text.matchAll(/\S+/g)) {
      // a sentence mark inside a run of Chinese or Japanese ends a token too ("开始。谢谢" is two)
      let offset = m.index;
      for (const [k, text] of sentenceTokens(m[0]).entries()) {
        const first = index === 0 && k === 0;
        const timed = k === 0 ? starts?.[index] : undefined;
        const startMs = timed ?? at(offset);
        const endMs = timed === undefined ? at(offset + text.length) : Math.min(Math.max(startMs, piece.endMs), startMs + saidMs(text));
        const before = out[out.length - 1];
        let gapBeforeMs = 0;
        if (first && prevEnd !== null) gapBeforeMs = Math.max(0, (timed ?? piece.startMs) - prevEnd);
        else if (!first && timed !== undefined && before) gapBeforeMs = Math.max(0, startMs - before.endMs);
        out.push({ text, startMs, endMs, caps, gapBeforeMs, opensPiece: first, spaced: k === 0 });
        offset += text.length;
      }
      index++;
    }
    // Timed words end where they are said, not where the cue is cleared (auto-captions hold a cue
    // on screen until the next one comes).
    prevEnd = starts ? out[out.length - 1]!.endMs : piece.endMs;
  }
  return out;
}

const bareWord = (token: string): string => token.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * Where to cut an over-long run: a pause between pieces (the longer the better), a comma, a word
 * that opens sentences after one that can end them (the language's BreakWords: a cut between "of"
 * and "this" reads worse than before "we"); nearer the middle breaks ties.
 */
function cutPoint(tokens: readonly SpokenWord[], pauseMs: number, words: BreakWords): number {
  const middle = tokens.length / 2;
  let best = Math.floor(middle);
  let bestScore = -Infinity;
  for (let i = MIN_SIDE_WORDS; i <= tokens.length - MIN_SIDE_WORDS; i++) {
    const t = tokens[i]!;
    const before = tokens[i - 1]!.text;
    // A pause scores up to 2000 as a share of the track's pause threshold (sparse captions leave
    // seconds between cues mid-phrase); a comma 400, an opener 600, a word that cannot end -1000.
    let score = 1000 * Math.min(2, t.gapBeforeMs / pauseMs) - Math.abs(i - middle) * 20;
    if (/[,;:]$/.test(before)) score += 400;
    if (t.opensPiece) score += 200;
    if (words.sentenceOpeners.has(bareWord(t.text))) score += 600;
    if (words.noEnd.has(bareWord(before))) score -= 1000;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

/** A sentence's tokens; `cut` when it ends only because a long run was cut there (the next continues it). */
export interface SentenceRun {
  tokens: SpokenWord[];
  cut: boolean;
}

function cutLong(tokens: SpokenWord[], pauseMs: number, maxWords: number, words: BreakWords): SentenceRun[] {
  if (tokens.length <= maxWords) return [{ tokens, cut: false }];
  const at = cutPoint(tokens, pauseMs, words);
  const head = cutLong(tokens.slice(0, at), pauseMs, maxWords, words);
  head[head.length - 1]!.cut = true;
  return [...head, ...cutLong(tokens.slice(at), pauseMs, maxWords, words)];
}

/** One turn's tokens -> sentences (each a non-empty run of tokens, in order). */
export function splitSentences(tokens: readonly SpokenWord[], options: SentenceOptions): SentenceRun[] {
  const runs: SpokenWord[][] = [];
  let current: SpokenWord[] = [];
  const close = () => {
    if (current.length > 0) runs.push(current);
    current = [];
  };
  const silence = options.punctuated ? Math.max(options.pauseMs, LONG_SILENCE_MS) : options.pauseMs;
  tokens.forEach((token, i) => {
    if (token.gapBeforeMs >= silence) close();
    current.push(token);
    if (endsSentence(token.text, options.lang, tokens[i + 1]?.text, tokens[i - 1]?.text)) close();
  });
  close();
  const maxWords = options.punctuated ? MAX_SENTENCE_WORDS : MAX_UNPUNCTUATED_WORDS;
  return runs.flatMap((run) => cutLong(run, options.pauseMs, maxWords, options.lang.breaks));
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
