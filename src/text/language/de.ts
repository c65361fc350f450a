import { foldAccents } from './fold';
import type { LanguageEntry } from './language';
import { NO_MEETING_WORDS } from './no-meeting-words';
import { STEMMERS } from './stemmers';
import { isoStopWords } from './stop-words';

/** German. */
export const GERMAN: LanguageEntry = {
  tag: 'de',
  name: 'German',
  direction: 'ltr',
  spaced: true,
  fold: foldAccents,
  stem: STEMMERS.de,
  stopWords: isoStopWords('de'),
  fillers: [],
  minWordLength: 2,
  elision: false,
  sentences: { abbreviations: new Map(), openers: new Set() },
  meeting: NO_MEETING_WORDS,
  lexicon: null,
  properForms: [],
};
