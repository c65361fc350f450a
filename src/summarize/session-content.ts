import { contentTerms } from '../text/terms';
import { withoutSounds } from '../text/sounds';
import type { Language } from '../text/language/language';
import { isFiller } from './fillers';
import { isProcedure } from './procedure';
import { wordsSaid } from '../text/words';

/**
 * What a summary may say, and so which sessions have anything to say. A sentence may stand in a
 * summary when it is no filler (greetings, thanks, sound checks), no bare meeting procedure
 * (motions, votes, roll call) and carries at least MIN_CONTENT_TERMS content words: below that
 * ("We will now hear item four.") it names a topic without saying anything about it.
 *
 * A session has content when its transcript holds at least one such sentence and MIN_SESSION_WORDS
 * words in all (wordsSaid: the segmenter's words where words are not spaced): about 40 s of
 * speech, several sentences, so that one of them can stand for it. Shorter ones are a passing
 * moment of the agenda (an item read and voted on, a pledge, a roll call, a one-line
 * adjournment). Sessions without content are left out of the event summary, and the summary says
 * which and why.
 */
export const MIN_CONTENT_TERMS = 8;
export const MIN_SESSION_WORDS = 100;

export function contentTermsOf(text: string, lang: Language): string[] {
  return contentTerms(withoutSounds(text), lang);
}

export function maySummarize(text: string, lang: Language, terms = contentTermsOf(text, lang)): boolean {
  return terms.length >= MIN_CONTENT_TERMS && !isFiller(text, lang) && !isProcedure(text, lang);
}

export function hasContent(texts: readonly string[], lang: Language): boolean {
  return texts.reduce((n, t) => n + wordsSaid(t, lang), 0) >= MIN_SESSION_WORDS && texts.some((t) => maySummarize(t, lang));
}
