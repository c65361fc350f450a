import type { Unit } from './units';

/**
 * Where a session is expected before any word is read: from the schedule (mapped into the
 * recording) or, without one, from its place in the agenda. Times in recording ms.
 */
export interface Expectation {
  startMs: number;
  endMs: number;
  /** how far outside [startMs, endMs) a unit can be before it costs one `weight` */
  toleranceMs: number;
  weight: number;
}

/** Per-unit cost of putting each unit in each session: 0 inside the expected span, growing outside. */
export function priorScores(units: Unit[], expected: Expectation[]): Float64Array[] {
  return expected.map((e) => {
    const s = new Float64Array(units.length);
    units.forEach((unit, u) => {
      const mid = (unit.startMs + unit.endMs) / 2;
      const outside = mid < e.startMs ? e.startMs - mid : mid >= e.endMs ? mid - e.endMs : 0;
      s[u] = -(e.weight * outside) / e.toleranceMs;
    });
    return s;
  });
}

/**
 * Expectations from agenda order alone: the captioned span shared in proportion to `shares`
 * (equal shares when nothing better is known, scheduled durations when only the offset is).
 */
export function positionExpectations(firstMs: number, lastMs: number, shares: number[], weight: number): Expectation[] {
  const total = shares.reduce((a, b) => a + b, 0) || 1;
  let at = firstMs;
  return shares.map((share) => {
    const len = ((lastMs - firstMs) * share) / total;
    const e = { startMs: at, endMs: at + len, toleranceMs: Math.max(1, len), weight };
    at += len;
    return e;
  });
}
