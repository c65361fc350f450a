import type { Language } from '../text/language/language';
import { summaryWordsOf } from './procedure-words/registry';

/**
 * Sentences that carry no content however central their words look: greetings, thanks,
 * technical checks, back-channel, in the words of each language (procedure-words/). Matched on
 * the lower-cased sentence.
 */
export function isFiller(sentence: string, lang: Language): boolean {
  const s = sentence.toLowerCase().trim();
  return summaryWordsOf(lang).fillerPatterns.some((re) => re.test(s));
}
