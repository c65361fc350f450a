import type { Language } from '../../text/language/language';
import { contentTerms } from '../../text/terms';
import { ENGLISH_SUMMARY_WORDS } from './en';
import type { SummaryWords } from './types';

/** The summariser's words per language, by primary subtag. A language without them still summarises, on its stop words alone. */
const BY_TAG: Readonly<Record<string, SummaryWords>> = {
  en: ENGLISH_SUMMARY_WORDS,
};

/** A language's summary words with their lists made sets, and the generic words as the stems keyphrases are keyed by. */
export interface SummaryVocabulary extends SummaryWords {
  procedureSet: ReadonlySet<string>;
  titleSet: ReadonlySet<string>;
  honorificSet: ReadonlySet<string>;
  /** stems of the generic words ("minutes" -> "minut"; stop words such as "many" are never in a phrase) */
  genericStems: ReadonlySet<string>;
  notInPhrasesSet: ReadonlySet<string>;
  elisionSet: ReadonlySet<string>;
}

function none(lang: Language): SummaryWords {
  return { procedure: [], titles: [], honorifics: [], titlePairs: [], procedurePatterns: [], fillerPatterns: [], generic: '', notInPhrases: [], minKeyLength: lang.minWordLength + 1 };
}

const ready = new Map<string, SummaryVocabulary>();

export function summaryWordsOf(lang: Language): SummaryVocabulary {
  let v = ready.get(lang.tag);
  if (v === undefined) {
    const words = BY_TAG[lang.tag] ?? none(lang);
    v = {
      ...words,
      procedureSet: new Set(words.procedure),
      titleSet: new Set(words.titles),
      honorificSet: new Set(words.honorifics),
      genericStems: new Set(contentTerms(words.generic, lang)),
      notInPhrasesSet: new Set(words.notInPhrases),
      elisionSet: new Set(words.elisions ?? []),
    };
    ready.set(lang.tag, v);
  }
  return v;
}
