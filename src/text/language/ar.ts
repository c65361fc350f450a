import { foldArabic } from './fold';
import type { LanguageEntry } from './language';
import { NO_MEETING_WORDS } from './no-meeting-words';
import { STEMMERS } from './stemmers';
import { isoStopWords } from './stop-words';

/** Arabic. */
export const ARABIC: LanguageEntry = {
  tag: 'ar',
  name: 'Arabic',
  direction: 'rtl',
  spaced: true,
  fold: foldArabic,
  stem: STEMMERS.ar,
  stopWords: isoStopWords('ar'),
  fillers: [],
  minWordLength: 2,
  elision: false,
  sentences: { abbreviations: new Map(), openers: new Set() },
  meeting: NO_MEETING_WORDS,
  lexicon: null,
  properForms: [],
};
