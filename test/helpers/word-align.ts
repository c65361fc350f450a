/** Lower-case word tokens (letters and digits), as both sides of a comparison see them. */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
}

/**
 * Aligns two nearly equal token sequences: returns, for each index of `a`, the index of the same
 * token in `b` or -1. Walks both in step and re-synchronises by looking a short way ahead, which
 * is enough for two renderings of the same captions.
 */
export function alignTokens(a: string[], b: string[], lookahead = 30): number[] {
  const map = new Array<number>(a.length).fill(-1);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      map[i++] = j++;
      continue;
    }
    let found = false;
    for (let d = 1; d <= lookahead && !found; d++) {
      for (let k = 0; k <= d && !found; k++) {
        // try skipping k tokens of a and d-k tokens of b, needing two tokens in agreement
        const ia = i + k;
        const jb = j + d - k;
        if (ia < a.length && jb < b.length && a[ia] === b[jb] && a[ia + 1] === b[jb + 1]) {
          i = ia;
          j = jb;
          found = true;
        }
      }
    }
    if (!found) {
      i++;
      j++;
    }
  }
  return map;
}

export interface Agreement { precision: number; recall: number; f1: number; hits: number; predicted: number; gold: number }

/** Precision/recall/F1 of predicted change points (token indices) against gold ones, ±tolerance tokens. */
export function changePointAgreement(predicted: number[], gold: number[], tolerance = 1): Agreement {
  const used = new Set<number>();
  let hits = 0;
  for (const g of gold) {
    const p = predicted.find((x) => !used.has(x) && Math.abs(x - g) <= tolerance);
    if (p !== undefined) {
      used.add(p);
      hits++;
    }
  }
  const precision = predicted.length ? hits / predicted.length : gold.length ? 0 : 1;
  const recall = gold.length ? hits / gold.length : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, hits, predicted: predicted.length, gold: gold.length };
}
