import { Metaphone } from 'natural/lib/natural/phonetics';
import { foldAccents, isStopWord, wordsOf } from './terms';

const metaphone = new Metaphone();

/**
 * People's names as the aligner and the transcript splitter match them: by how they sound (Metaphone), because captioners
 * misspell names ("BILAL JAMOUSI" for Bilel Jamoussi) and drop accents ("GARCIA").
 */
export function nameKey(word: string): string | null {
  const w = foldAccents(word.toLowerCase());
  if (w.length < 3 || isStopWord(w)) return null;
  const code = metaphone.process(w);
  return code.length >= 2 ? `name:${code}` : null;
}

export function nameKeysOf(name: string): string[] {
  return wordsOf(name).map(nameKey).filter((k): k is string => k !== null);
}
