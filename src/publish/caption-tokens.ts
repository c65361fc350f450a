import type { Cue } from '../model/track';
import { charLength } from './caption-quality';

/**
 * The words of a track as re-flowing sees them: every space-separated token of the text, in order,
 * punctuation attached, each with an estimated time. Times are integer ms, half-open [startMs, endMs).
 */

/** One speaker's stretch of a cue: the whole cue, or one of its parts when the speaker changes inside it. */
export interface Stretch {
  text: string;
  speaker: string | null;
  /** a new speaker turn begins here (named or not) */
  turnStart: boolean;
  startMs: number;
  endMs: number;
}

export interface TimedToken {
  text: string;
  /** length in code points */
  length: number;
  startMs: number;
  endMs: number;
}

/** A cue's stretches; a part ends where the next begins, the last where the cue ends. */
export function cueStretches(cue: Pick<Cue, 'text' | 'speaker' | 'turnStart' | 'parts' | 'startMs' | 'endMs'>): Stretch[] {
  const endMs = Math.max(cue.startMs, cue.endMs);
  if (cue.parts && cue.parts.length > 1) {
    const parts = cue.parts;
    return parts.map((p, i) => ({
      text: p.text,
      speaker: p.speaker,
      turnStart: p.turnStart,
      startMs: p.startMs,
      endMs: Math.max(p.startMs, parts[i + 1]?.startMs ?? endMs),
    }));
  }
  return [{ text: cue.text, speaker: cue.speaker, turnStart: cue.turnStart ?? false, startMs: cue.startMs, endMs }];
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
export function tokenize(text: string, maxChars: number): string[] {
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
 * word): captions are typed at a roughly even pace, so this is the best estimate the file allows.
 */
export function timeTokens(tokens: readonly string[], startMs: number, endMs: number): TimedToken[] {
  const lengths = tokens.map(charLength);
  const total = lengths.reduce((n, l) => n + l + 1, 0) || 1;
  const span = Math.max(0, endMs - startMs);
  let before = 0;
  return tokens.map((text, i) => {
    const start = startMs + Math.round((span * before) / total);
    before += lengths[i]! + 1;
    return { text, length: lengths[i]!, startMs: start, endMs: startMs + Math.round((span * before) / total) };
  });
}
