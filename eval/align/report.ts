import type { SetKind, Track } from './corpus';
import type { AlignScores } from './metrics';

/** Aggregation and the printed table. Averages are plain means over sets (EVAL.md), failures included. */

export type Method = 'recap' | 'uniform' | 'schedule';

export interface SetResult {
  set: string;
  kind: SetKind;
  corpus: string;
  track: Track;
  method: Method;
  scores: AlignScores;
  /** recap rows only: how recap was run, its wall time (ms) and any message when it failed */
  route?: string;
  recapMs?: number;
  error?: string;
}

export interface GroupRow {
  group: string;
  track: Track;
  method: Method;
  sets: number;
  failed: number;
  pk: number;
  wd: number;
  f1: number;
  precision: number;
  recall: number;
  /** mean over the sets where MAE is defined; null when none */
  maeS: number | null;
  coverage: number | null;
  /** recap rows: recap Pk / baseline Pk of the same group and track (ratio of the means) */
  pkVsUniform?: number | null;
  pkVsSchedule?: number | null;
}

const mean = (xs: readonly number[]) => (xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

function aggregate(group: string, track: Track, method: Method, rows: readonly SetResult[]): GroupRow {
  const s = rows.map((r) => r.scores);
  const defined = (xs: Array<number | null>) => xs.filter((x): x is number => x !== null);
  return {
    group,
    track,
    method,
    sets: rows.length,
    failed: s.filter((x) => x.failed).length,
    pk: mean(s.map((x) => x.pk))!,
    wd: mean(s.map((x) => x.wd))!,
    f1: mean(s.map((x) => x.f1))!,
    precision: mean(s.map((x) => x.precision))!,
    recall: mean(s.map((x) => x.recall))!,
    maeS: mean(defined(s.map((x) => x.maeS))),
    coverage: mean(defined(s.map((x) => x.coverage))),
  };
}

/** Row groups in print order: per corpus, then the macro average over the kind, per track. */
function groupsOf(results: readonly SetResult[]): Array<{ group: string; track: Track; rows: SetResult[] }> {
  const out: Array<{ group: string; track: Track; rows: SetResult[] }> = [];
  for (const track of ['titles', 'scheduled'] as const) {
    for (const kind of ['align', 'qmsum'] as const) {
      const mine = results.filter((r) => r.track === track && r.kind === kind);
      if (mine.length === 0) continue;
      const corpora = [...new Set(mine.map((r) => r.corpus))];
      for (const corpus of corpora) out.push({ group: corpus, track, rows: mine.filter((r) => r.corpus === corpus) });
      out.push({ group: `${kind} (all)`, track, rows: mine });
    }
  }
  return out;
}

export function groupRows(results: readonly SetResult[]): GroupRow[] {
  const rows: GroupRow[] = [];
  for (const g of groupsOf(results)) {
    const byMethod = new Map<Method, GroupRow>();
    for (const method of ['recap', 'uniform', 'schedule'] as const) {
      const mine = g.rows.filter((r) => r.method === method);
      if (mine.length > 0) byMethod.set(method, aggregate(g.group, g.track, method, mine));
    }
    const recap = byMethod.get('recap');
    const ratio = (base: GroupRow | undefined) => (recap && base ? (base.pk > 0 ? recap.pk / base.pk : null) : undefined);
    if (recap) {
      const vsUniform = ratio(byMethod.get('uniform'));
      const vsSchedule = ratio(byMethod.get('schedule'));
      if (vsUniform !== undefined) recap.pkVsUniform = vsUniform;
      if (vsSchedule !== undefined) recap.pkVsSchedule = vsSchedule;
    }
    rows.push(...byMethod.values());
  }
  return rows;
}

export interface Goal {
  name: string;
  recapPk: number;
  baselinePk: number;
  ratio: number | null;
  limit: number;
  met: boolean;
}

/** Goals: titles-only Pk <= 0.6x uniform (align and qmsum); scheduled Pk <= 0.6x schedule (align). */
export const GOAL_RATIO = 0.6;

export function goals(rows: readonly GroupRow[]): Goal[] {
  const find = (group: string, track: Track, method: Method) => rows.find((r) => r.group === group && r.track === track && r.method === method);
  const out: Goal[] = [];
  const add = (name: string, group: string, track: Track, baseline: Method) => {
    const recap = find(group, track, 'recap');
    const base = find(group, track, baseline);
    if (!recap || !base) return;
    const ratio = base.pk > 0 ? recap.pk / base.pk : null;
    out.push({ name, recapPk: recap.pk, baselinePk: base.pk, ratio, limit: GOAL_RATIO, met: ratio !== null && ratio <= GOAL_RATIO });
  };
  add('align titles-only: recap Pk <= 0.6x uniform', 'align (all)', 'titles', 'uniform');
  add('qmsum titles-only: recap Pk <= 0.6x uniform', 'qmsum (all)', 'titles', 'uniform');
  add('align scheduled: recap Pk <= 0.6x schedule', 'align (all)', 'scheduled', 'schedule');
  return out;
}

const f3 = (x: number | null | undefined) => (x === null || x === undefined ? '-' : x.toFixed(3));
const f1 = (x: number | null | undefined) => (x === null || x === undefined ? '-' : x.toFixed(1));

const HEADER = ['corpus', 'track', 'method', 'sets', 'fail', 'Pk', 'WD', 'F1', 'P', 'R', 'MAE s', 'cov', 'Pk/unif', 'Pk/sched'];

function tableLines(cells: string[][]): string[] {
  const widths = HEADER.map((_, c) => Math.max(...cells.map((row) => row[c]!.length)));
  // first three columns are labels (left), the rest numbers (right)
  return cells.map((row) => row.map((cell, c) => (c < 3 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd());
}

export function formatGroupTable(rows: readonly GroupRow[]): string {
  const cells = [HEADER];
  let previous = '';
  for (const r of rows) {
    const key = `${r.group}/${r.track}`;
    const label = key === previous ? ['', ''] : [r.group, r.track];
    previous = key;
    cells.push([...label, r.method, String(r.sets), String(r.failed), f3(r.pk), f3(r.wd), f3(r.f1), f3(r.precision), f3(r.recall), f1(r.maeS), f3(r.coverage), f3(r.pkVsUniform), f3(r.pkVsSchedule)]);
  }
  return tableLines(cells).join('\n');
}

/** --verbose: one line per set, track and method. */
export function formatSetTable(results: readonly SetResult[]): string {
  const header = ['set', 'track', 'method', 'N s', 'k s', 'Pk', 'WD', 'F1', 'P', 'R', 'MAE s', 'cov', 'recap s', 'note'];
  const cells = [header];
  for (const r of results) {
    const s = r.scores;
    const note = s.failed ? `FAILED ${r.error ?? ''}`.trim() : '';
    cells.push([r.set, r.track, r.method, String(s.n), String(s.k), f3(s.pk), f3(s.wd), f3(s.f1), f3(s.precision), f3(s.recall), f1(s.maeS), f3(s.coverage), r.recapMs !== undefined ? (r.recapMs / 1000).toFixed(2) : '', note]);
  }
  const widths = header.map((_, c) => Math.max(...cells.map((row) => row[c]!.length)));
  return cells.map((row) => row.map((cell, c) => (c < 3 || c === 13 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd()).join('\n');
}
