import pino, { type Logger } from 'pino';
import { z } from 'zod';
import { UsageError } from '../src/model/errors';

export const LogLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);
export type LogLevel = z.infer<typeof LogLevel>;

/** LOG_LEVEL, validated (default info). */
export function readLogLevel(env: Record<string, string | undefined>): LogLevel {
  const given = env.LOG_LEVEL;
  if (given === undefined || given.trim() === '') return 'info';
  const parsed = LogLevel.safeParse(given.trim().toLowerCase());
  if (!parsed.success) throw new UsageError(`LOG_LEVEL "${given}": must be one of ${LogLevel.options.join(', ')}`);
  return parsed.data;
}

/**
 * Structured logs, one JSON object a line on stderr (stdout stays for a command's data). Every
 * line of a job carries eventId, jobId and stage through child loggers.
 */
export function createLogger(level: LogLevel, name = 'recap-worker'): Logger {
  return pino({ name, level }, pino.destination({ fd: 2, sync: true }));
}
