/**
 * A summary is shorter than what it summarises. The default caps (250 words for an event, 120 for
 * a session) suit meetings of an hour; a five-minute meeting of 400 words would get most of its
 * sentences back. Without a length asked for, a summary is at most a fifth of the words said
 * (never under 40, which is two or three sentences).
 */
const SHARE_OF_WORDS = 0.2;
const FLOOR_WORDS = 40;

/** The default budget for a text of `said` words (word-count.ts's wordsSaid, in its language). */
export function defaultSummaryWords(said: number, cap: number): number {
  return Math.min(cap, Math.max(FLOOR_WORDS, Math.ceil(said * SHARE_OF_WORDS)));
}
