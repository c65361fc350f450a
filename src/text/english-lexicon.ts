import Lexicon from 'natural/lib/natural/brill_pos_tagger/lib/Lexicon';

/**
 * natural's English Brill lexicon (92,000 words, each with its Penn Treebank tags, most frequent
 * first, in the case it is written), loaded once and only when a word is first looked up: casing
 * asks it which words are common, keyphrases what class a word is. Loading costs about 140 ms,
 * which a command that reads no transcript (`recap parse`, `recap serve`) never pays.
 */
let table: Record<string, string[] | undefined> | undefined;

/** The word's tags, as written ("FBI", "Paris", "networks"); undefined for a word it does not know. */
export function lexiconTags(word: string): readonly string[] | undefined {
  table ??= new Lexicon('EN').lexicon;
  return Object.hasOwn(table, word) ? table[word] : undefined;
}
