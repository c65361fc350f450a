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
  /** cost per unit outside the span, per tolerance */
  weight: number;
  /** cost of starting away from startMs, per tolerance, once per session */
  startWeight: number;
}

/** A cost that grows linearly for one tolerance and only logarithmically after that. */
function distanceCost(distanceMs: number, toleranceMs: number): number {
  const x = distanceMs / toleranceMs;
  return x <= 1 ? x : 1 + Math.log(x);
}

/**
 * The cost of a start away from the expected one: the negative log of a normal error within one
 * tolerance (small slips cost little, so the evidence places the start), with a logarithmic
 * tail beyond it, so that an event that ran very late can still be followed by its words.
 */
function startCost(distanceMs: number, toleranceMs: number): number {
  const x = distanceMs / toleranceMs;
  return x <= 1 ? x * x : 1 + Math.log(x);
}

/** Per-unit cost of putting each unit in each session: 0 inside its expected span. */
export function spanPriors(units: Unit[], expected: Expectation[]): Float64Array[] {
  return expected.map((e) => {
    const s = new Float64Array(units.length);
    units.forEach((unit, u) => {
      const mid = (unit.startMs + unit.endMs) / 2;
      const outside = mid < e.startMs ? e.startMs - mid : mid >= e.endMs ? mid - e.endMs : 0;
      s[u] = outside > 0 ? -e.weight * distanceCost(outside, e.toleranceMs) : 0;
    });
    return s;
  });
}

/**
 * The cost of starting each session at each unit, from where it is expected to start: once per
 * session, not per unit, so that a session that clearly ran very late can still be followed by
 * its words, which add up over every unit it lasts.
 */
export function startPriors(units: Unit[], expected: Expectation[]): Float64Array[] {
  return expected.map((e) => {
    const s = new Float64Array(units.length);
    units.forEach((unit, u) => {
      s[u] = -e.startWeight * startCost(Math.abs(unit.startMs - e.startMs), e.toleranceMs);
    });
    return s;
  });
}

/**
 * Expectations from agenda order alone: the captioned span shared in proportion to `shares`
 * (equal shares when nothing better is known, scheduled durations when only the offset is).
 */
export function positionExpectations(firstMs: number, lastMs: number, shares: number[], weight: number, startWeight: number): Expectation[] {
  const total = shares.reduce((a, b) => a + b, 0) || 1;
  let at = firstMs;
  return shares.map((share) => {
    const len = ((lastMs - firstMs) * share) / total;
    const e = { startMs: at, endMs: at + len, toleranceMs: Math.max(1, len), weight, startWeight };
    at += len;
    return e;
  });
}
