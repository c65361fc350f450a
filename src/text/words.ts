import type { Language } from './language/language';

/**
 * What "a word" is when words are counted (reading rates, the time a paragraph takes to say): a
 * run of characters between white space. White space is Unicode's (a no-break space separates two
 * words as a space does: "10 km" is two words said, and word processors put no-break spaces in
 * pasted text) and the ASCII control characters, which are never part of a word.
 */

/** Unicode white space beyond ASCII, as JavaScript's \s knows it. */
const WIDE_SPACE = /\s/;

function isSpace(code: number, char: string): boolean {
  return code <= 32 || (code >= 0x80 && WIDE_SPACE.test(char));
}

/** The number of words in `text`. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i), text[i]!);
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * Words said, as lengths and rates count them: runs between white space where the language spaces
 * its words, the segmenter's words where it does not (Chinese, Japanese), so that a sentence of
 * Chinese is not one word and a session of it not judged empty.
 */
export function wordsSaid(text: string, lang: Language): number {
  return lang.spaced ? countWords(text) : lang.words(text).length;
}
