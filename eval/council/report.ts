import type { CouncilScores, ItemStatus, Tolerance } from './score';
import { WITHIN_S } from './score';

/**
 * Aggregation and printed tables of the council evaluation. Item shares are pooled over the items
 * of a group (every held item weighs the same); Pk is the mean over the group's sets, as EVAL.md
 * averages it.
 */

export interface SetResult {
  set: string;
  group: string;
  captionKind: string;
  primary: boolean;
  recap: CouncilScores;
  uniform: CouncilScores;
  recapMs: number;
  error?: string;
}

export interface MethodFigures {
  /** share of held items within 15 / 30 / 60 s; null when the group holds no held item */
  within: Record<Tolerance, number | null>;
  pk: number;
  wd: number;
  /** share of items right by the missing-item rule */
  missingAccuracy: number | null;
}

export interface GroupRow {
  group: string;
  sets: number;
  failed: number;
  counts: Record<ItemStatus, number>;
  recap: MethodFigures;
  uniform: MethodFigures;
}

const mean = (xs: readonly number[]) => (xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

function figures(scores: readonly CouncilScores[]): MethodFigures {
  const held = scores.reduce((n, s) => n + s.counts.held, 0);
  const items = scores.reduce((n, s) => n + s.items.length, 0);
  const within = {} as Record<Tolerance, number | null>;
  for (const t of WITHIN_S) within[t] = held > 0 ? scores.reduce((n, s) => n + s.within[t], 0) / held : null;
  return {
    within,
    pk: mean(scores.map((s) => s.pk)),
    wd: mean(scores.map((s) => s.wd)),
    missingAccuracy: items > 0 ? scores.reduce((n, s) => n + s.missingRight, 0) / items : null,
  };
}

export function groupRow(group: string, results: readonly SetResult[]): GroupRow {
  const counts: Record<ItemStatus, number> = { held: 0, empty: 0, absent: 0 };
  for (const r of results) for (const k of ['held', 'empty', 'absent'] as const) counts[k] += r.recap.counts[k];
  return {
    group,
    sets: results.length,
    failed: results.filter((r) => r.recap.failed).length,
    counts,
    recap: figures(results.map((r) => r.recap)),
    uniform: figures(results.map((r) => r.uniform)),
  };
}

/** Name of a group's row that counts each meeting once (a second track left out). */
export const oneTrackRow = (group: string) => `${group} (one track per meeting)`;

/** One row per set, then per group (huntsville, boston; also without second tracks, when it has some), then all sets. */
export function tableRows(results: readonly SetResult[]): GroupRow[] {
  const rows = results.map((r) => groupRow(r.set, [r]));
  const groups = [...new Set(results.map((r) => r.group))];
  for (const g of groups) {
    const mine = results.filter((r) => r.group === g);
    rows.push(groupRow(`${g} (all)`, mine));
    if (mine.some((r) => !r.primary)) rows.push(groupRow(oneTrackRow(g), mine.filter((r) => r.primary)));
  }
  if (groups.length > 1) rows.push(groupRow('all sets', results));
  return rows;
}

const pct = (x: number | null) => (x === null ? '-' : `${(100 * x).toFixed(0)}%`);
const f3 = (x: number) => x.toFixed(3);

function aligned(cells: string[][], labelColumns: number): string {
  const widths = cells[0]!.map((_, c) => Math.max(...cells.map((row) => row[c]!.length)));
  return cells.map((row) => row.map((cell, c) => (c < labelColumns ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd()).join('\n');
}

export function formatTable(rows: readonly GroupRow[]): string {
  const header = ['set', 'items h/e/a', '<=15s', '<=30s', '<=60s', 'Pk', 'WD', 'miss-acc', 'unif<=15s', 'unif<=30s', 'unif<=60s', 'unif Pk', 'unif miss-acc', 'fail'];
  const cells = [header];
  for (const r of rows) {
    cells.push([
      r.group,
      `${r.counts.held}/${r.counts.empty}/${r.counts.absent}`,
      ...WITHIN_S.map((t) => pct(r.recap.within[t])),
      f3(r.recap.pk),
      f3(r.recap.wd),
      pct(r.recap.missingAccuracy),
      ...WITHIN_S.map((t) => pct(r.uniform.within[t])),
      f3(r.uniform.pk),
      pct(r.uniform.missingAccuracy),
      String(r.failed),
    ]);
  }
  return aligned(cells, 2);
}

const clock = (ms: number | null) => {
  if (ms === null) return '-';
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 3600)}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};
const seconds = (ms: number | null) => (ms === null ? '-' : `${ms >= 0 ? '+' : ''}${(ms / 1000).toFixed(0)}`);

/** --verbose: gold vs predicted start of every item, and the difference (s); "missing" when not predicted used. */
export function formatItems(results: readonly SetResult[]): string {
  const header = ['set', 'item', 'gold', 'gold start', 'recap start', 'diff s', 'unif diff s', 'miss ok'];
  const cells = [header];
  for (const r of results) {
    r.recap.items.forEach((item, i) => {
      const u = r.uniform.items[i]!;
      cells.push([r.set, item.id, item.status, clock(item.goldMs), item.predictedMs === null ? 'missing' : clock(item.predictedMs), seconds(item.diffMs), seconds(u.diffMs), item.right ? 'yes' : 'NO']);
    });
  }
  return aligned(cells, 3);
}
