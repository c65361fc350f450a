import { cueSpan } from '../model/cue-span';
import type { InputWarning } from '../model/input-warning';
import { clock } from '../model/timecode';
import type { Cue } from '../model/track';

/**
 * Cue times no recording of a meeting has: a cue on screen for hours, captions spanning more
 * than a day, a cue starting well before the one written above it. Each is the mark of a timing
 * typo, times relative to segments read as absolute, or files pasted together.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Longest plausible cue with words: guidelines keep a caption up for at most about 7 s, and even a
 * live CART cue or a scrolling block of several lines is replaced within a minute. Ten minutes is
 * far beyond that, so only a broken time reaches it.
 */
export const MAX_SPEECH_CUE_MS = 10 * MINUTE;
/** Longest plausible cue of sound tags only: "[MUSIC]" may cover a break, but not for an hour. */
export const MAX_SOUND_CUE_MS = HOUR;
/** Longest plausible caption span: the "a session longer than a day". */
export const MAX_TRACK_SPAN_MS = 24 * HOUR;
/**
 * How far a cue may start before the cue above it before that counts as time running backwards:
 * overlapping speakers and rolling lines are written a little out of order (under a second), a
 * jump back of more than this is a file pasted together or times reset.
 */
export const BACKWARDS_TOLERANCE_MS = 1_000;

function lineOf(cue: Cue): { line?: number } {
  return cue.line !== undefined ? { line: cue.line } : {};
}

function minutes(ms: number): string {
  return `${Math.round(ms / MINUTE).toLocaleString('en-US')} min`;
}

function longCues(cues: readonly Cue[], file: string): InputWarning[] {
  const tooLong = cues.filter((c) => c.endMs - c.startMs > (c.nonSpeech ? MAX_SOUND_CUE_MS : MAX_SPEECH_CUE_MS));
  if (tooLong.length === 0) return [];
  const longest = tooLong.reduce((a, b) => (b.endMs - b.startMs > a.endMs - a.startMs ? b : a));
  const ms = longest.endMs - longest.startMs;
  return [
    {
      code: 'cue-too-long',
      file,
      ...lineOf(tooLong[0]!),
      message: `${tooLong.length} cue${tooLong.length === 1 ? ' lasts' : 's last'} longer than ${minutes(MAX_SPEECH_CUE_MS)} (${minutes(MAX_SOUND_CUE_MS)} for sound tags only); the longest, at ${clock(longest.startMs)}, lasts ${minutes(ms)}`,
      value: ms,
    },
  ];
}

function longSpan(cues: readonly Cue[], file: string): InputWarning[] {
  const span = cueSpan(cues);
  if (!span) return [];
  const { startMs: start, endMs: end } = span;
  if (end - start <= MAX_TRACK_SPAN_MS) return [];
  const last = cues.find((c) => c.endMs === end)!;
  return [
    {
      code: 'track-too-long',
      file,
      ...lineOf(last),
      message: `the captions span ${(Math.round(((end - start) / HOUR) * 10) / 10).toLocaleString('en-US')} hours (${clock(start)} to ${clock(end)}), more than a day`,
      value: end - start,
    },
  ];
}

/**
 * The cues in the order the file wrote them: readers sort cues by time (as WebVTT's parsing
 * algorithm does), so a file whose times run backwards shows it only in its cues' lines.
 */
function inFileOrder(cues: readonly Cue[]): readonly Cue[] {
  if (!cues.every((c) => c.line !== undefined)) return cues;
  return [...cues].sort((a, b) => a.line! - b.line!);
}

function backwards(track: readonly Cue[], file: string): InputWarning[] {
  const cues = inFileOrder(track);
  let count = 0;
  let first: Cue | undefined;
  let worst = 0;
  for (let i = 1; i < cues.length; i++) {
    const back = cues[i - 1]!.startMs - cues[i]!.startMs;
    if (back <= BACKWARDS_TOLERANCE_MS) continue;
    count++;
    first ??= cues[i];
    worst = Math.max(worst, back);
  }
  if (!first) return [];
  return [
    {
      code: 'time-backwards',
      file,
      ...lineOf(first),
      message: `${count} cue${count === 1 ? ' starts' : 's start'} more than ${BACKWARDS_TOLERANCE_MS / 1000} s before the cue written above it (first at ${clock(first.startMs)}; the largest jump back is ${(worst / 1000).toLocaleString('en-US')} s)`,
      value: worst,
    },
  ];
}

/** The timing warnings of one track, in a fixed order. */
export function checkImplausibleTimes(cues: readonly Cue[], file: string): InputWarning[] {
  return [...longCues(cues, file), ...longSpan(cues, file), ...backwards(cues, file)];
}
