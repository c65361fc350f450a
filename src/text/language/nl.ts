import { foldAccents } from './fold';
import type { LanguageEntry } from './language';
import { NO_MEETING_WORDS } from './no-meeting-words';
import { STEMMERS } from './stemmers';
import { isoStopWords } from './stop-words';

/** Dutch. */
export const DUTCH: LanguageEntry = {
  tag: 'nl',
  name: 'Dutch',
  direction: 'ltr',
  spaced: true,
  fold: foldAccents,
  stem: STEMMERS.nl,
  stopWords: isoStopWords('nl'),
  fillers: [],
  minWordLength: 2,
  elision: false,
  sentences: { abbreviations: new Map(), openers: new Set() },
  meeting: NO_MEETING_WORDS,
  lexicon: null,
  properForms: [],
};
