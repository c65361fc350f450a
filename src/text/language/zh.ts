import { foldWidth } from './fold';
import type { LanguageEntry } from './language';
import { NO_MEETING_WORDS } from './no-meeting-words';
import { STEMMERS } from './stemmers';
import { isoStopWords } from './stop-words';

/** Chinese. */
export const CHINESE: LanguageEntry = {
  tag: 'zh',
  name: 'Chinese',
  direction: 'ltr',
  spaced: false,
  fold: foldWidth,
  stem: STEMMERS.none,
  stopWords: isoStopWords('zh'),
  fillers: [],
  minWordLength: 1,
  elision: false,
  sentences: { abbreviations: new Map(), openers: new Set() },
  meeting: NO_MEETING_WORDS,
  lexicon: null,
  properForms: [],
};
