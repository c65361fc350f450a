/**
 * Joining words and sentences back into text. Chinese and Japanese are written without spaces
 * between words or after a sentence mark: two pieces of such text are closed up ("城市标准。" +
 * "谢谢。" -> "城市标准。谢谢。"); anywhere else, and between such text and a Latin word, a space
 * separates them.
 */

/** Characters written with no space on either side: Han, kana, CJK punctuation and full-width forms. */
const CLOSED_UP = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]`;
// matched as whole code points: Han characters beyond U+FFFF (𠮷) are surrogate pairs
const ENDS_CLOSED_UP = new RegExp(`${CLOSED_UP}$`, 'u');
const STARTS_CLOSED_UP = new RegExp(`^${CLOSED_UP}`, 'u');
const ANY_CLOSED_UP = new RegExp(CLOSED_UP, 'u');

/** Whether a text holds a character written closed up (a Chinese or Japanese name: "王伟", not "Li"). */
export function hasClosedUpCharacter(text: string): boolean {
  return ANY_CLOSED_UP.test(text);
}

/** The separator between two pieces of text: "" where both sides are written closed up, else " ". */
export function separatorBetween(left: string, right: string): string {
  // two code units hold the last and first character whatever their plane (and keep long texts from being scanned)
  return ENDS_CLOSED_UP.test(left.slice(-2)) && STARTS_CLOSED_UP.test(right.slice(0, 2)) ? '' : ' ';
}

/** Pieces of text joined as their script writes them. */
export function joinText(pieces: readonly string[]): string {
  let out = '';
  for (const piece of pieces) {
    if (piece === '') continue;
    out += out === '' ? piece : separatorBetween(out, piece) + piece;
  }
  return out;
}
