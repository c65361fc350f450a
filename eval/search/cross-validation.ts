/**
 * Leave-one-domain-out cross-validation of ranking constants, as pure functions: the folds, the
 * training objective and a coordinate search over a grid. What a candidate scores is asked of an
 * `evaluate` callback (per domain), so the fitting can be tested without any corpus.
 */

/** Recall@10 and MRR over one domain's queries, and the mean hit length in s. */
export interface DomainScore {
  queries: number;
  recallAt10: number;
  mrr: number;
  meanHitSeconds: number;
}

export interface Fold {
  test: string;
  train: string[];
}

/** One fold per domain: tested on it, fitted on all the others. */
export function leaveOneOut(domains: string[]): Fold[] {
  const sorted = [...new Set(domains)].sort();
  return sorted.map((test) => ({ test, train: sorted.filter((d) => d !== test) }));
}

/** The grid of values tried for each constant (the shipped value should be one of them). */
export type Grid<T> = { [K in keyof T]: readonly T[K][] };

/** The mean of the given domains' scores, each domain weighing the same whatever its number of queries. */
export function meanOf(scores: Map<string, DomainScore>, domains: string[]): { recallAt10: number; mrr: number } {
  const list = domains.map((d) => scores.get(d)!);
  return {
    recallAt10: list.reduce((a, s) => a + s.recallAt10, 0) / Math.max(1, list.length),
    mrr: list.reduce((a, s) => a + s.mrr, 0) / Math.max(1, list.length),
  };
}

/**
 * Training objective, compared lexicographically: first whether Recall@10 reaches the
 * baseline's (the goal's floor), then MRR, then Recall@10. Recall is a floor, not a target:
 * above it, a candidate is judged on where the first relevant hit lies.
 */
export function objective(candidate: { recallAt10: number; mrr: number }, baseline: { recallAt10: number }): number[] {
  return [candidate.recallAt10 >= baseline.recallAt10 - 1e-12 ? 1 : 0, candidate.mrr, candidate.recallAt10];
}

function better(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if (a[i]! > b[i]! + 1e-12) return true;
    if (a[i]! < b[i]! - 1e-12) return false;
  }
  return false;
}

/**
 * Coordinate search: from `start`, set one constant of the grid at a time (those not in it stay) to its grid value that scores best
 * on the training domains (the others held), and go round again until a whole round changes
 * nothing (at most `rounds`). A tie keeps the current value, so a constant that does nothing
 * stays where it started.
 */
export function fitCoordinates<T extends object>(
  start: T,
  grid: Partial<Grid<T>>,
  evaluate: (candidate: T) => Map<string, DomainScore>,
  train: string[],
  baseline: { recallAt10: number },
  rounds = 3,
): { fitted: T; trainScore: { recallAt10: number; mrr: number } } {
  let current = { ...start };
  let currentScore = meanOf(evaluate(current), train);
  for (let round = 0; round < rounds; round++) {
    let changed = false;
    for (const key of Object.keys(grid) as (keyof T)[]) {
      for (const value of grid[key] ?? []) {
        if (value === current[key]) continue;
        const candidate = { ...current, [key]: value };
        const score = meanOf(evaluate(candidate), train);
        if (better(objective(score, baseline), objective(currentScore, baseline))) {
          current = candidate;
          currentScore = score;
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  return { fitted: current, trainScore: currentScore };
}
