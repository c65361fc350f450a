/**
 * Times of a timed transcript's paragraphs. An export gives only when each paragraph starts, to
 * the second: a paragraph lasts until the next one starts, unless the next starts much later than
 * its words take to say (a break, a pause in the meeting), when it ends after its words and the
 * rest is silence. Paragraphs stamped with the same second, and those whose time could not be
 * used, follow the one before and share its time in proportion to their words, so the times stay
 * in the order the words were said.
 */

/**
 * Time of one word at a plain speaking rate (ms), for the last paragraph, which nothing ends:
 * 150 words a minute is the usual pace of conversation and of presentations, so the estimate
 * neither cuts the last words short nor runs far past them.
 */
export const PLAIN_SPEAKING_MS_PER_WORD = 400;

/**
 * Time of one word at a slow speaking rate (ms), the longest a paragraph is given when the next
 * starts later: 75 words a minute, half the plain rate, leaves room for a slow speaker's pauses
 * inside the paragraph, while a longer wait before the next paragraph is a pause between them
 * (spreading a paragraph over a 20-minute break would put its words, sentences and search times
 * in the silence, and make a cue no recording has).
 */
export const SLOW_SPEAKING_MS_PER_WORD = 2 * PLAIN_SPEAKING_MS_PER_WORD;

/** The shortest time given to a paragraph whose end is estimated (ms), so that a one-word answer is still seen. */
export const PARAGRAPH_MIN_MS = 1000;

export interface ParagraphTime {
  /** its start (ms from the recording's 00:00:00), or null when it had no usable time */
  startMs: number | null;
  words: number;
}

function timeToSay(words: number, msPerWord: number): number {
  return Math.max(PARAGRAPH_MIN_MS, words * msPerWord);
}

/** A paragraph's time: ms from the recording's 00:00:00, half-open [startMs, endMs). */
export interface Span {
  startMs: number;
  endMs: number;
}

/** The span of every paragraph, in order, non-decreasing. */
export function paragraphSpans(paragraphs: ParagraphTime[]): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < paragraphs.length) {
    // A run: a paragraph with a start, then those stamped alike or with no usable time. Only the
    // first paragraph can open a run without a time (later ones join the run before them).
    const runStart = paragraphs[i]!.startMs ?? 0;
    let j = i + 1;
    while (j < paragraphs.length && (paragraphs[j]!.startMs === null || paragraphs[j]!.startMs! <= runStart)) j++;
    const run = paragraphs.slice(i, j);
    const words = run.reduce((n, p) => n + p.words, 0);
    // The last run, which nothing ends, lasts its words at a plain rate; any other ends where the
    // next starts, or sooner, once its words are said at a slow rate.
    const next = paragraphs[j];
    const runEnd = next ? Math.min(next.startMs!, runStart + timeToSay(words, SLOW_SPEAKING_MS_PER_WORD)) : runStart + timeToSay(words, PLAIN_SPEAKING_MS_PER_WORD);
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
