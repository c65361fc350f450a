import type { InProcessRun } from './in-process-child';
import type { QueueResult } from './queue-run';

/** Goals of the issue: queue mode's CPU at most 1.3x in-process; two workers at least 1.7x one worker's events/min. */
export const CPU_GOAL = 1.3;
export const SCALE_GOAL = 1.7;

interface Row {
  mode: string;
  events: number;
  wallS: number;
  workerCpuS: number;
  redisCpuS?: number;
  storeCpuS?: number;
  benchCpuS?: number;
}

const total = (r: Row) => r.workerCpuS + (r.redisCpuS ?? 0) + (r.storeCpuS ?? 0) + (r.benchCpuS ?? 0);
const perMinute = (r: Row) => (r.events * 60) / r.wallS;
const fixed = (value: number | undefined, digits = 1) => (value === undefined ? '-' : value.toFixed(digits));

function queueRow(q: QueueResult): Row {
  return {
    mode: q.label,
    events: q.events,
    wallS: q.wallS,
    workerCpuS: q.workerCpuS,
    redisCpuS: q.redisCpuS,
    ...(q.storeCpuS !== undefined ? { storeCpuS: q.storeCpuS } : {}),
    benchCpuS: q.enqueueCpuS + q.watchCpuS,
  };
}

const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');

/** The table and the goal lines, as printed (and as the README quotes them). */
export function formatReport(inProcess: InProcessRun, one: QueueResult, two: QueueResult, extra: QueueResult[]): string[] {
  const reference: Row = { mode: 'in-process (1 process)', events: inProcess.events, wallS: inProcess.wallS, workerCpuS: inProcess.cpuS };
  const rows = [reference, queueRow(one), queueRow(two), ...extra.map(queueRow)];
  const header = ['mode', 'events', 'wall s', 'events/min', 'CPU s workers', 'CPU s redis', 'CPU s s3rver', 'CPU s enqueue+watch', 'CPU s total', 'CPU x in-proc (total)', 'CPU x in-proc (workers)', 'events/min x 1 worker'];
  const lines = rows.map((r) => [
    r.mode,
    String(r.events),
    fixed(r.wallS),
    fixed(perMinute(r)),
    fixed(r.workerCpuS),
    fixed(r.redisCpuS),
    fixed(r.storeCpuS),
    fixed(r.benchCpuS),
    fixed(total(r)),
    (total(r) / total(reference)).toFixed(2),
    (r.workerCpuS / reference.workerCpuS).toFixed(2),
    r === rows[2] ? (perMinute(r) / perMinute(rows[1]!)).toFixed(2) : '-',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ');
  const out = [format(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...lines.map(format)];

  const cpuRatio = (q: QueueResult) => total(queueRow(q)) / total(reference);
  const workersRatio = (q: QueueResult) => q.workerCpuS / inProcess.cpuS;
  const queues = [one, two, ...extra];
  // The bench's CPU between the first enqueue and the last completion (start-up was before it).
  const ownInWindow = (q: QueueResult) => q.workerCpuS - q.workerStartupCpuS + q.redisCpuS + (q.storeCpuS ?? 0) + q.enqueueCpuS + q.watchCpuS;
  const scale = perMinute(queueRow(two)) / perMinute(queueRow(one));
  out.push(
    '',
    `goal: queue-mode CPU <= ${CPU_GOAL}x in-process: 1 worker ${cpuRatio(one).toFixed(2)}x -> ${verdict(cpuRatio(one) <= CPU_GOAL)}; 2 workers ${cpuRatio(two).toFixed(2)}x -> ${verdict(cpuRatio(two) <= CPU_GOAL)}` +
      ` (workers alone: ${workersRatio(one).toFixed(2)}x, ${workersRatio(two).toFixed(2)}x)`,
    `goal: 2 workers >= ${SCALE_GOAL}x the events/min of 1 worker: ${scale.toFixed(2)}x -> ${verdict(scale >= SCALE_GOAL)}`,
    '',
    'where the CPU goes:',
    `  start-up (node, tsx, modules; before the first event / "worker ready"): in-process ${fixed(inProcess.startupCpuS, 2)} s; 1 worker ${fixed(one.workerStartupCpuS, 2)} s; 2 workers ${fixed(two.workerStartupCpuS, 2)} s` +
      extra.map((q) => `; ${q.label} ${fixed(q.workerStartupCpuS, 2)} s`).join(''),
    `  CPU per step after start-up: in-process ${fixed(((inProcess.cpuS - inProcess.startupCpuS) * 1000) / inProcess.steps, 0)} ms (${inProcess.steps} steps); ` +
      queues.map((q) => `${q.label} ${fixed(((q.workerCpuS - q.workerStartupCpuS) * 1000) / q.jobs, 0)} ms (${q.jobs} jobs)`).join('; '),
    `  of the workers' CPU, system (kernel) time: in-process ${fixed(inProcess.systemCpuS)} s; ${queues.map((q) => `${q.label} ${fixed(q.workerSystemCpuS)} s`).join('; ')}`,
    `  enqueue, in this process, per event: ${queues.map((q) => `${q.label} ${fixed((q.enqueueCpuS * 1000) / q.events, 0)} ms`).join('; ')}; watching the runs, in all: ${queues.map((q) => `${fixed(q.watchCpuS, 2)} s`).join(', ')}`,
    `  redis-server per job: ${queues.map((q) => `${q.label} ${fixed((q.redisCpuS * 1000) / q.jobs, 1)} ms`).join('; ')}` +
      queues.filter((q) => q.storeCpuS !== undefined).map((q) => `; s3rver per job: ${q.label} ${fixed((q.storeCpuS! * 1000) / q.jobs, 1)} ms`).join(''),
    `  cores busy on average over each mode's wall time, this bench's processes / the machine's other processes: in-process ${fixed(inProcess.cpuS / inProcess.lifeS, 2)} / ${fixed(Math.max(0, inProcess.machineBusyS - inProcess.cpuS) / inProcess.lifeS, 2)}; ` +
      queues.map((q) => `${q.label} ${fixed(ownInWindow(q) / q.wallS, 2)} / ${fixed(Math.max(0, q.machineBusyS - ownInWindow(q)) / q.wallS, 2)}`).join('; '),
  );
  return out;
}
