/**
 * Korean writes a noun and its particles as one spaced word ("회의에서는" = "회의" meeting +
 * "에서는" at, as for): a search for "회의" must find it. The stem is the word without its final
 * particle, or without the ending of a verb made from a noun with 하다 ("논의했습니다" -> "논의"
 * discussed). Endings are tried longest first; a one-syllable ending only where two syllables are
 * left, since many nouns end in a syllable that is also a particle ("회의" meeting, "국가" nation).
 */

const VERB_ENDINGS = [
  '하겠습니다', '했습니다', '합니다', '하였습니다', '하셨습니다', '하십니다', '하고자', '하기로', '하기', '하는', '하여', '해서', '했다', '한다', '하고', '하면', '하며', '한', '할', '해', '했',
];

const PARTICLES = [
  '에서부터', '으로부터', '에서는', '에서도', '에서의', '으로는', '으로서', '으로써', '에게서', '까지는', '부터는', '에서', '에게', '께서', '으로', '부터', '까지', '처럼', '보다', '마다', '에는',
  '에도', '와는', '과는', '라는', '이라는', '이나', '이며', '이고', '와', '과', '은', '는', '이', '가', '을', '를', '의', '에', '로', '도', '만', '께',
];

const ENDINGS = [...VERB_ENDINGS, ...PARTICLES].sort((a, b) => b.length - a.length);

export function koreanStem(word: string): string {
  for (const ending of ENDINGS) {
    const left = word.length - ending.length;
    if (left >= (ending.length === 1 ? 2 : 1) && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}
