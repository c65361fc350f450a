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
