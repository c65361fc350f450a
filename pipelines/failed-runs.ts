import { Job, type Queue } from 'bullmq';

export interface FailedJob {
  eventId: string | null;
  stage: string;
  /** the queue the job is in (a job pushed to a queue by hand may carry any name) */
  queue: string;
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

/** Which stored field of a job is not JSON, and why; undefined when both parse. */
function unreadableField(raw: Record<string, string>): string | undefined {
  for (const field of ['data', 'opts'] as const) {
    try {
      JSON.parse(raw[field] || '{}');
    } catch (e) {
      return `its ${field} is not JSON (${(e as Error).message})`;
    }
  }
  return undefined;
}

function numberOrNull(text: string | undefined): number | null {
  const n = Number(text);
  return text !== undefined && Number.isFinite(n) ? n : null;
}

/**
 * A job BullMQ cannot read back (pushed to Redis by hand, its data or options not JSON): no worker
 * can run it and BullMQ's own getters throw on it, so it is described from its raw fields.
 */
async function malformedJob(queue: Queue, id: string, failed: boolean): Promise<FailedJob | undefined> {
  const raw = await (await queue.getBackend().client).hgetall(queue.toKey(id));
  const problem = unreadableField(raw);
  if (problem === undefined) return undefined;
  const stillActive = failed ? '' : ' (it stays active: no worker can take it)';
  const reason = `malformed job: ${problem}${stillActive}${raw.failedReason ? `; ${raw.failedReason}` : ''}`;
  return {
    eventId: null,
    stage: raw.name ?? '',
    queue: queue.name,
    jobId: id,
    reason,
    attempts: numberOrNull(raw.atm) ?? 0,
    failedAt: numberOrNull(raw.finishedOn) ?? numberOrNull(raw.processedOn) ?? numberOrNull(raw.timestamp),
    consequence: false,
  };
}

/** The job, or, when BullMQ cannot parse it, its description as a malformed one. */
async function readJob(queue: Queue, id: string, failed: boolean): Promise<Job | FailedJob | undefined> {
  try {
    return await Job.fromId(queue, id);
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    return malformedJob(queue, id, failed);
  }
}

function describeFailed(queue: Queue, job: Job): FailedJob {
  const data = job.data as { eventId?: unknown } | undefined;
  const reason = job.failedReason ?? '';
  return {
    eventId: typeof data?.eventId === 'string' ? data.eventId : null,
    stage: job.name,
    queue: queue.name,
    jobId: job.id ?? '',
    reason,
    attempts: job.attemptsMade,
    failedAt: job.finishedOn ?? null,
    consequence: failedBecauseOfChild(reason),
  };
}

/**
 * Failed jobs across the stage queues, newest first: what `recap failed` lists, so an operator
 * sees which events failed, at which stage, and why (the parser's message for bad input). A job
 * whose payload the stage's schema refuses is failed by the worker with the validation message;
 * one BullMQ cannot even parse is listed too, from the failed set or stuck among the active jobs.
 */
export async function listFailedJobs(queues: Iterable<Queue>, perQueue = 1000): Promise<FailedJob[]> {
  const found: FailedJob[] = [];
  for (const queue of queues) {
    for (const id of await queue.getRanges(['failed'], 0, perQueue - 1)) {
      const job = await readJob(queue, id, true);
      if (job instanceof Job) found.push(describeFailed(queue, job));
      else if (job !== undefined) found.push(job);
    }
    // A running job is no failure, unless it can never run.
    for (const id of await queue.getRanges(['active'], 0, perQueue - 1)) {
      const job = await readJob(queue, id, false);
      if (job !== undefined && !(job instanceof Job)) found.push(job);
    }
  }
  return found.sort((a, b) => (b.failedAt ?? 0) - (a.failedAt ?? 0) || a.jobId.localeCompare(b.jobId));
}
