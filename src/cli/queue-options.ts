import { DEFAULT_QUEUE_PREFIX } from '../../pipelines/queue-names';
import { UsageError } from '../model/errors';

/** --prefix: the Redis key prefix of the queues; BullMQ forbids ':' in it. */
export function queuePrefix(value: string | undefined): string {
  const prefix = value ?? DEFAULT_QUEUE_PREFIX;
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(prefix)) {
    throw new UsageError(`--prefix "${prefix}": letters, digits, "-" and "_" only (it starts Redis keys)`);
  }
  return prefix;
}

export const PREFIX_HELP = `Redis key prefix of the queues (default ${DEFAULT_QUEUE_PREFIX}); workers and enqueue must agree`;
