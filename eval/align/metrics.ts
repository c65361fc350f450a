/**
 * Alignment metrics exactly as shared/docs/EVAL.md defines them: 1-second grid labels, Pk,
 * WindowDiff, boundary F1 (±30 s, greedy one-to-one), MAE of session starts (s) and coverage.
 * Pure functions, no I/O. All times are integer ms from the recording's 00:00:00.
 */

/** A session that counts: EVAL.md's "used" rule applied to untrusted alignment.json or gold.json entries. */
export interface UsedSession {
  id: string;
  startMs: number;
  endMs: number;
  /** position among the used sessions, in list order; doubles as the session's grid label */
  order: number;
}

/** Grid label of an instant before every used session has started. */
export const BEFORE = -1;

/** Tolerance of a boundary hit, ms (EVAL.md: ±30 s). */
export const BOUNDARY_TOLERANCE_MS = 30000;

/** EVAL.md's rounding, written out as the spec states it: round(x) = floor(x + 0.5). */
export function roundHalfUp(x: number): number {
  return Math.floor(x + 0.5);
}

function isTime(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** Used = status not "missing", numeric startMs and endMs, endMs > startMs. List order kept. */
export function usedSessions(list: readonly unknown[]): UsedSession[] {
  const used: UsedSession[] = [];
  for (const item of list) {
    if (typeof item !== 'object' || item === null) continue;
    const s = item as Record<string, unknown>;
    if (s.status === 'missing' || !isTime(s.startMs) || !isTime(s.endMs) || s.endMs <= s.startMs) continue;
    used.push({ id: typeof s.id === 'string' ? s.id : '', startMs: s.startMs, endMs: s.endMs, order: used.length });
  }
  return used;
}

/**
 * Label of instant t (ms): the used session with startMs <= t < endMs (several: greatest startMs,
 * then later in the list); else the one with the greatest endMs <= t (ties: greatest startMs, then
 * later in the list); else BEFORE. `>=` in the comparisons makes the later entry win a full tie.
 */
export function labelAt(used: readonly UsedSession[], t: number): number {
  let inside: UsedSession | undefined;
  for (const s of used) {
    if (s.startMs <= t && t < s.endMs && (!inside || s.startMs >= inside.startMs)) inside = s;
  }
  if (inside) return inside.order;
  let ended: UsedSession | undefined;
  for (const s of used) {
    if (s.endMs > t) continue;
    if (!ended || s.endMs > ended.endMs || (s.endMs === ended.endMs && s.startMs >= ended.startMs)) ended = s;
  }
  return ended ? ended.order : BEFORE;
}

/** N = ceil(durationMs / 1000) labels; second i is labelled at its middle, t = 1000i + 500 ms. */
export function gridLabels(used: readonly UsedSession[], durationMs: number): number[] {
  const n = Math.ceil(durationMs / 1000);
  const labels: number[] = [];
  for (let i = 0; i < n; i++) labels.push(labelAt(used, 1000 * i + 500));
  return labels;
}

/** b[j] = 1 where label[j] != label[j+1], j = 0..N-2. */
export function boundaryMarks(labels: readonly number[]): number[] {
  const b: number[] = [];
  for (let j = 0; j + 1 < labels.length; j++) b.push(labels[j] !== labels[j + 1] ? 1 : 0);
  return b;
}

/** k = round(mean gold session length in s / 2), clamped to [1, N-1] (1 when there is no gold session). */
export function windowSize(gold: readonly UsedSession[], n: number): number {
  if (gold.length === 0) return 1;
  const meanS = gold.reduce((sum, s) => sum + (s.endMs - s.startMs) / 1000, 0) / gold.length;
  return Math.max(1, Math.min(n - 1, roundHalfUp(meanS / 2)));
}

/**
 * Pk and WindowDiff over the windows i = 0..N-k-1, each covering b[i..i+k-1]. Pk counts windows
 * where "any boundary" differs, WindowDiff where the number of boundaries differs. With no window
 * (N <= k) nothing can disagree: both 0.
 */
export function pkWindowDiff(goldB: readonly number[], predB: readonly number[], k: number): { pk: number; wd: number } {
  const n = goldB.length + 1;
  const windows = n - k;
  if (windows <= 0) return { pk: 0, wd: 0 };
  // prefix sums: count of boundaries in b[i..i+k-1] = P[i+k] - P[i]
  const prefix = (b: readonly number[]) => b.reduce<number[]>((acc, x) => (acc.push(acc[acc.length - 1]! + x), acc), [0]);
  const g = prefix(goldB);
  const p = prefix(predB);
  let pkErrors = 0;
  let wdErrors = 0;
  for (let i = 0; i < windows; i++) {
    const gc = g[i + k]! - g[i]!;
    const pc = p[i + k]! - p[i]!;
    if (gc > 0 !== pc > 0) pkErrors++;
    if (gc !== pc) wdErrors++;
  }
  return { pk: pkErrors / windows, wd: wdErrors / windows };
}

export interface BoundaryScore {
  hits: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Boundary F1. goldBoundaries: startMs of gold sessions 2..K; predStarts: startMs of all used
 * predicted sessions (the smallest is dropped here). Greedy, g ascending: each g takes the smallest
 * unmatched p >= g - 30 s when that p <= g + 30 s.
 */
export function boundaryF1(goldBoundaries: readonly number[], predStarts: readonly number[]): BoundaryScore {
  const gold = [...goldBoundaries].sort((x, y) => x - y);
  const pred = [...predStarts].sort((x, y) => x - y).slice(1);
  const taken = pred.map(() => false);
  let hits = 0;
  for (const g of gold) {
    const j = pred.findIndex((p, i) => !taken[i] && p >= g - BOUNDARY_TOLERANCE_MS);
    if (j >= 0 && pred[j]! <= g + BOUNDARY_TOLERANCE_MS) {
      taken[j] = true;
      hits++;
    }
  }
  const precision = pred.length > 0 ? hits / pred.length : 0;
  const recall = gold.length > 0 ? hits / gold.length : 0;
  const f1 = hits === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { hits, precision, recall, f1 };
}

/**
 * MAE (s) of session starts over gold sessions 2..K whose id has a used predicted session (the
 * first with that id); null when none. Coverage = matched / (K-1); null when K < 2.
 */
export function startErrors(gold: readonly UsedSession[], pred: readonly UsedSession[]): { maeS: number | null; coverage: number | null; matched: number } {
  const firstById = new Map<string, UsedSession>();
  for (const s of pred) if (!firstById.has(s.id)) firstById.set(s.id, s);
  let sumS = 0;
  let matched = 0;
  for (const g of gold.slice(1)) {
    const p = firstById.get(g.id);
    if (!p) continue;
    sumS += Math.abs(p.startMs - g.startMs) / 1000;
    matched++;
  }
  return { maeS: matched > 0 ? sumS / matched : null, coverage: gold.length >= 2 ? matched / (gold.length - 1) : null, matched };
}

export interface GoldAlignment {
  durationMs: number;
  sessions: readonly unknown[];
}

export interface AlignScores {
  failed: boolean;
  pk: number;
  wd: number;
  f1: number;
  precision: number;
  recall: number;
  /** mean absolute start error, seconds; null when no gold session 2..K was matched (or failed) */
  maeS: number | null;
  coverage: number | null;
  /** grid size (s) and window (s) used for Pk/WD */
  n: number;
  k: number;
}

/**
 * Scores one set. predicted = the `sessions` list of alignment.json, or null when there is no
 * readable alignment.json with such a list: a failed set (Pk = WD = 1, F1 = P = R = 0, no MAE,
 * coverage 0 as nothing was matched).
 */
export function scoreAlignment(gold: GoldAlignment, predicted: readonly unknown[] | null): AlignScores {
  const goldUsed = usedSessions(gold.sessions);
  const n = Math.ceil(gold.durationMs / 1000);
  const k = windowSize(goldUsed, n);
  if (predicted === null) {
    return { failed: true, pk: 1, wd: 1, f1: 0, precision: 0, recall: 0, maeS: null, coverage: goldUsed.length >= 2 ? 0 : null, n, k };
  }
  const predUsed = usedSessions(predicted);
  const { pk, wd } = pkWindowDiff(boundaryMarks(gridLabels(goldUsed, gold.durationMs)), boundaryMarks(gridLabels(predUsed, gold.durationMs)), k);
  const bf = boundaryF1(
    goldUsed.slice(1).map((s) => s.startMs),
    predUsed.map((s) => s.startMs),
  );
  const { maeS, coverage } = startErrors(goldUsed, predUsed);
  return { failed: false, pk, wd, f1: bf.f1, precision: bf.precision, recall: bf.recall, maeS, coverage, n, k };
}

/** The `sessions` list of a parsed alignment.json, or null when it has none (a failed set). */
export function alignmentSessions(json: unknown): unknown[] | null {
  if (typeof json !== 'object' || json === null) return null;
  const sessions = (json as { sessions?: unknown }).sessions;
  return Array.isArray(sessions) ? sessions : null;
}
