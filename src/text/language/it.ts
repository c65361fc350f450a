import { foldAccents } from './fold';
import type { LanguageEntry } from './language';
import { NO_MEETING_WORDS } from './no-meeting-words';
import { STEMMERS } from './stemmers';
import { isoStopWords } from './stop-words';

/** Italian. */
export const ITALIAN: LanguageEntry = {
  tag: 'it',
  name: 'Italian',
  direction: 'ltr',
  spaced: true,
  fold: foldAccents,
  stem: STEMMERS.it,
  stopWords: isoStopWords('it'),
  fillers: [],
  minWordLength: 2,
  elision: true,
  sentences: { abbreviations: new Map(), openers: new Set() },
  meeting: NO_MEETING_WORDS,
  lexicon: null,
  properForms: [],
};
