import { foldGerman } from './fold';
import { GERMAN_ROLES } from './de-roles';
import type { LanguageEntry } from './language';
import { GERMAN_MEETING } from './de-meeting';
import { GERMAN_ABBREVIATIONS, GERMAN_FILLERS, GERMAN_OPENERS, GERMAN_TOPIC_WORDS } from './de-words';
import { STEMMERS } from './stemmers';
import { isoStopWordsExcept } from './stop-words';
import { GERMAN_BREAKS } from './de-breaks';

/** German. */
export const GERMAN: LanguageEntry = {
  tag: 'de',
  name: 'German',
  direction: 'ltr',
  spaced: true,
  fold: foldGerman,
  stem: STEMMERS.de,
  stopWords: isoStopWordsExcept('de', GERMAN_TOPIC_WORDS),
  fillers: GERMAN_FILLERS,
  minWordLength: 2,
  sentences: { abbreviations: GERMAN_ABBREVIATIONS, openers: GERMAN_OPENERS },
  breaks: GERMAN_BREAKS,
  meeting: GERMAN_MEETING,
  lexicon: null,
  properForms: [],
  speakerRoles: GERMAN_ROLES,
};
