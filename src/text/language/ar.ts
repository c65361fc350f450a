import { foldArabic } from './fold';
import { ARABIC_ROLES } from './ar-roles';
import type { LanguageEntry } from './language';
import { ARABIC_MEETING } from './ar-meeting';
import { ARABIC_ABBREVIATIONS, ARABIC_FILLERS, ARABIC_TOPIC_WORDS } from './ar-words';
import { STEMMERS } from './stemmers';
import { isoStopWordsExcept } from './stop-words';
import { ARABIC_BREAKS } from './ar-breaks';

/** Arabic. */
export const ARABIC: LanguageEntry = {
  tag: 'ar',
  name: 'Arabic',
  direction: 'rtl',
  spaced: true,
  fold: foldArabic,
  stem: STEMMERS.ar,
  stopWords: isoStopWordsExcept('ar', ARABIC_TOPIC_WORDS),
  fillers: ARABIC_FILLERS,
  minWordLength: 2,
  sentences: { abbreviations: ARABIC_ABBREVIATIONS, openers: new Set() },
  breaks: ARABIC_BREAKS,
  meeting: ARABIC_MEETING,
  lexicon: null,
  properForms: [],
  speakerRoles: ARABIC_ROLES,
};
