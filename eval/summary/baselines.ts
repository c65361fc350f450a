import { createHash } from 'node:crypto';

/** EVAL.md's summary baselines over the transcript (cue texts joined with spaces), W words. */

const words = (text: string) => text.split(/\s+/).filter((w) => w !== '');

/** lead: the transcript's first W whitespace words. */
export function leadSummary(transcript: string, w: number): string {
  return words(transcript).slice(0, w).join(' ');
}

/**
 * random: sentences split at whitespace after ".", "?" or "!"; visited in ascending order of the
 * hex SHA-256 of "<set id>:<sentence index>"; each kept if it still fits in W words; output in
 * transcript order.
 */
export function randomSummary(setId: string, transcript: string, w: number): string {
  const sentences = transcript.split(/(?<=[.?!])\s+/).filter((s) => s.trim() !== '');
  const order = sentences
    .map((_, i) => ({ i, key: createHash('sha256').update(`${setId}:${i}`).digest('hex') }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  let used = 0;
  const kept = new Set<number>();
  for (const { i } of order) {
    const n = words(sentences[i]!).length;
    if (used + n <= w) {
      kept.add(i);
      used += n;
    }
  }
  return sentences.filter((_, i) => kept.has(i)).join(' ');
}
