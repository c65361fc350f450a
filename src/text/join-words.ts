/**
 * Joining words and sentences back into text. Chinese and Japanese are written without spaces
 * between words or after a sentence mark: two pieces of such text are closed up ("城市标准。" +
 * "谢谢。" -> "城市标准。谢谢。"); anywhere else, and between such text and a Latin word, a space
 * separates them.
 */

/** Characters written with no space on either side: Han, kana, CJK punctuation and full-width forms. */
const CLOSED_UP = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/** The separator between two pieces of text: "" where both sides are written closed up, else " ". */
export function separatorBetween(left: string, right: string): string {
  const last = left.slice(-1);
  const first = right.slice(0, 1);
  return CLOSED_UP.test(last) && CLOSED_UP.test(first) ? '' : ' ';
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
