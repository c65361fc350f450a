import { foldCyrillic } from './fold';
import { RUSSIAN_ROLES } from './ru-roles';
import type { LanguageEntry } from './language';
import { RUSSIAN_MEETING } from './ru-meeting';
import { RUSSIAN_ABBREVIATIONS, RUSSIAN_FILLERS, RUSSIAN_OPENERS, RUSSIAN_TOPIC_WORDS } from './ru-words';
import { STEMMERS } from './stemmers';
import { isoStopWordsExcept } from './stop-words';
import { RUSSIAN_BREAKS } from './ru-breaks';

/** Russian. */
export const RUSSIAN: LanguageEntry = {
  tag: 'ru',
  name: 'Russian',
  direction: 'ltr',
  spaced: true,
  fold: foldCyrillic,
  stem: STEMMERS.ru,
  stopWords: isoStopWordsExcept('ru', RUSSIAN_TOPIC_WORDS),
  fillers: RUSSIAN_FILLERS,
  minWordLength: 2,
  sentences: { abbreviations: RUSSIAN_ABBREVIATIONS, openers: RUSSIAN_OPENERS },
  breaks: RUSSIAN_BREAKS,
  meeting: RUSSIAN_MEETING,
  lexicon: null,
  properForms: [],
  speakerRoles: RUSSIAN_ROLES,
};
