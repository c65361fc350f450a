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

/**
 * Plurals the Snowball algorithms leave apart from their singulars, brought to the singular first
 * (words arrive folded, without accents). Spanish nouns in -d ("ciudad", "sociedad", "pared", "virtud"; not -ides: "pirámides" is "pirámide"'s)
 * lose "ad"/"ed" as if it were a verb ending, while their plurals in -des lose only "es":
 * "ciudades" -> "ciudad" meets "ciudad" -> "ciud" only once the plural is read as "ciudad".
 * Portuguese nouns in -ão take -ões in the plural ("reunião", "reuniões"; "votação", "votações"),
 * which the stemmer reads as different endings.
 */
const spanishSingular = (w: string): string => w.replace(/(?<=[aeu])des$/, 'd');
const portugueseSingular = (w: string): string => w.replace(/oes$/, 'ao');

export const STEMMERS = {
  en: (w: string) => PorterStemmer.stem(w),
  fr: (w: string) => PorterStemmerFr.stem(w),
  es: (w: string) => PorterStemmerEs.stem(spanishSingular(w)),
  ru: (w: string) => PorterStemmerRu.stem(w),
  de: (w: string) => PorterStemmerDe.stem(w),
  it: (w: string) => PorterStemmerIt.stem(w),
  pt: (w: string) => PorterStemmerPt.stem(portugueseSingular(w)),
  nl: (w: string) => PorterStemmerNl.stem(w),
  ar: arabicStem,
  ko: koreanStem,
  none: (w: string) => w,
} as const satisfies Record<string, (w: string) => string>;
