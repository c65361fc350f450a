import type { Queue } from 'bullmq';

export interface FailedJob {
  eventId: string | null;
  stage: string;
  jobId: string;
  reason: string;
  attempts: number;
  /** ms since the epoch */
  failedAt: number | null;
  /** true when the job failed only because a job it waited for did */
  consequence: boolean;
}

/** BullMQ's reason for a parent that failed because a child did: a consequence, not a cause. */
export function failedBecauseOfChild(reason: string): boolean {
  return /^child .* failed$/i.test(reason);
}

/**
 * Failed jobs across the stage queues, newest first: what `recap failed` lists, so an operator
 * sees which events failed, at which stage, and why (the parser's message for bad input).
 */
export async function listFailedJobs(queues: Iterable<Queue>, perQueue = 1000): Promise<FailedJob[]> {
  const found: FailedJob[] = [];
  for (const queue of queues) {
    for (const job of await queue.getFailed(0, perQueue - 1)) {
      const data = job.data as { eventId?: unknown } | undefined;
      const reason = job.failedReason ?? '';
      found.push({
        eventId: typeof data?.eventId === 'string' ? data.eventId : null,
        stage: job.name,
        jobId: job.id ?? '',
        reason,
        attempts: job.attemptsMade,
        failedAt: job.finishedOn ?? null,
        consequence: failedBecauseOfChild(reason),
      });
    }
  }
  return found.sort((a, b) => (b.failedAt ?? 0) - (a.failedAt ?? 0) || a.jobId.localeCompare(b.jobId));
}
