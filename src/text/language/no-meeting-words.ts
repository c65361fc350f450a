import type { MeetingWords } from './language';

/** A language whose meeting words are not known: the aligner then reads only titles, names, times and pauses. */
export const NO_MEETING_WORDS: MeetingWords = {
  handOver: [],
  preRoll: null,
  startToCome: null,
  opening: null,
  preRollWords: [],
  postRollWords: [],
  agendaVocabulary: {},
  spokenItems: null,
  emptyItems: null,
  briefItem: null,
};
