import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { median } from './stats';

/**
 * Interleaved timing of two functions in one process, so machine noise (other processes, CPU
 * frequency, a neighbour's GC) hits both sides alike. All times are in milliseconds.
 */

// A full GC before each timed run, so neither side pays for the garbage the other left behind.
// The npm script runs plain `tsx`, so --expose-gc is switched on here instead of on the command line.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

export interface PairTiming {
  /** every timed run of each side, in ms, in the order they ran */
  aMs: number[];
  bMs: number[];
  aMedianMs: number;
  bMedianMs: number;
}

export interface PairOptions {
  /** untimed runs of each side first, for the JIT and the caches */
  warmups: number;
  /** timed runs of each side, at least */
  minRuns: number;
  /** stop adding runs once this many ms have been spent on timed runs (after minRuns) */
  budgetMs: number;
  /** timed runs of each side, at most */
  maxRuns: number;
}

function timeOnce(fn: () => unknown): number {
  collectGarbage();
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Times `a` and `b` alternately, swapping which goes first every round to cancel order effects. */
export function timePair(a: () => unknown, b: () => unknown, options: PairOptions): PairTiming {
  for (let i = 0; i < options.warmups; i++) {
    a();
    b();
  }
  const aMs: number[] = [];
  const bMs: number[] = [];
  let spentMs = 0;
  for (let round = 0; round < options.maxRuns; round++) {
    if (round >= options.minRuns && spentMs >= options.budgetMs) break;
    if (round % 2 === 0) {
      aMs.push(timeOnce(a));
      bMs.push(timeOnce(b));
    } else {
      bMs.push(timeOnce(b));
      aMs.push(timeOnce(a));
    }
    spentMs += aMs[aMs.length - 1]! + bMs[bMs.length - 1]!;
  }
  return { aMs, bMs, aMedianMs: median(aMs), bMedianMs: median(bMs) };
}

/** Times one function alone (formats with no library reference). */
export function timeAlone(a: () => unknown, options: PairOptions): number[] {
  return timePair(a, () => undefined, options).aMs;
}
