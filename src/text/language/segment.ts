import type { WordSpan } from './language';

/**
 * Words of a text. Where words are separated by spaces a word is a run of letters, combining marks
 * (Arabic vowel marks, decomposed accents) and digits, inner apostrophes kept ("don't",
 * "aujourd'hui"); where they are not (Chinese, Japanese), ICU's dictionary segmentation
 * (Intl.Segmenter) finds them, and spaced words inside such text (an English name) come out whole.
 */

const SPACED_WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

/** The lower-case words of a spaced text (spacedWordSpans without offsets, made faster). */
export function spacedWords(text: string): string[] {
  return text.toLowerCase().match(SPACED_WORD) ?? [];
}

export function spacedWordSpans(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  for (const m of text.matchAll(SPACED_WORD)) out.push({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

/** A word segmenter per locale, made once: making one costs far more than using it. */
const segmenters = new Map<string, Intl.Segmenter>();

export function segmentedWordSpans(text: string, tag: string): WordSpan[] {
  let segmenter = segmenters.get(tag);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(tag, { granularity: 'word' });
    segmenters.set(tag, segmenter);
  }
  const out: WordSpan[] = [];
  for (const s of segmenter.segment(text)) {
    if (s.isWordLike === true) out.push({ word: s.segment.toLowerCase(), start: s.index, end: s.index + s.segment.length });
  }
  return out;
}
