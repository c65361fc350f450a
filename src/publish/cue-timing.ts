import type { CaptionProfile } from './caption-profiles';
import type { Language } from '../text/language/language';
import { captionWordCount, minDurationFor, readingDurationFor } from './caption-quality';

/**
 * Times re-flowed cues: from the times their words were spoken to display times that keep the
 * profile where the words allow. Integer ms, half-open [startMs, endMs); cues stay in order.
 */

export interface TimedText {
  text: string;
  startMs: number;
  endMs: number;
}

/** Longest display a cue gets when its profile sets no maximum (DCMP, BBC): the default profile's. */
export const LAYOUT_MAX_DURATION_MS = 7000;
/**
 * How much earlier than its words a cue may appear to make room to read it: captions should not
 * come more than about 1.5 s before the speech (BBC, CAPTION-RULES.md).
 */
export const MAX_EARLY_MS = 1500;
/** How much later than its words a cue may start when the cue before needs its time. */
export const MAX_LATE_MS = 1000;

/**
 * Lays cues out in order: never overlapping and at least the profile's gap apart; each cue then
 * lengthened, first into the gap after it (or into the next cue's spare time, delaying it at most
 * MAX_LATE_MS) and then (at most MAX_EARLY_MS) into the gap before it or the previous cue's spare time,
 * to its minimum duration and to the time its text needs at the profile's reading rate, never past
 * the longest display. Where the words come faster than that, the cue stays short (and is reported
 * by the quality check): words are never dropped to make time.
 */
export function layoutCues(cues: readonly TimedText[], profile: CaptionProfile, lang: Language): TimedText[] {
  const gap = profile.minGapMs;
  const maxDuration = profile.maxDurationMs ?? LAYOUT_MAX_DURATION_MS;
  const n = cues.length;
  const starts = new Array<number>(n);
  const ends = new Array<number>(n);
  const needs = cues.map((c) => {
    const words = captionWordCount(c.text, lang);
    return { floor: Math.max(1, Math.min(minDurationFor(profile, words), maxDuration)), need: Math.min(maxDuration, Math.max(minDurationFor(profile, words), readingDurationFor(profile, c.text, lang))) };
  });
  // Pass 1: in order, each cue starts after the previous one (and its gap) and ends before the
  // next one's words start; a cue squeezed below its minimum pushes the next one later instead,
  // by no more than its own words lasted (overlapping speech delays what follows, boundedly).
  for (let i = 0; i < n; i++) {
    const cue = cues[i]!;
    const start = Math.max(0, cue.startMs, i > 0 ? ends[i - 1]! + gap : 0);
    const nextStart = i + 1 < n ? cues[i + 1]!.startMs : Infinity;
    let end = Math.min(Math.max(cue.endMs, start + 1), nextStart - gap, start + maxDuration);
    end = Math.max(end, start + Math.min(needs[i]!.floor, Math.max(1, cue.endMs - cue.startMs)));
    starts[i] = start;
    ends[i] = end;
  }
  // Pass 2: lengthen into the gaps, after first, then before.
  for (let i = 0; i < n; i++) {
    const need = needs[i]!.need;
    if (ends[i]! - starts[i]! >= need) continue;
    // The next cue may give up time it does not need: it then starts a little after its words.
    const latestEnd = i + 1 < n ? Math.max(starts[i + 1]! - gap, Math.min(ends[i + 1]! - needs[i + 1]!.need, starts[i + 1]! + MAX_LATE_MS) - gap) : Infinity;
    ends[i] = Math.max(ends[i]!, Math.min(starts[i]! + need, latestEnd));
    if (i + 1 < n) starts[i + 1] = Math.max(starts[i + 1]!, ends[i]! + gap);
    const short = need - (ends[i]! - starts[i]!);
    if (short > 0 && i > 0) {
      // The cue before may give up what it does not need too: it then ends a little earlier.
      const spare = Math.max(0, ends[i - 1]! - (starts[i - 1]! + needs[i - 1]!.need));
      const earliest = Math.max(0, ends[i - 1]! - spare + gap, cues[i]!.startMs - MAX_EARLY_MS);
      starts[i] = Math.min(starts[i]!, Math.max(earliest, starts[i]! - short));
      ends[i - 1] = Math.min(ends[i - 1]!, starts[i]! - gap);
    } else if (short > 0) {
      starts[i] = Math.min(starts[i]!, Math.max(0, cues[i]!.startMs - MAX_EARLY_MS, starts[i]! - short));
    }
  }
  return cues.map((c, i) => ({ text: c.text, startMs: starts[i]!, endMs: ends[i]! }));
}
