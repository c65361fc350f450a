import fc from 'fast-check';
import { DamerauLevenshteinDistance, LevenshteinDistance } from 'natural/lib/natural/distance';

/**
 * recap used to compute its two edit distances itself (speaker names and casing: Levenshtein;
 * manifest "did you mean": optimal string alignment). They now come from natural; these textbook
 * tables are the oracle, so a natural upgrade that changed a distance (and so a match) is caught.
 */
function referenceLevenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** Insertions, deletions, substitutions and swaps of two neighbouring characters, no substring edited twice. */
function referenceOptimalStringAlignment(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

// Small alphabets make repeats, swaps and shared stretches common; names bring accents and
// characters outside the BMP (distances count UTF-16 units, as both always did).
const letters = fc.constantFrom('a', 'b', 'c', 'é', 'E', ' ', '-', '😀');
const word = fc.array(letters, { maxLength: 12 }).map((cs) => cs.join(''));
const anyText = fc.string({ maxLength: 14, unit: 'grapheme' });
const pair = fc.oneof(fc.tuple(word, word), fc.tuple(anyText, anyText), word.map((w) => [w, w] as [string, string]));

describe('natural\'s edit distances give the distances recap computed itself', () => {
  test('LevenshteinDistance', () => {
    fc.assert(fc.property(pair, ([a, b]) => expect(LevenshteinDistance(a, b)).toBe(referenceLevenshtein(a, b))), { numRuns: 2000 });
  });

  test('DamerauLevenshteinDistance, restricted: optimal string alignment', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => expect(DamerauLevenshteinDistance(a, b, { restricted: true })).toBe(referenceOptimalStringAlignment(a, b))),
      { numRuns: 2000 },
    );
  });

  test('known cases: a swap is one edit only for the restricted Damerau distance', () => {
    expect(LevenshteinDistance('titel', 'title')).toBe(2);
    expect(DamerauLevenshteinDistance('titel', 'title', { restricted: true })).toBe(1);
    // optimal string alignment does not edit a swapped pair again ("ca" -> "abc" is 3, not 2)
    expect(DamerauLevenshteinDistance('ca', 'abc', { restricted: true })).toBe(3);
    expect(DamerauLevenshteinDistance('ca', 'abc')).toBe(2);
  });
});
