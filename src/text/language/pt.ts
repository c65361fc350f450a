import { foldAccents } from './fold';
import type { LanguageEntry } from './language';
import { NO_MEETING_WORDS } from './no-meeting-words';
import { STEMMERS } from './stemmers';
import { isoStopWords } from './stop-words';

/** Portuguese. */
export const PORTUGUESE: LanguageEntry = {
  tag: 'pt',
  name: 'Portuguese',
  direction: 'ltr',
  spaced: true,
  fold: foldAccents,
  stem: STEMMERS.pt,
  stopWords: isoStopWords('pt'),
  fillers: [],
  minWordLength: 2,
  elision: false,
  sentences: { abbreviations: new Map(), openers: new Set() },
  meeting: NO_MEETING_WORDS,
  lexicon: null,
  properForms: [],
};
