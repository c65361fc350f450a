import { speakerStretches } from '../model/speaker-stretches';
import type { Cue } from '../model/track';

/** A non-speech annotation with its estimated time (ms from the recording's 00:00:00). */
export interface Sound {
  text: string;
  startMs: number;
}

/**
 * One speaker's stretch of one cue (a cue's part, or the whole cue), with its non-speech
 * annotations taken out of the text. Times in ms from the recording's 00:00:00, [startMs, endMs).
 */
export interface SpokenPiece {
  /** spoken text only, on one line */
  text: string;
  speaker: string | null;
  /** a new speaker turn begins here */
  turnStart: boolean;
  startMs: number;
  endMs: number;
  sounds: Sound[];
  /** each word's start (ms), one per word of `text`, when the captions time their words */
  wordStarts?: number[];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Takes the cue's annotations out of one stretch of its text. Each one's time is estimated from
 * its character position (captions are written at a roughly even pace).
 */
function withoutSounds(text: string, sounds: readonly string[], startMs: number, endMs: number): { text: string; sounds: Sound[] } {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  const found: Sound[] = [];
  let rest = flat;
  for (const sound of new Set(sounds)) {
    rest = rest.replace(new RegExp(escapeRegExp(sound), 'g'), (match, offset: number) => {
      found.push({ text: sound, startMs: startMs + Math.round(((endMs - startMs) * offset) / Math.max(1, flat.length)) });
      return ' '.repeat(match.length);
    });
  }
  // "WITH MY [INAUDIBLE]." leaves "WITH MY ." : the stop stays with the last word.
  const spoken = rest.replace(/\s+([.,;:?!])/g, '$1').replace(/\s+/g, ' ').trim();
  return { text: /^[\s.,;:?!]*$/.test(spoken) ? '' : spoken, sounds: found.sort((a, b) => a.startMs - b.startMs) };
}

/**
 * The start of each word of a piece's text from the cue's timed words (inline timestamps), when
 * they are the same words: a cue of one stretch whose text has as many words as it has timed
 * ones. Otherwise (parts, annotations taken out) nothing: times are then estimated.
 */
function wordStartsOf(cue: Cue, text: string, stretches: number): number[] | undefined {
  const words = cue.words;
  if (!words || stretches !== 1) return undefined;
  const count = text === '' ? 0 : text.split(' ').length;
  return count === words.length ? words.map((w) => w.startMs) : undefined;
}

/** A cue's per-speaker pieces: one, or one per part when the speaker changes inside it. */
export function cuePieces(cue: Cue): SpokenPiece[] {
  const sounds = cue.sounds ?? [];
  const stretches = speakerStretches(cue);
  return stretches.map((s) => {
    const cleaned = sounds.length > 0 ? withoutSounds(s.text, sounds, s.startMs, s.endMs) : { text: s.text.replace(/\s+/g, ' ').trim(), sounds: [] };
    const wordStarts = wordStartsOf(cue, cleaned.text, stretches.length);
    return { ...s, ...cleaned, ...(wordStarts ? { wordStarts } : {}) };
  });
}

/**
 * The pieces that begin inside a session's span [startMs, endMs) of the recording. The first one
 * always starts a turn: a transcript never continues a turn from before its session.
 */
export function sessionPieces(cues: readonly Cue[], startMs: number, endMs: number): SpokenPiece[] {
  const out: SpokenPiece[] = [];
  for (const cue of cues) {
    if (cue.endMs <= startMs || cue.startMs >= endMs) continue;
    for (const piece of cuePieces(cue)) {
      if (piece.startMs < startMs || piece.startMs >= endMs) continue;
      out.push(out.length === 0 ? { ...piece, turnStart: true } : piece);
    }
  }
  return out;
}
