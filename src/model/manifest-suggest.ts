import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance';

/**
 * "Did you mean ...?" for manifest messages: the known name closest to a mistyped one, so a typo
 * such as `titel` or `Europe/Zurch` is answered with the fix rather than a bare refusal.
 */

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
    // restricted: optimal string alignment, where a swap of neighbours (the commonest typo: "titel") is one edit
    const distance = DamerauLevenshteinDistance(wanted, candidate.toLowerCase(), { restricted: true });
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
