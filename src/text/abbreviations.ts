/**
 * Words whose final full stop may not end a sentence, and how to tell. One table per language
 * (only English so far); the sentence splitter looks words up here and nowhere else.
 */

/**
 * - `title`: comes before a name ("Dr. Smith"): never a sentence end.
 * - `inside`: always followed by more of the sentence ("e.g.", "vs."): never an end.
 * - `number`: comes before a number ("No. 5"): an end unless a digit follows ("No. We did not").
 * - `next`: may close a sentence ("at 3 p.m.", "the U.S."): an end only when the next word opens one.
 * - `initial`: a capital letter alone ("J. Smith", but also "plan A. The"): not an end before a
 *   capitalised word that does not usually open sentences (a name), an end otherwise.
 */
export type StopRule = 'title' | 'inside' | 'number' | 'next' | 'initial';

/** English, keyed by the lower-cased word without its final stop ("p.m." -> "p.m"). */
const ENGLISH: ReadonlyMap<string, StopRule> = new Map<string, StopRule>([
  ['mr', 'title'], ['mrs', 'title'], ['ms', 'title'], ['mx', 'title'], ['dr', 'title'], ['prof', 'title'], ['st', 'title'], ['mt', 'title'],
  ['e.g', 'inside'], ['i.e', 'inside'], ['vs', 'inside'], ['cf', 'inside'], ['approx', 'inside'], ['dept', 'inside'],
  ['no', 'number'],
  ['a.m', 'next'], ['p.m', 'next'], ['etc', 'next'], ['jr', 'next'], ['sr', 'next'], ['inc', 'next'], ['ltd', 'next'],
]);

/** Whether the table lists `word` (without its final stop: "a.m", "e.g"), whose case is its own, not an initialism's. */
export const isListedAbbreviation = (word: string): boolean => ENGLISH.has(word.toLowerCase());

/** Whether `word` (without its final stop) is a title written before a name ("Dr", "Prof", "St"). */
export const isNameTitle = (word: string): boolean => ENGLISH.get(word.toLowerCase()) === 'title';

/**
 * Words that open sentences, for captions in capitals, where a capital letter says nothing:
 * "AT 3 P.M. THE VOTE" ends after "P.M.", "AT 3 P.M. ON FRIDAY" does not.
 */
const ENGLISH_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'i', 'we', 'you', 'he', 'she', 'it', 'they', 'this', 'that', 'these', 'there', 'our', 'my',
  'so', 'now', 'and', 'but', 'thank', 'thanks', 'let', 'yes', 'well', 'okay', 'please', 'what', 'how', 'why',
]);

/**
 * How the final stop of `word` (as written, final stop and leading quotes removed) is read;
 * undefined when it is an ordinary word, whose stop ends the sentence. A capital letter alone is
 * an initial (a lower-case one, "a." or "i." in disfluent speech, is an ordinary word); dotted
 * initialisms ("U.S.", "u.k.") are read by what follows.
 */
export function stopRule(word: string): StopRule | undefined {
  const listed = ENGLISH.get(word.toLowerCase());
  if (listed) return listed;
  if (/^\p{Lu}$/u.test(word)) return 'initial';
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return 'next';
  return undefined;
}

/** Whether `next` (a word as written) keeps an initial inside its sentence: a capitalised non-opener. */
export function followsInitial(next: string): boolean {
  const bare = next.replace(/^["'“‘([]+/u, '');
  return /^\p{Lu}/u.test(bare) && !ENGLISH_OPENERS.has(bare.replace(/[^\p{L}]+/gu, '').toLowerCase());
}

/** Whether `next` (a word as written, punctuation attached) opens a sentence. */
export function opensSentence(next: string): boolean {
  const bare = next.replace(/^["'“‘([]+/u, '');
  if (!/^\p{Lu}/u.test(bare)) return false;
  const letters = bare.replace(/[^\p{L}]+/gu, '');
  // In capitals (and for "I", which is always one) the case proves nothing: the word must be one that opens sentences.
  const caps = letters.length > 1 && !/\p{Ll}/u.test(letters);
  return caps || letters.length === 1 ? ENGLISH_OPENERS.has(letters.toLowerCase()) : true;
}
