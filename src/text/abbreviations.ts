import type { SentenceWords, StopRule } from './language/language';

/**
 * Words whose final full stop may not end a sentence, and how to tell: the language's table
 * (SentenceWords.abbreviations, StopRule says how each is read), then what any Latin-script
 * initial or initialism says. The sentence splitter looks words up here and nowhere else.
 */

/** Whether the table lists `word` (without its final stop: "a.m", "e.g"), whose case is its own, not an initialism's. */
export const isListedAbbreviation = (word: string, words: SentenceWords): boolean => words.abbreviations.has(word.toLowerCase());

/** Whether `word` (without its final stop) is a title written before a name ("Dr", "Prof", "St"). */
export const isNameTitle = (word: string, words: SentenceWords): boolean => words.abbreviations.get(word.toLowerCase()) === 'title';

/**
 * How the final stop of `word` (as written, final stop and leading quotes removed) is read;
 * undefined when it is an ordinary word, whose stop ends the sentence. A capital letter alone is
 * an initial (a lower-case one, "a." or "i." in disfluent speech, is an ordinary word); dotted
 * initialisms ("U.S.", "u.k.") are read by what follows.
 */
export function stopRule(word: string, words: SentenceWords): StopRule | undefined {
  const listed = words.abbreviations.get(word.toLowerCase());
  if (listed) return listed;
  if (/^\p{Lu}$/u.test(word)) return 'initial';
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return 'next';
  return undefined;
}

/**
 * Whether `next` (a word as written) keeps an initial inside its sentence: a capitalised
 * non-opener. Words that open sentences are read where a capital letter says nothing: "AT 3 P.M.
 * THE VOTE" ends after "P.M.", "AT 3 P.M. ON FRIDAY" does not.
 */
export function followsInitial(next: string, words: SentenceWords): boolean {
  const bare = next.replace(/^["'“‘([«„]+/u, '');
  return /^\p{Lu}/u.test(bare) && !words.openers.has(bare.replace(/[^\p{L}]+/gu, '').toLowerCase());
}

/** Whether `next` (a word as written, punctuation attached) opens a sentence. */
export function opensSentence(next: string, words: SentenceWords): boolean {
  const bare = next.replace(/^["'“‘([«„¿¡]+/u, '');
  // a script without case (Arabic, Chinese) cannot show it: the stop is taken as the end it looks like
  if (/^\p{Lo}/u.test(bare)) return true;
  if (!/^\p{Lu}/u.test(bare)) return false;
  const letters = bare.replace(/[^\p{L}]+/gu, '');
  // In capitals (and for "I", which is always one) the case proves nothing: the word must be one that opens sentences.
  const caps = letters.length > 1 && !/\p{Ll}/u.test(letters);
  return caps || letters.length === 1 ? words.openers.has(letters.toLowerCase()) : true;
}
