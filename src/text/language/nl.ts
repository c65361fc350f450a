import { foldAccents } from './fold';
import { DUTCH_ROLES } from './nl-roles';
import type { LanguageEntry } from './language';
import { DUTCH_MEETING } from './nl-meeting';
import { DUTCH_ABBREVIATIONS, DUTCH_FILLERS, DUTCH_OPENERS } from './nl-words';
import { STEMMERS } from './stemmers';
import { isoStopWords } from './stop-words';
import { DUTCH_BREAKS } from './nl-breaks';

/** Dutch. */
export const DUTCH: LanguageEntry = {
  tag: 'nl',
  name: 'Dutch',
  direction: 'ltr',
  spaced: true,
  fold: foldAccents,
  stem: STEMMERS.nl,
  stopWords: isoStopWords('nl'),
  fillers: DUTCH_FILLERS,
  minWordLength: 2,
  sentences: { abbreviations: DUTCH_ABBREVIATIONS, openers: DUTCH_OPENERS },
  breaks: DUTCH_BREAKS,
  meeting: DUTCH_MEETING,
  lexicon: null,
  properForms: [],
  speakerRoles: DUTCH_ROLES,
};
