import { foldWidth } from './fold';
import { JAPANESE_ROLES } from './ja-roles';
import type { LanguageEntry } from './language';
import { JAPANESE_MEETING } from './ja-meeting';
import { JAPANESE_FILLERS } from './ja-words';
import { STEMMERS } from './stemmers';
import { isoStopWords } from './stop-words';
import { NO_BREAK_WORDS } from './no-break-words';

/** Japanese. */
export const JAPANESE: LanguageEntry = {
  tag: 'ja',
  name: 'Japanese',
  direction: 'ltr',
  spaced: false,
  fold: foldWidth,
  stem: STEMMERS.none,
  stopWords: isoStopWords('ja'),
  fillers: JAPANESE_FILLERS,
  minWordLength: 1,
  stopShape: /^[\p{Script=Hiragana}ー]{1,2}$/u,
  sentences: { abbreviations: new Map(), openers: new Set() },
  breaks: NO_BREAK_WORDS,
  meeting: JAPANESE_MEETING,
  lexicon: null,
  properForms: [],
  speakerRoles: JAPANESE_ROLES,
};
