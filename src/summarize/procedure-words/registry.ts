import type { Language } from '../../text/language/language';
import { contentTerms } from '../../text/terms';
import { ENGLISH_SUMMARY_WORDS } from './en';
import { FRENCH_SUMMARY_WORDS } from './fr';
import { SPANISH_SUMMARY_WORDS } from './es';
import { GERMAN_SUMMARY_WORDS } from './de';
import { ITALIAN_SUMMARY_WORDS } from './it';
import { PORTUGUESE_SUMMARY_WORDS } from './pt';
import { DUTCH_SUMMARY_WORDS } from './nl';
import { RUSSIAN_SUMMARY_WORDS } from './ru';
import { ARABIC_SUMMARY_WORDS } from './ar';
import { CHINESE_SUMMARY_WORDS } from './zh';
import { JAPANESE_SUMMARY_WORDS } from './ja';
import { KOREAN_SUMMARY_WORDS } from './ko';
import type { SummaryWords } from './types';

/** The summariser's words per language, by primary subtag. A language without them still summarises, on its stop words alone. */
const BY_TAG: Readonly<Record<string, SummaryWords>> = {
  en: ENGLISH_SUMMARY_WORDS,
  fr: FRENCH_SUMMARY_WORDS,
  es: SPANISH_SUMMARY_WORDS,
  de: GERMAN_SUMMARY_WORDS,
  it: ITALIAN_SUMMARY_WORDS,
  pt: PORTUGUESE_SUMMARY_WORDS,
  nl: DUTCH_SUMMARY_WORDS,
  ru: RUSSIAN_SUMMARY_WORDS,
  ar: ARABIC_SUMMARY_WORDS,
  zh: CHINESE_SUMMARY_WORDS,
  ja: JAPANESE_SUMMARY_WORDS,
  ko: KOREAN_SUMMARY_WORDS,
};

/**
 * A language's summary words with their lists made sets of folded words (a list written with
 * accents or vowel marks matches captions written without), and the generic words as the stems
 * keyphrases are keyed by.
 */
export interface SummaryVocabulary extends SummaryWords {
  procedureSet: ReadonlySet<string>;
  titleSet: ReadonlySet<string>;
  honorificSet: ReadonlySet<string>;
  /** stems of the generic words ("minutes" -> "minut"; stop words such as "many" are never in a phrase) */
  genericStems: ReadonlySet<string>;
  notInPhrasesSet: ReadonlySet<string>;
}

function none(lang: Language): SummaryWords {
  return { procedure: [], titles: [], honorifics: [], titlePairs: [], procedurePatterns: [], fillerPatterns: [], generic: '', notInPhrases: [], minKeyLength: lang.minWordLength + 1 };
}

const ready = new Map<string, SummaryVocabulary>();

export function summaryWordsOf(lang: Language): SummaryVocabulary {
  let v = ready.get(lang.tag);
  if (v === undefined) {
    const words = BY_TAG[lang.tag] ?? none(lang);
    // where words carry clitics, a list holds the stems of its words too
    const folded = (list: readonly string[]) => new Set(list.flatMap((w) => (words.clitics ? [lang.fold(w), lang.stem(lang.fold(w))] : [lang.fold(w)])));
    v = {
      ...words,
      procedureSet: folded(words.procedure),
      titleSet: folded(words.titles),
      honorificSet: folded(words.honorifics),
      genericStems: new Set(contentTerms(words.generic, lang)),
      notInPhrasesSet: folded(words.notInPhrases),
    };
    ready.set(lang.tag, v);
  }
  return v;
}

/**
 * Whether a lower-case word is in one of a language's lists: folded, and where clitics are
 * written onto words (Korean "표결을", Arabic "للتصويت"), also by its stem.
 */
export function isListed(list: ReadonlySet<string>, word: string, lang: Language): boolean {
  const folded = lang.fold(word);
  return list.has(folded) || (summaryWordsOf(lang).clitics === true && list.has(lang.stem(folded)));
}
