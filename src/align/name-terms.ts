import { nameKey, nameKeysOf } from '../text/name-keys';
import type { Language } from '../text/language/language';
import type { Unit } from './units';

/**
 * Adds to each unit a term for every agenda name said in it and for every agenda person who
 * speaks in it. (Counting speakers twice was tried: a host who does the sound check then drags
 * the opening into the pre-roll.)
 */
export function addNameTerms(units: Unit[], keys: ReadonlySet<string>, lang: Language): void {
  if (keys.size === 0) return;
  for (const unit of units) {
    for (const w of lang.words(unit.text)) {
      const k = nameKey(w, lang);
      if (k && keys.has(k)) unit.terms.push(k);
    }
    for (const speaker of unit.speakers) {
      for (const k of nameKeysOf(speaker, lang)) if (keys.has(k)) unit.terms.push(k);
    }
  }
}
