import { z } from 'zod';
import { LanguageTag, MANIFEST_ID_PATTERN } from '../model/manifest-fields';
import { parseClockMs } from '../model/timecode';
import { MAX_COUNTED_HITS, type SearchOptions } from '../search/search';

const Id = z.string().regex(MANIFEST_ID_PATTERN, 'must be an id as in the manifest: lowercase letters, digits and "-"');

/** A time from the recording's start as `recap search --from` takes it: "90", "90.5", "1:30" or "00:01:30". */
const Seconds = z.string().transform((s, ctx) => {
  const ms = parseClockMs(s);
  if (ms !== null) return ms;
  ctx.addIssue({ code: 'custom', message: 'must be seconds or [hh:]mm:ss from the recording\'s start, e.g. 90 or 1:30' });
  return z.NEVER;
});

const Limit = z
  .string()
  .regex(/^\d{1,3}$/, 'must be a whole number from 1 to 100')
  .transform(Number)
  .pipe(z.number().int().min(1, 'must be at least 1').max(100, 'must be at most 100'));

/** Which page of hits, from 1; at most as far as MAX_COUNTED_HITS hits reach. */
const Page = z
  .string()
  .regex(/^\d{1,4}$/, 'must be a whole number from 1')
  .transform(Number)
  .pipe(z.number().int().min(1, 'must be at least 1').max(MAX_COUNTED_HITS, `must be at most ${MAX_COUNTED_HITS}`));

/**
 * The query of /api/search and /search, as the query string gives it (every value a string; a
 * repeated parameter is an array and refused). Unknown parameters are refused too, so a typo
 * ("sesion=") is an error rather than a silently wider search. from/to are in `fromMs`/`toMs`.
 */
export const SearchQuery = z
  .strictObject({
    q: z.string().trim().min(1, 'type the words to search for').max(500, 'at most 500 characters'),
    event: Id.optional(),
    session: Id.optional(),
    speaker: z.string().trim().min(1).max(200).optional(),
    from: Seconds.optional(),
    to: Seconds.optional(),
    limit: Limit.optional(),
    page: Page.optional(),
    /** the query's language (BCP 47): only documents in it are searched; default every language of the store */
    lang: LanguageTag.optional(),
  })
  .refine((v) => v.from === undefined || v.to === undefined || v.from < v.to, { message: 'from must be before to', path: ['to'] });
export type SearchQuery = z.infer<typeof SearchQuery>;

/** Default number of hits, as `recap search`'s. */
export const DEFAULT_LIMIT = 10;

export function searchOptionsOf(query: SearchQuery): SearchOptions {
  return {
    limit: query.limit ?? DEFAULT_LIMIT,
    ...(query.event !== undefined ? { eventId: query.event } : {}),
    ...(query.session !== undefined ? { sessionId: query.session } : {}),
    ...(query.speaker !== undefined ? { speaker: query.speaker } : {}),
    ...(query.from !== undefined ? { fromMs: query.from } : {}),
    ...(query.to !== undefined ? { toMs: query.to } : {}),
    ...(query.lang !== undefined ? { language: query.lang } : {}),
  };
}

/** The hit a page starts at (0-based). */
export function offsetOf(query: SearchQuery): number {
  return ((query.page ?? 1) - 1) * (query.limit ?? DEFAULT_LIMIT);
}

/** zod's issues as {path, message}: what a client needs to fix its request. */
export function describeIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}
