/**
 * Times of a timed transcript's paragraphs. An export gives only when each paragraph starts, to
 * the second: a paragraph lasts until the next one starts. Paragraphs stamped with the same
 * second, and those whose time could not be used, share the time up to the next later start in
 * proportion to their words, so the times stay in the order the words were said.
 */

/**
 * Time of one word at a plain speaking rate (ms), for the last paragraph, which nothing ends:
 * 150 words a minute is the usual pace of conversation and of presentations, so the estimate
 * neither cuts the last words short nor runs far past them.
 */
export const PLAIN_SPEAKING_MS_PER_WORD = 400;

/** The shortest time given to the last paragraph (ms), so that a one-word answer is still seen. */
const LAST_PARAGRAPH_MIN_MS = 1000;

export interface ParagraphTime {
  /** its start (ms from the recording's 00:00:00), or null when it had no usable time */
  startMs: number | null;
  words: number;
}

/** [startMs, endMs) of every paragraph, in order, non-decreasing. */
export function paragraphSpans(paragraphs: ParagraphTime[]): Array<{ startMs: number; endMs: number }> {
  const spans: Array<{ startMs: number; endMs: number }> = [];
  let i = 0;
  while (i < paragraphs.length) {
    // A run: a paragraph with a start, then those stamped alike or with no usable time. Only the
    // first paragraph can open a run without a time (later ones join the run before them).
    const runStart = paragraphs[i]!.startMs ?? 0;
    let j = i + 1;
    while (j < paragraphs.length && (paragraphs[j]!.startMs === null || paragraphs[j]!.startMs! <= runStart)) j++;
    const run = paragraphs.slice(i, j);
    const words = run.reduce((n, p) => n + p.words, 0);
    const runEnd = j < paragraphs.length ? paragraphs[j]!.startMs! : runStart + Math.max(LAST_PARAGRAPH_MIN_MS, words * PLAIN_SPEAKING_MS_PER_WORD);
    // With no words in the run at all, each paragraph gets an equal part.
    const fraction = (k: number, wordsBefore: number): number => (words > 0 ? wordsBefore / words : k / run.length);
    let before = 0;
    run.forEach((p, k) => {
      const startMs = runStart + Math.round((runEnd - runStart) * fraction(k, before));
      before += p.words;
      spans.push({ startMs, endMs: runStart + Math.round((runEnd - runStart) * fraction(k + 1, before)) });
    });
    i = j;
  }
  return spans;
}
