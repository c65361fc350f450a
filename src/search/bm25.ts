import type { SearchIndex } from './inverted-index';

/** BM25's usual saturation and length normalisation (Robertson & Zaragoza), the same as EVAL.md's baseline: not fitted. */
export const K1 = 1.2;
export const B = 0.75;

/** An event's idf of a term found in `df` of its segments. */
export function idf(index: SearchIndex, df: number): number {
  const n = index.segments.length;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Document frequency: the docs in a flat postings list [doc, tf, positions..., ...]. */
export function dfOf(flat: number[] | undefined): number {
  let df = 0;
  if (flat) for (let i = 0; i < flat.length; i += 2 + flat[i + 1]!) df++;
  return df;
}

/** BM25's weight of `n` occurrences in a document of `length` terms, where documents average `average`. */
export function bm25(weight: number, n: number, length: number, average: number): number {
  return (weight * n * (K1 + 1)) / (n + K1 * (1 - B + (B * length) / average));
}
