import {
  PorterStemmer,
  PorterStemmerDe,
  PorterStemmerEs,
  PorterStemmerFr,
  PorterStemmerIt,
  PorterStemmerNl,
  PorterStemmerPt,
  PorterStemmerRu,
} from 'natural/lib/natural/stemmers';
import { newStemmer } from 'snowball-stemmers';
import { koreanStem } from './korean-endings';

/**
 * Stemmers: natural's (the Snowball algorithms, and Porter's for English) for the languages it
 * covers; the snowball-stemmers package for Arabic, which natural lacks. Chinese and Japanese
 * words do not inflect in writing (Japanese inflections are segmented off as words of their own),
 * so their stem is the word.
 */
const arabic = newStemmer('arabic');

/**
 * Arabic writes the article and the conjunctions and prepositions before it as one word with the
 * noun ("والمدن" and the cities, "بالمعايير" by the standards); the Snowball stemmer leaves some of
 * those combinations. They are removed first, only where the article is among them: a word that
 * merely starts with و or ب ("وزير" minister) keeps its letters.
 */
const ARABIC_PROCLITICS = ['وبال', 'وكال', 'فبال', 'ولل', 'فلل', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال'];

function arabicStem(word: string): string {
  const proclitic = ARABIC_PROCLITICS.find((p) => word.startsWith(p) && word.length - p.length >= 2);
  return arabic.stem(proclitic === undefined ? word : word.slice(proclitic.length));
}

export const STEMMERS = {
  en: (w: string) => PorterStemmer.stem(w),
  fr: (w: string) => PorterStemmerFr.stem(w),
  es: (w: string) => PorterStemmerEs.stem(w),
  ru: (w: string) => PorterStemmerRu.stem(w),
  de: (w: string) => PorterStemmerDe.stem(w),
  it: (w: string) => PorterStemmerIt.stem(w),
  pt: (w: string) => PorterStemmerPt.stem(w),
  nl: (w: string) => PorterStemmerNl.stem(w),
  ar: arabicStem,
  ko: koreanStem,
  none: (w: string) => w,
} as const satisfies Record<string, (w: string) => string>;
