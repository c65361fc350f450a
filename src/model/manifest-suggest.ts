/**
 * "Did you mean ...?" for manifest messages: the known name closest to a mistyped one, so a typo
 * such as `titel` or `Europe/Zurch` is answered with the fix rather than a bare refusal.
 */

/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring characters each cost 1 (a swap is the commonest typo: "titel" for "title").
 */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** How many edits still count as a typo: short names allow one, longer ones a third of their length. */
function typoBudget(name: string): number {
  return name.length <= 3 ? 1 : Math.max(2, Math.floor(name.length / 3));
}

/** The candidate closest to `name` (case-insensitive) within a typo's distance, else undefined. */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const wanted = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = typoBudget(name) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** ` (did you mean "x"?)` or '' when nothing is close. */
export function didYouMean(name: string, candidates: readonly string[]): string {
  const guess = closestName(name, candidates);
  return guess === undefined ? '' : ` (did you mean "${guess}"?)`;
}
