import type { BreakWords } from './language';

/**
 * Korean words that decide where captions and over-long sentences are cut (BreakWords). Particles
 * and endings are written onto their word, so only free-standing words are listed: the
 * conjunctive adverbs that open a clause, and determiners bound to the noun after them.
 */

const CONJUNCTIONS = ['그리고', '그러나', '하지만', '그런데', '그래서', '따라서', '그러므로', '또한', '또는', '즉'];
const DETERMINERS = ['이', '그', '저', '모든', '각', '여러', '어느', '어떤', '몇'];

export const KOREAN_BREAKS: BreakWords = {
  phraseOpeners: new Set(CONJUNCTIONS),
  binders: new Set(DETERMINERS),
  noEnd: new Set([...DETERMINERS, ...CONJUNCTIONS]),
  sentenceOpeners: new Set([...CONJUNCTIONS, '오늘', '먼저', '이제', '다음으로', '네', '우리']),
};
