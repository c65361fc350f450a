import { foldAccents } from './fold';
import { PORTUGUESE_ROLES } from './pt-roles';
import type { LanguageEntry } from './language';
import { PORTUGUESE_MEETING } from './pt-meeting';
import { PORTUGUESE_ABBREVIATIONS, PORTUGUESE_FILLERS, PORTUGUESE_OPENERS, PORTUGUESE_TOPIC_WORDS } from './pt-words';
import { STEMMERS } from './stemmers';
import { isoStopWordsExcept } from './stop-words';
import { PORTUGUESE_BREAKS } from './pt-breaks';

/** Portuguese. */
export const PORTUGUESE: LanguageEntry = {
  tag: 'pt',
  name: 'Portuguese',
  direction: 'ltr',
  spaced: true,
  fold: foldAccents,
  stem: STEMMERS.pt,
  stopWords: isoStopWordsExcept('pt', PORTUGUESE_TOPIC_WORDS),
  fillers: PORTUGUESE_FILLERS,
  minWordLength: 2,
  sentences: { abbreviations: PORTUGUESE_ABBREVIATIONS, openers: PORTUGUESE_OPENERS },
  breaks: PORTUGUESE_BREAKS,
  meeting: PORTUGUESE_MEETING,
  lexicon: null,
  properForms: [],
  speakerRoles: PORTUGUESE_ROLES,
};
