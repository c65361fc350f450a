import { charLength } from './caption-quality';

/**
 * The words of a track as re-flowing sees them: every space-separated token of the text, in order,
 * punctuation attached, each with an estimated time. Times are integer ms, half-open [startMs, endMs).
 */

export interface CaptionToken {
  text: string;
  /** length in code points */
  length: number;
  startMs: number;
  endMs: number;
  /** no cue may end after this token (a speaker label set apart from the words it introduces) */
  keepWithNext?: boolean;
  /** written right after the token before, with no space (words of a script without spaces) */
  glued?: boolean;
}

/** A token's text, and whether it follows the one before with no space between. */
export interface WordToken {
  text: string;
  glued: boolean;
}

const OPENERS = /^[[(]/;
const CLOSERS = /[\])][.,;:?!]*$/;
/** A sound tag of more words than this is left as separate words (it is then prose, not a tag). */
const MAX_TAG_WORDS = 5;

/**
 * Space-separated tokens; a bracketed annotation of a few words ("[UPBEAT MUSIC]") is kept as one
 * token when it fits on a line, so a line break never falls inside it. Joining tokens with single
 * spaces gives back the text's word sequence exactly.
 */
export function captionTokens(text: string, maxChars: number): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (OPENERS.test(word) && !CLOSERS.test(word)) {
      let j = i + 1;
      while (j < words.length && j - i < MAX_TAG_WORDS && !CLOSERS.test(words[j]!)) j++;
      if (j < words.length && CLOSERS.test(words[j]!)) {
        const tag = words.slice(i, j + 1).join(' ');
        if (charLength(tag) <= maxChars) {
          out.push(tag);
          i = j;
          continue;
        }
      }
    }
    out.push(word);
  }
  return out;
}

/**
 * Spreads [startMs, endMs) over tokens by their share of characters (a space counted with each
 * word not glued to the one before): captions are typed at a roughly even pace, so this is the
 * best estimate the file allows.
 */
export function timeTokens(tokens: readonly WordToken[], startMs: number, endMs: number): CaptionToken[] {
  const weights = tokens.map((t) => charLength(t.text) + (t.glued ? 0 : 1));
  const total = weights.reduce((n, w) => n + w, 0) || 1;
  const span = Math.max(0, endMs - startMs);
  let before = 0;
  return tokens.map((t, i) => {
    const start = startMs + Math.round((span * before) / total);
    before += weights[i]!;
    const token: CaptionToken = { text: t.text, length: charLength(t.text), startMs: start, endMs: startMs + Math.round((span * before) / total) };
    if (t.glued) token.glued = true;
    return token;
  });
}

/** Tokens joined as written: a space before each one not glued to the one before. */
export function joinTokens(tokens: readonly Pick<CaptionToken, 'text' | 'glued'>[]): string {
  let s = '';
  tokens.forEach((t, i) => (s += (i > 0 && !t.glued ? ' ' : '') + t.text));
  return s;
}
