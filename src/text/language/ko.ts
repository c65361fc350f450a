import { foldWidth } from './fold';
import { KOREAN_ROLES } from './ko-roles';
import type { LanguageEntry } from './language';
import { KOREAN_MEETING } from './ko-meeting';
import { KOREAN_FILLERS, KOREAN_TOPIC_WORDS } from './ko-words';
import { STEMMERS } from './stemmers';
import { isoStopWordsExcept } from './stop-words';
import { KOREAN_BREAKS } from './ko-breaks';

/** Korean. */
export const KOREAN: LanguageEntry = {
  tag: 'ko',
  name: 'Korean',
  direction: 'ltr',
  spaced: true,
  fold: foldWidth,
  stem: STEMMERS.ko,
  stopWords: isoStopWordsExcept('ko', KOREAN_TOPIC_WORDS),
  fillers: KOREAN_FILLERS,
  minWordLength: 1,
  sentences: { abbreviations: new Map(), openers: new Set() },
  breaks: KOREAN_BREAKS,
  meeting: KOREAN_MEETING,
  lexicon: null,
  properForms: [],
  speakerRoles: KOREAN_ROLES,
};
