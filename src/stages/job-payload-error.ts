import type { z } from 'zod';

/**
 * A stage's job payload that its schema refuses: wrong shape, an unsafe id or key. Retrying cannot
 * help, so a queue worker fails such a job at once (BullMQ's UnrecoverableError); the stable `name`
 * lets it tell this error from a stage's own failures. The message has every issue, e.g.
 * `align-event job: eventId: "a/b" is not a valid id (...)`.
 */
export class JobPayloadError extends Error {
  override readonly name = 'JobPayloadError';
  constructor(
    readonly stage: string,
    readonly issues: readonly z.core.$ZodIssue[],
  ) {
    super(`${stage} job: ${issues.map(formatJobIssue).join('; ')}`);
  }
}

/** "eventId: <problem>"; a problem with the payload as a whole (not an object, an unknown key) has no path. */
function formatJobIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.');
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}
