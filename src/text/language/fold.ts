/**
 * Folding: what varies in how a word is written but not in what it says, removed so that the
 * forms meet. Captions in capitals drop accents ("GARCIA" for "García"), Arabic is written with
 * or without vowel marks and with several forms of alif, Russian with or without "ё".
 */

/**
 * Removes the diacritics of Latin letters: "García" -> "Garcia", "Städte" -> "Stadte". Marks on
 * letters of other scripts are letters of their own there (Cyrillic "й" is not "и", a Devanagari
 * vowel sign is part of its syllable): they are kept, and the text is composed again.
 */
export function foldAccents(word: string): string {
  if (!/[^\x00-\x7f]/.test(word)) return word;
  return word.normalize('NFD').replace(/(\p{Script=Latin})\p{M}+/gu, '$1').normalize('NFC');
}

/**
 * German: umlauts and ß are letters of their own ("ändern" change is not "andern" other, "schön" not
 * "schon"); other Latin accents are folded. (The stemmer maps the umlauts itself where they inflect:
 * "Städte" and "Stadt" meet.)
 */
export function foldGerman(word: string): string {
  if (!/[^\x00-\x7f]/.test(word)) return word;
  return word.normalize('NFD').replace(/([aou])\u0308/gu, '$1\u0000').replace(/(\p{Script=Latin})\p{M}+/gu, '$1').replace(/([aou])\u0000/gu, '$1\u0308').normalize('NFC');
}

/** Russian and other Cyrillic text: "ё" is often written "е" (and nothing else is folded: "й" is a letter of its own). */
export function foldCyrillic(word: string): string {
  return foldAccents(word.replace(/ё/g, 'е'));
}

/**
 * Arabic: vowel marks and the elongation stroke (tatweel) removed, the hamza forms of alif
 * (أ إ آ ٱ) written as bare alif, final alif maqsura (ى) as yaa; digits of the Arabic script as
 * ASCII digits. Taa marbuta is kept: the stemmer reads it as a suffix.
 */
export function foldArabic(word: string): string {
  return word
    .replace(/[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649(?=$)/g, '\u064A')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/** Chinese, Japanese, Korean: full-width Latin letters and digits as ASCII ("ＣＯＰ２８" -> "cop28"), nothing else changed. */
export function foldWidth(word: string): string {
  return word.normalize('NFKC');
}
