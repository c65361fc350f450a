import { Redis } from 'ioredis';
import { z } from 'zod';
import { ServiceUnavailableError, UsageError } from '../src/model/errors';

/** REDIS_URL as CONTRACT.md names it: redis:// or rediss:// (TLS), with optional user, password and db. */
export const RedisUrl = z
  .string()
  .trim()
  .min(1)
  .refine((value) => {
    try {
      return ['redis:', 'rediss:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379');

/** A given REDIS_URL, checked; UsageError naming the variable when it is malformed. */
export function parseRedisUrl(given: string): string {
  const parsed = RedisUrl.safeParse(given);
  if (!parsed.success) throw new UsageError(`REDIS_URL "${given}": ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

/** The Redis URL of queue mode from the environment; UsageError when it is unset or malformed. */
export function requireRedisUrl(env: Record<string, string | undefined>, what: string): string {
  const given = env.REDIS_URL;
  if (given === undefined || given.trim() === '') throw new UsageError(`${what} needs Redis: set REDIS_URL (e.g. redis://127.0.0.1:6379)`);
  return parseRedisUrl(given);
}

/**
 * A connection for BullMQ. `maxRetriesPerRequest: null` is what BullMQ requires of a worker's
 * connection: a command waits for Redis to come back instead of failing (a restart of Redis is
 * ridden out, not turned into failed jobs).
 */
export function connectRedis(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, connectionName: 'recap' });
}

/** Fails fast with ServiceUnavailableError (exit 3) when Redis does not answer PING in time. */
export async function probeRedis(url: string, timeoutMs = 5000): Promise<void> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: timeoutMs, retryStrategy: () => null });
  // The socket's own error (ECONNREFUSED, ENOTFOUND) says more than the "Connection is closed" that follows it.
  let cause: Error | undefined;
  client.on('error', (e: Error) => {
    cause ??= e;
  });
  try {
    await client.connect();
    await client.ping();
  } catch (e) {
    throw new ServiceUnavailableError(`Redis at ${redactUrl(url)} cannot be reached: ${(cause ?? (e as Error)).message}`);
  } finally {
    client.disconnect();
  }
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}
