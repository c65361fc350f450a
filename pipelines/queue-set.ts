import { FlowProducer, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { STAGE_NAMES, type StageName } from '../src/stages/stage-registry';
import { queueName } from './queue-names';

/**
 * The producer side of queue mode on one Redis connection: a Queue per stage (to look jobs up)
 * and the FlowProducer that adds an event's flow. `close` releases them; the connection is the
 * caller's.
 */
export interface QueueSet {
  queues: ReadonlyMap<string, Queue>;
  producer: FlowProducer;
  close(): Promise<void>;
}

/** Every stage, each with its queue. */
export const ALL_STAGES: readonly StageName[] = STAGE_NAMES;

export function openQueueSet(connection: Redis, prefix: string, onError: (e: Error) => void): QueueSet {
  const queues = new Map<string, Queue>();
  for (const stage of ALL_STAGES) {
    const queue = new Queue(queueName(stage), { connection, prefix });
    queue.on('error', onError);
    queues.set(queueName(stage), queue);
  }
  const producer = new FlowProducer({ connection, prefix });
  producer.on('error', onError);
  return {
    queues,
    producer,
    close: async () => {
      await producer.close();
      await Promise.all([...queues.values()].map((q) => q.close()));
    },
  };
}
