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

/** The job's state, or null when Redis no longer has it. */
async function reportOf(queue: Queue, job: EnqueuedJob): Promise<JobReport | null> {
  // State first, then the job's fields: a job that completes between the two reads is then seen
  // active (and completed at the next poll), never completed without its return value.
  const state = await queue.getJobState(job.jobId);
  if (state === 'unknown') return null;
  const fate = fateOf(state);
  const found = await Job.fromId(queue, job.jobId);
  // Removed right after it ended: its outcome is known, its details are not.
  if (!found) return fate === 'completed' || fate === 'failed' ? { ...job, fate, attempts: 0 } : null;
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

/** How long a job may be missing from Redis before the watch gives up on it (ms). */
export const GONE_AFTER_MS = 5_000;

/**
 * A job of the run is no longer in Redis before it ended (removed by a clean or an obliterate,
 * or Redis lost its data): its outcome can never be known, so waiting for it would be forever.
 */
export class RunJobGoneError extends Error {
  override readonly name = 'RunJobGoneError';
  constructor(
    readonly runId: string,
    readonly job: EnqueuedJob,
    goneMs: number,
  ) {
    super(
      `run ${runId}: the ${job.stage} job ${job.jobId} (queue ${job.queueName}) has not been in Redis for ${Math.round(goneMs / 1000)} s ` +
        '(removed by a clean or obliterate, or Redis lost its data): its outcome cannot be known; enqueue the event again',
    );
  }
}

/**
 * Polls a run's jobs until its root completes or fails, calling `onChange` as each job changes
 * state. Polling (not queue events) rides out a Redis restart: a poll that fails is retried. A job
 * that ended and was then removed (BullMQ's removeOnComplete) keeps its last state; one that
 * disappears before it ended stops the watch with a RunJobGoneError after `goneAfterMs`.
 */
export async function watchRun(
  run: EnqueuedRun,
  queues: ReadonlyMap<string, Queue>,
  onChange: (job: JobReport) => void,
  options: { intervalMs?: number; goneAfterMs?: number; onPollError?: (e: Error) => void } = {},
): Promise<RunOutcome> {
  const interval = options.intervalMs ?? 250;
  const goneAfter = options.goneAfterMs ?? GONE_AFTER_MS;
  const last = new Map<string, JobReport>();
  const goneSince = new Map<string, number>();
  for (;;) {
    try {
      const found = await Promise.all(run.jobs.map((job) => reportOf(queues.get(job.queueName)!, job)));
      const now = Date.now();
      const reports = found.map((report, i): JobReport => {
        const job = run.jobs[i]!;
        if (report) {
          goneSince.delete(job.jobId);
          return report;
        }
        const seen = last.get(job.jobId);
        if (seen && (seen.fate === 'completed' || seen.fate === 'failed')) return seen;
        const since = goneSince.get(job.jobId) ?? now;
        goneSince.set(job.jobId, since);
        if (now - since >= goneAfter) throw new RunJobGoneError(run.runId, job, now - since);
        return seen ?? { ...job, fate: 'waiting', attempts: 0 };
      });
      for (const report of reports) {
        if (last.get(report.jobId)?.fate !== report.fate) onChange(report);
        last.set(report.jobId, report);
      }
      const rootFate = reports[reports.length - 1]!.fate;
      const failed = reports.filter((r) => r.fate === 'failed');
      // A failed step fails its parents up to the root; settle once the root knows.
      if (rootFate === 'completed' || rootFate === 'failed') {
        const causes = failed.filter((r) => !failedBecauseOfChild(r.reason ?? ''));
        return { ok: rootFate === 'completed', jobs: reports, causes: causes.length > 0 ? causes : failed };
      }
    } catch (e) {
      if (e instanceof RunJobGoneError) throw e;
      options.onPollError?.(e as Error);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}
