import { foldAccents } from './fold';
import type { LanguageEntry } from './language';
import { NO_MEETING_WORDS } from './no-meeting-words';
import { STEMMERS } from './stemmers';
import { isoStopWords } from './stop-words';

/** Spanish. */
export const SPANISH: LanguageEntry = {
  tag: 'es',
  name: 'Spanish',
  direction: 'ltr',
  spaced: true,
  fold: foldAccents,
  stem: STEMMERS.es,
  stopWords: isoStopWords('es'),
  fillers: [],
  minWordLength: 2,
  elision: false,
  sentences: { abbreviations: new Map(), openers: new Set() },
  meeting: NO_MEETING_WORDS,
  lexicon: null,
  properForms: [],
};
