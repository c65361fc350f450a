import { foldAccents } from './fold';
import { FRENCH_MEETING } from './fr-meeting';
import { FRENCH_ABBREVIATIONS, FRENCH_FILLERS, FRENCH_OPENERS, FRENCH_TOPIC_WORDS } from './fr-words';
import { FRENCH_ROLES } from './fr-roles';
import type { LanguageEntry } from './language';
import { STEMMERS } from './stemmers';
import { isoStopWordsExcept } from './stop-words';
import { FRENCH_BREAKS } from './fr-breaks';

/** French. */
export const FRENCH: LanguageEntry = {
  tag: 'fr',
  name: 'French',
  direction: 'ltr',
  spaced: true,
  fold: foldAccents,
  stem: STEMMERS.fr,
  stopWords: isoStopWordsExcept('fr', FRENCH_TOPIC_WORDS),
  fillers: FRENCH_FILLERS,
  minWordLength: 2,
  elisions: new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu']),
  sentences: { abbreviations: FRENCH_ABBREVIATIONS, openers: FRENCH_OPENERS },
  breaks: FRENCH_BREAKS,
  meeting: FRENCH_MEETING,
  lexicon: null,
  properForms: [],
  speakerRoles: FRENCH_ROLES,
};
