import { foldWidth } from './fold';
import { CHINESE_ROLES } from './zh-roles';
import type { LanguageEntry } from './language';
import { CHINESE_MEETING } from './zh-meeting';
import { CHINESE_FILLERS, CHINESE_TOPIC_WORDS } from './zh-words';
import { STEMMERS } from './stemmers';
import { isoStopWordsExcept } from './stop-words';
import { NO_BREAK_WORDS } from './no-break-words';

/** Chinese. */
export const CHINESE: LanguageEntry = {
  tag: 'zh',
  name: 'Chinese',
  direction: 'ltr',
  spaced: false,
  fold: foldWidth,
  stem: STEMMERS.none,
  stopWords: isoStopWordsExcept('zh', CHINESE_TOPIC_WORDS),
  fillers: CHINESE_FILLERS,
  minWordLength: 1,
  sentences: { abbreviations: new Map(), openers: new Set() },
  breaks: NO_BREAK_WORDS,
  meeting: CHINESE_MEETING,
  lexicon: null,
  properForms: [],
  speakerRoles: CHINESE_ROLES,
};
