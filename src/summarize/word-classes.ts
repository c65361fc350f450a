import type { Language } from '../text/language/language';

/**
 * What a word can be in a keyphrase, from its most frequent part of speech in the language's
 * lexicon (English: natural's Brill lexicon, 92,000 words, Penn Treebank tags): a noun may end a
 * phrase, a modifier (adjective, participle, or a noun used as one) may only lead into a noun
 * ("digital transformation", not "digital"), anything else (verbs, adverbs, pronouns) ends a
 * phrase. Words the lexicon does not know are mostly names and jargon ("Huntsville", "SMEs"):
 * nouns. A language without a lexicon has no classes: every content word may stand in a phrase.
 */
export type WordClass = 'noun' | 'modifier' | 'other';

/** Pronouns the English lexicon tags as nouns ("seeing none", "everything else"). */
const PRONOUNS = new Set(['none', 'nothing', 'everything', 'anything', 'something', 'someone', 'everyone', 'anyone', 'nobody', 'everybody', 'somebody', 'anybody']);

export function wordClass(word: string, lang: Language): WordClass {
  if (lang.lexicon === null) return 'noun';
  if (PRONOUNS.has(word)) return 'other';
  const first = lang.lexicon(word)?.[0];
  if (first === undefined) return 'noun';
  if (first.startsWith('NN')) return 'noun';
  if (first.startsWith('JJ') || first === 'VBN' || first === 'VBG' || first === 'CD') return 'modifier';
  return 'other';
}
