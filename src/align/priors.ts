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
  /**
   * `weight` is per tolerance of time outside rather than per unit: a session displaced by one
   * tolerance costs about weight / 2 however finely the recording is cut into units
   */
  weightPerTolerance?: boolean;
  /** cost of starting away from startMs, per tolerance, once per session */
  startWeight: number;
  /**
   * without a schedule: where the start may fall as a share of the recording, Beta(a, b) over
   * [firstMs, lastMs]; it replaces the tolerance-based start cost
   */
  startShare?: { a: number; b: number; firstMs: number; lastMs: number };
}

/** -log of a Beta(a, b) density at x, relative to its least value (at the mode): 0 at the mode. */
function betaCost(x: number, a: number, b: number): number {
  const clamp = (v: number) => Math.min(1 - 1e-6, Math.max(1e-6, v));
  const logDensity = (v: number) => (a - 1) * Math.log(clamp(v)) + (b - 1) * Math.log(1 - clamp(v));
  const mode = a > 1 && b > 1 ? (a - 1) / (a + b - 2) : a <= 1 ? 0 : 1;
  return logDensity(mode) - logDensity(x);
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
      const share = e.weightPerTolerance ? (unit.endMs - unit.startMs) / e.toleranceMs : 1;
      s[u] = outside > 0 ? -e.weight * share * distanceCost(outside, e.toleranceMs) : 0;
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
    const share = e.startShare;
    units.forEach((unit, u) => {
      s[u] = share
        ? -e.startWeight * betaCost((unit.startMs - share.firstMs) / Math.max(1, share.lastMs - share.firstMs), share.a, share.b)
        : -e.startWeight * startCost(Math.abs(unit.startMs - e.startMs), e.toleranceMs);
    });
    return s;
  });
}

/**
 * Expectations from agenda order alone: the captioned span shared in proportion to `shares`
 * (equal shares when nothing better is known, scheduled durations when only the offset is).
 * Where each start falls is as uncertain as the order alone makes it: with lengths drawn at
 * random around their shares (a Dirichlet with one unit of weight per session), the start of the
 * session after a share c of the agenda is Beta((k + 1) c, (k + 1)(1 - c)) over the recording:
 * anywhere in a two-item agenda, within a tenth or so of the recording in a twenty-item one.
 */
export function positionExpectations(firstMs: number, lastMs: number, shares: number[], weight: number, startWeight: number): Expectation[] {
  const total = shares.reduce((a, b) => a + b, 0) || 1;
  const concentration = shares.length + 1;
  let before = 0;
  return shares.map((share) => {
    const c = before / total;
    const len = ((lastMs - firstMs) * share) / total;
    const startMs = firstMs + (lastMs - firstMs) * c;
    const e: Expectation = { startMs, endMs: startMs + len, toleranceMs: Math.max(1, len), weight, startWeight };
    if (c > 0) e.startShare = { a: concentration * c, b: concentration * (1 - c), firstMs, lastMs };
    before += share;
    return e;
  });
}
