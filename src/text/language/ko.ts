import { foldWidth } from './fold';
import type { LanguageEntry } from './language';
import { NO_MEETING_WORDS } from './no-meeting-words';
import { STEMMERS } from './stemmers';
import { isoStopWords } from './stop-words';

/** Korean. */
export const KOREAN: LanguageEntry = {
  tag: 'ko',
  name: 'Korean',
  direction: 'ltr',
  spaced: true,
  fold: foldWidth,
  stem: STEMMERS.ko,
  stopWords: isoStopWords('ko'),
  fillers: [],
  minWordLength: 1,
  elision: false,
  sentences: { abbreviations: new Map(), openers: new Set() },
  meeting: NO_MEETING_WORDS,
  lexicon: null,
  properForms: [],
};
