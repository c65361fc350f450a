import { foldAccents } from './fold';
import type { LanguageEntry } from './language';
import { NO_MEETING_WORDS } from './no-meeting-words';
import { STEMMERS } from './stemmers';
import { isoStopWords } from './stop-words';

/** Italian. */
export const ITALIAN: LanguageEntry = {
  tag: 'it',
  name: 'Italian',
  direction: 'ltr',
  spaced: true,
  elisions: ['l', 'un', 'd', 'dell', 'dall', 'nell', 'sull', 'all', 'coll', 'quest', 'quell', 'c', 'm', 't', 's', 'v'],
  fold: foldAccents,
  stem: STEMMERS.it,
  stopWords: isoStopWords('it'),
  fillers: [],
  minWordLength: 2,
  sentences: { abbreviations: new Map(), openers: new Set() },
  meeting: NO_MEETING_WORDS,
  lexicon: null,
  properForms: [],
};
