import { Job, type Queue } from 'bullmq';
import type { EnqueuedJob, EnqueuedRun } from './enqueue-flow';
import { failedBecauseOfChild } from './failed-runs';

export type JobFate = 'waiting' | 'active' | 'completed' | 'failed';

export interface JobReport extends EnqueuedJob {
  fate: JobFate;
  /** the failure's message (the parser's own for bad input) */
  reason?: string;
  summary?: string;
  attempts: number;
}


function fateOf(state: string): JobFate {
  if (state === 'completed') return 'completed';
  if (state === 'failed') return 'failed';
  if (state === 'active') return 'active';
  return 'waiting';
}

async function reportOf(queue: Queue, job: EnqueuedJob): Promise<JobReport> {
  const found = await Job.fromId(queue, job.jobId);
  if (!found) return { ...job, fate: 'waiting', attempts: 0 };
  const fate = fateOf(await found.getState());
  const report: JobReport = { ...job, fate, attempts: found.attemptsMade };
  if (fate === 'failed' && found.failedReason) report.reason = found.failedReason;
  const value = found.returnvalue as { summary?: unknown } | null;
  if (fate === 'completed' && value && typeof value.summary === 'string') report.summary = value.summary;
  return report;
}

export interface RunOutcome {
  ok: boolean;
  jobs: JobReport[];
  /** the failures that caused the others: a stage's own reason, not "child failed" */
  causes: JobReport[];
}

/**
 * Polls a run's jobs until its root completes or fails, calling `onChange` as each job changes
 * state. Polling (not queue events) rides out a Redis restart: a poll that fails is retried.
 */
export async function watchRun(
  run: EnqueuedRun,
  queues: ReadonlyMap<string, Queue>,
  onChange: (job: JobReport) => void,
  options: { intervalMs?: number; onPollError?: (e: Error) => void } = {},
): Promise<RunOutcome> {
  const interval = options.intervalMs ?? 250;
  const last = new Map<string, JobFate>();
  for (;;) {
    try {
      const reports = await Promise.all(run.jobs.map((job) => reportOf(queues.get(job.queueName)!, job)));
      for (const report of reports) {
        if (last.get(report.jobId) !== report.fate) {
          last.set(report.jobId, report.fate);
          onChange(report);
        }
      }
      const rootFate = reports[reports.length - 1]!.fate;
      const failed = reports.filter((r) => r.fate === 'failed');
      // A failed step fails its parents up to the root; settle once the root knows.
      if (rootFate === 'completed' || rootFate === 'failed') {
        const causes = failed.filter((r) => !failedBecauseOfChild(r.reason ?? ''));
        return { ok: rootFate === 'completed', jobs: reports, causes: causes.length > 0 ? causes : failed };
      }
    } catch (e) {
      options.onPollError?.(e as Error);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}
