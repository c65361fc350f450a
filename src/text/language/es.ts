import { foldAccents } from './fold';
import { SPANISH_ROLES } from './es-roles';
import type { LanguageEntry } from './language';
import { SPANISH_MEETING } from './es-meeting';
import { SPANISH_ABBREVIATIONS, SPANISH_FILLERS, SPANISH_OPENERS, SPANISH_TOPIC_WORDS } from './es-words';
import { STEMMERS } from './stemmers';
import { isoStopWordsExcept } from './stop-words';
import { SPANISH_BREAKS } from './es-breaks';

/** Spanish. */
export const SPANISH: LanguageEntry = {
  tag: 'es',
  name: 'Spanish',
  direction: 'ltr',
  spaced: true,
  fold: foldAccents,
  stem: STEMMERS.es,
  stopWords: isoStopWordsExcept('es', SPANISH_TOPIC_WORDS),
  fillers: SPANISH_FILLERS,
  minWordLength: 2,
  sentences: { abbreviations: SPANISH_ABBREVIATIONS, openers: SPANISH_OPENERS },
  breaks: SPANISH_BREAKS,
  meeting: SPANISH_MEETING,
  lexicon: null,
  properForms: [],
  speakerRoles: SPANISH_ROLES,
};
