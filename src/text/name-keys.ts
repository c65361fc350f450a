import { Metaphone } from 'natural/lib/natural/phonetics';
import type { Language } from './language/language';

const metaphone = new Metaphone();

/**
 * People's names as the aligner and the transcript splitter match them: by how they sound (Metaphone), because captioners
 * misspell names ("BILAL JAMOUSI" for Bilel Jamoussi) and drop accents ("GARCIA"). Metaphone reads
 * Latin letters only: a name in another script (محمد, 王伟, Иванова) is keyed by its folded
 * letters, matched as written.
 */
export function nameKey(word: string, lang: Language): string | null {
  const w = lang.fold(word.toLowerCase());
  if (!/[a-z]/.test(w)) return w.length >= 2 && !lang.isStopWord(w) && /\p{L}/u.test(w) ? `name:=${w}` : null;
  if (w.length < 3 || lang.isStopWord(w)) return null;
  const code = metaphone.process(w);
  return code.length >= 2 ? `name:${code}` : null;
}

export function nameKeysOf(name: string, lang: Language): string[] {
  return lang.words(name).map((w) => nameKey(w, lang)).filter((k): k is string => k !== null);
}
