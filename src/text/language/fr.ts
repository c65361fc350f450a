import { foldAccents } from './fold';
import type { LanguageEntry } from './language';
import { NO_MEETING_WORDS } from './no-meeting-words';
import { STEMMERS } from './stemmers';
import { isoStopWords } from './stop-words';

/** French. */
export const FRENCH: LanguageEntry = {
  tag: 'fr',
  name: 'French',
  direction: 'ltr',
  spaced: true,
  elisions: ['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu'],
  fold: foldAccents,
  stem: STEMMERS.fr,
  stopWords: isoStopWords('fr'),
  fillers: [],
  minWordLength: 2,
  sentences: { abbreviations: new Map(), openers: new Set() },
  meeting: NO_MEETING_WORDS,
  lexicon: null,
  properForms: [],
};
