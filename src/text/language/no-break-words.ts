import type { BreakWords } from './language';

/** A language whose break words are not known (or, like Chinese and Japanese, not written as separate words): lines and sentences are cut by punctuation, pauses and balance alone. */
export const NO_BREAK_WORDS: BreakWords = { phraseOpeners: new Set(), binders: new Set(), noEnd: new Set(), sentenceOpeners: new Set() };
