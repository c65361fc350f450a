import { Metaphone } from 'natural/lib/natural/phonetics';
import { foldAccents, isStopWord, wordsOf } from '../text/terms';
import type { Unit } from './units';

const metaphone = new Metaphone();

/**
 * People's names as the aligner matches them: by how they sound (Metaphone), because captioners
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

/**
 * Adds to each unit a term for every agenda name said in it and for every agenda person who
 * speaks in it. (Counting speakers twice was tried: a host who does the sound check then drags
 * the opening into the pre-roll.)
 */
export function addNameTerms(units: Unit[], keys: ReadonlySet<string>): void {
  if (keys.size === 0) return;
  for (const unit of units) {
    for (const w of wordsOf(unit.text)) {
      const k = nameKey(w);
      if (k && keys.has(k)) unit.terms.push(k);
    }
    for (const speaker of unit.speakers) {
      for (const k of nameKeysOf(speaker)) if (keys.has(k)) unit.terms.push(k);
    }
  }
}
