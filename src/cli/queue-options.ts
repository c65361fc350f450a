import { DEFAULT_QUEUE_PREFIX } from '../../pipelines/queue-names';
import { UsageError } from '../model/errors';

/** A positive whole number flag ("--concurrency 2"), else a UsageError naming the flag. */
export function positiveInteger(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`${flag} takes a positive whole number, not "${value}"`);
  }
  return Number(value);
}

/** --prefix: the Redis key prefix of the queues; BullMQ forbids ':' in it. */
export function queuePrefix(value: string | undefined): string {
  const prefix = value ?? DEFAULT_QUEUE_PREFIX;
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(prefix)) {
    throw new UsageError(`--prefix "${prefix}": letters, digits, "-" and "_" only (it starts Redis keys)`);
  }
  return prefix;
}

export const PREFIX_HELP = `Redis key prefix of the queues (default ${DEFAULT_QUEUE_PREFIX}); workers and enqueue must agree`;
