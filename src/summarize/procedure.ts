import { contentTerms } from '../text/terms';
import { withoutSounds } from '../text/sounds';
import type { Language } from '../text/language/language';
import { isListed, summaryWordsOf } from './procedure-words/registry';

/**
 * The language of running a meeting, as opposed to what the meeting is about (motions, votes, the
 * roll, greeting the room, handing the floor on), in the words of each language
 * (procedure-words/). Such words make no keyphrase and such sentences no summary.
 *
 * Titles and offices said before a person's name ("Mr. Little", "Council Member Meredith",
 * "Mayor Battle") break a keyphrase, and the one word after a title is a surname: alone it is no
 * topic and may read as a common word ("little", "battle").
 */

/** Whether a lower-case word belongs to running the meeting (by form: "indicate" is procedure, "indicators" is not). */
export function isProcedureWord(word: string, lang: Language): boolean {
  return isListed(summaryWordsOf(lang).procedureSet, word, lang);
}

/**
 * Whether a lower-case word is a title said before a name: an honorific always, an office
 * ("chair", "president") only before a capitalised word, so "the chair" and "the president of
 * the board" stay words.
 */
export function isTitleWord(word: string, nextCapitalised: boolean, lang: Language): boolean {
  const v = summaryWordsOf(lang);
  return isListed(v.honorificSet, word, lang) || (nextCapitalised && isListed(v.titleSet, word, lang));
}

/** Whether the lower-case words `first second` make a two-word title. */
export function isTitlePair(first: string, second: string, lang: Language): boolean {
  return summaryWordsOf(lang).titlePairs.some(([a, b]) => a === first && b === second);
}

/**
 * Sentences that only run the meeting. A pattern of procedure is not enough: "10A is a resolution
 * to set a public hearing on the zoning of 2.41 acres ..., is there a motion" says what is voted
 * on. So a sentence is procedure when it has a pattern and few content words besides those of
 * procedure and titles (fewer than a summary sentence needs).
 */
const MAX_OTHER_TERMS = 8;

export function isProcedure(sentence: string, lang: Language): boolean {
  const v = summaryWordsOf(lang);
  const plain = withoutSounds(sentence);
  const text = plain.toLowerCase();
  if (!v.procedurePatterns.some((re) => re.test(text))) return false;
  // names and their offices ("Javier García Díaz, Director General of UNE") say who, not what
  const named = capitalisedNames(lang) ? plain.replace(/(?<=\S\s+)\p{Lu}[\p{L}'’-]*/gu, ' ') : plain;
  const other = lang
    .words(named)
    .filter((w) => !isListed(v.procedureSet, w, lang) && !isListed(v.titleSet, w, lang))
    .flatMap((w) => contentTerms(w, lang));
  return other.length < MAX_OTHER_TERMS;
}

/** Whether a capital inside a sentence marks a name: not where every noun has one (German). */
export function capitalisedNames(lang: Language): boolean {
  return summaryWordsOf(lang).capitalisedNouns !== true;
}
