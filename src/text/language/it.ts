import { foldAccents } from './fold';
import { ITALIAN_ROLES } from './it-roles';
import type { LanguageEntry } from './language';
import { ITALIAN_MEETING } from './it-meeting';
import { ITALIAN_ABBREVIATIONS, ITALIAN_FILLERS, ITALIAN_OPENERS, ITALIAN_TOPIC_WORDS } from './it-words';
import { STEMMERS } from './stemmers';
import { isoStopWordsExcept } from './stop-words';
import { ITALIAN_BREAKS } from './it-breaks';

/** Italian. */
export const ITALIAN: LanguageEntry = {
  tag: 'it',
  name: 'Italian',
  direction: 'ltr',
  spaced: true,
  fold: foldAccents,
  stem: STEMMERS.it,
  stopWords: isoStopWordsExcept('it', ITALIAN_TOPIC_WORDS),
  fillers: ITALIAN_FILLERS,
  minWordLength: 2,
  elisions: new Set(['l', 'un', 'dell', 'all', 'dall', 'nell', 'sull', 'coll', 'quell', 'quest', 'nessun', 'tutt', 'sant', 'c', 'd', 'n', 's', 'v', 'po']),
  sentences: { abbreviations: ITALIAN_ABBREVIATIONS, openers: ITALIAN_OPENERS },
  breaks: ITALIAN_BREAKS,
  meeting: ITALIAN_MEETING,
  lexicon: null,
  properForms: [],
  speakerRoles: ITALIAN_ROLES,
};
