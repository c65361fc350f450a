/**
 * EVAL.md's search scores for one query: a hit is relevant when it overlaps a relevant range
 * (hit start < range end and range start < hit end); only the first 10 hits count. Times in ms.
 */

export interface Interval {
  startMs: number;
  endMs: number;
}

export interface QueryScore {
  /** 1 when a relevant hit is among the first 10 */
  recall: number;
  /** 1/rank of the first relevant hit, 0 if none */
  reciprocalRank: number;
  /** lengths of the counted hits, ms */
  hitLengths: number[];
  /** share of the recording covered by the union of the counted hits, 0..1 */
  coverage: number;
}

export function scoreQuery(hits: Interval[], relevant: [number, number][], durationMs: number): QueryScore {
  const top = hits.slice(0, 10);
  const rank = top.findIndex((h) => relevant.some(([s, e]) => h.startMs < e && s < h.endMs));
  return {
    recall: rank >= 0 ? 1 : 0,
    reciprocalRank: rank >= 0 ? 1 / (rank + 1) : 0,
    hitLengths: top.map((h) => h.endMs - h.startMs),
    coverage: durationMs > 0 ? unionLength(top) / durationMs : 0,
  };
}

/** Total length of the union of intervals, ms. */
export function unionLength(intervals: Interval[]): number {
  const sorted = [...intervals].filter((i) => i.endMs > i.startMs).sort((a, b) => a.startMs - b.startMs);
  let total = 0;
  let end = -Infinity;
  for (const { startMs, endMs } of sorted) {
    if (endMs <= end) continue;
    total += endMs - Math.max(startMs, end);
    end = endMs;
  }
  return total;
}

/** Hits from `recap search --json` output: an array, or an object with a `hits` array; else none. */
export function hitsOf(json: unknown): Interval[] {
  const list = Array.isArray(json) ? json : json !== null && typeof json === 'object' && Array.isArray((json as { hits?: unknown }).hits) ? (json as { hits: unknown[] }).hits : [];
  return list
    .filter((h): h is Interval => h !== null && typeof h === 'object' && typeof (h as Interval).startMs === 'number' && typeof (h as Interval).endMs === 'number')
    .map((h) => ({ startMs: h.startMs, endMs: h.endMs }));
}
