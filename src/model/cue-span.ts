/**
 * The time a list of cues covers: from the earliest start to the latest end (ms, half-open
 * [startMs, endMs)). Cues need not be sorted, and a loop rather than Math.min(...) keeps it safe
 * for a day of cues (spreading that many arguments overflows the call stack).
 */
export interface CueSpan {
  startMs: number;
  endMs: number;
}

/** The span of `cues`, or undefined when there are none. */
export function cueSpan(cues: ReadonlyArray<{ startMs: number; endMs: number }>): CueSpan | undefined {
  if (cues.length === 0) return undefined;
  let startMs = Infinity;
  let endMs = -Infinity;
  for (const c of cues) {
    if (c.startMs < startMs) startMs = c.startMs;
    if (c.endMs > endMs) endMs = c.endMs;
  }
  return { startMs, endMs };
}
