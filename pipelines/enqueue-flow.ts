import { randomBytes } from 'crypto';
import type { FlowJob, FlowJobNode, FlowProducer, JobsOptions } from 'bullmq';
import { JobPayloadError } from '../src/stages/job-payload-error';
import { STAGES } from '../src/stages/stage-registry';
import type { PipelineStep } from './event-pipeline';
import { flowTreeSteps, planToFlowTree, type FlowTreeNode } from './flow-tree';
import { jobId, queueName } from './queue-names';

/** Retry policy of every job: transient failures (Redis, S3) back off 0.5 s, 1 s, 2 s ... ~1 min in all. */
export const JOB_ATTEMPTS = 8;
export const JOB_BACKOFF = { type: 'exponential', delay: 500 } as const;

/** One planned job of a run, for watching it and for messages. */
export interface EnqueuedJob {
  stepId: string;
  stage: PipelineStep['stage'];
  queueName: string;
  jobId: string;
}

export interface EnqueuedRun {
  eventId: string;
  runId: string;
  /** children before parents; the last one is the flow's root */
  jobs: EnqueuedJob[];
}

/** A run id: time-ordered and unique, so a re-enqueued event gets new jobs (finished stages then skip by their stamps). */
export function newRunId(now: Date = new Date()): string {
  return `${now.getTime().toString(36)}${randomBytes(3).toString('hex')}`;
}

function jobOptions(id: string): JobsOptions {
  return {
    jobId: id,
    attempts: JOB_ATTEMPTS,
    backoff: JOB_BACKOFF,
    // A failed stage fails the steps above it, up to the root, so a waiting user hears of it.
    failParentOnFailure: true,
    // Kept for `recap failed` and bull-board, bounded so Redis does not grow without end.
    removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
    removeOnFail: { age: 30 * 24 * 3600 },
  };
}

/**
 * The BullMQ flow of an event's plan. Each job's data is its stage payload, parsed with the same
 * schema the worker will parse it with, so a bad payload never reaches Redis.
 */
export function buildFlow(eventId: string, runId: string, steps: PipelineStep[], prefix: string): { flow: FlowJob; jobs: EnqueuedJob[] } {
  const toNode = (node: FlowTreeNode): FlowJobNode => {
    const { step } = node;
    const parsed = STAGES[step.stage].schema.safeParse(step.job);
    if (!parsed.success) throw new JobPayloadError(step.stage, parsed.error.issues);
    const data = parsed.data;
    const base = { name: step.stage, queueName: queueName(step.stage), data, prefix, opts: jobOptions(jobId(eventId, runId, step.id)) };
    return node.children.length > 0 ? { ...base, children: node.children.map(toNode) } : base;
  };
  const tree = planToFlowTree(steps);
  const flow = toNode(tree) as FlowJob;
  const jobs = flowTreeSteps(tree).map((step) => ({
    stepId: step.id,
    stage: step.stage,
    queueName: queueName(step.stage),
    jobId: jobId(eventId, runId, step.id),
  }));
  return { flow, jobs };
}

/** Adds an event's flow (one Redis transaction: all of it or none). */
export async function enqueueEventFlow(
  producer: FlowProducer,
  eventId: string,
  steps: PipelineStep[],
  prefix: string,
  runId: string = newRunId(),
): Promise<EnqueuedRun> {
  const { flow, jobs } = buildFlow(eventId, runId, steps, prefix);
  await producer.add(flow);
  return { eventId, runId, jobs };
}
