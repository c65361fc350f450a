import { foldCyrillic } from './fold';
import type { LanguageEntry } from './language';
import { NO_MEETING_WORDS } from './no-meeting-words';
import { STEMMERS } from './stemmers';
import { isoStopWords } from './stop-words';

/** Russian. */
export const RUSSIAN: LanguageEntry = {
  tag: 'ru',
  name: 'Russian',
  direction: 'ltr',
  spaced: true,
  fold: foldCyrillic,
  stem: STEMMERS.ru,
  stopWords: isoStopWords('ru'),
  fillers: [],
  minWordLength: 2,
  elision: false,
  sentences: { abbreviations: new Map(), openers: new Set() },
  meeting: NO_MEETING_WORDS,
  lexicon: null,
  properForms: [],
};
