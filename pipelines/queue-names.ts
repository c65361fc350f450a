import type { StageName } from '../src/stages/stage-registry';

/**
 * Queue names and job ids of queue mode. One queue per stage, so an operator can run workers
 * for some stages only (`recap worker --queues ...`) and see each stage's backlog. BullMQ forbids
 * ':' in both (it separates Redis key parts); stage names, step ids and manifest ids have none.
 */

/** Redis key prefix of every recap queue; tests and benches give their own to stay apart. */
export const DEFAULT_QUEUE_PREFIX = 'recap';

export function queueName(stage: StageName): string {
  return `recap-${stage}`;
}

/** The id of one step's job in one run: "<eventId>.<runId>.<stepId>", readable in bull-board. */
export function jobId(eventId: string, runId: string, stepId: string): string {
  const id = `${eventId}.${runId}.${stepId}`;
  if (id.includes(':')) throw new Error(`job id "${id}" holds ':', which BullMQ forbids`);
  return id;
}
