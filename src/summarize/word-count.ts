import type { Language } from '../text/language/language';
import { countWords } from '../text/words';

/**
 * Words said, as summary budgets and session lengths count them: runs between white space where
 * the language spaces its words, the segmenter's words where it does not (Chinese, Japanese), so
 * that a sentence of Chinese is not one word and a session of it not judged empty.
 */
export function wordsSaid(text: string, lang: Language): number {
  return lang.spaced ? countWords(text) : lang.words(text).length;
}
