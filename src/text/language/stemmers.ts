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

export const STEMMERS = {
  en: (w: string) => PorterStemmer.stem(w),
  fr: (w: string) => PorterStemmerFr.stem(w),
  es: (w: string) => PorterStemmerEs.stem(w),
  ru: (w: string) => PorterStemmerRu.stem(w),
  de: (w: string) => PorterStemmerDe.stem(w),
  it: (w: string) => PorterStemmerIt.stem(w),
  pt: (w: string) => PorterStemmerPt.stem(w),
  nl: (w: string) => PorterStemmerNl.stem(w),
  ar: (w: string) => arabic.stem(w),
  ko: koreanStem,
  none: (w: string) => w,
} as const satisfies Record<string, (w: string) => string>;
