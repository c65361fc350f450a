import type { Language } from '../text/language/language';
import { charLength } from './caption-quality';
import type { WordToken } from './caption-tokens';

/**
 * The tokens of text in a language written without spaces between words (Chinese, Japanese):
 * the words its segmenter finds (Intl.Segmenter, through the language module), punctuation kept
 * with the word it follows (opening brackets and quotes with the word after), so a line may end
 * after "，" or "。" but never inside a word. A run of letters or digits of a spaced script ("ITU-T", "3.5%") stays one
 * token. Joining the tokens (a space before those not `glued`) gives back the text, except that a
 * line break between two characters of such a script is dropped, not turned into a space.
 */

/** Characters of scripts written without spaces between words, and the full-width forms and punctuation they use. */
const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}\u3000-\u303f\uff00-\uffef]/u;
const OPENING = /^[\p{Ps}\p{Pi}]+$/u;
const BRACKET_OPEN = /^[[(（【]/;
const BRACKET_CLOSE = /[\])）】][\p{P}]*$/u;
/** An annotation of more pieces than this is left breakable (it is then prose, not a sound tag). */
const MAX_TAG_PIECES = 8;

const lastChar = (s: string): string => Array.from(s).pop() ?? '';
const firstChar = (s: string): string => Array.from(s)[0] ?? '';

/**
 * Whether two pieces of text that a line break (or a cue boundary) separates are written with no
 * space between them: when either side is a character of a script without spaces.
 */
export function joinsWithoutSpace(before: string, after: string): boolean {
  return UNSPACED_CHAR.test(lastChar(before)) || UNSPACED_CHAR.test(firstChar(after));
}

/**
 * The text's pieces: each word the language finds (lang.wordSpans: its segmenter), with the
 * punctuation after it, or before it for opening marks; whether each is written after a space.
 */
function pieces(text: string, lang: Language): WordToken[] {
  const out: WordToken[] = [];
  let gap: 'none' | 'space' | 'break' = 'none';
  // the last piece holds only opening marks so far: what comes next joins it
  let opening = false;
  const add = (piece: string, isWord: boolean): void => {
    const previous = out[out.length - 1];
    const attach =
      previous !== undefined &&
      gap === 'none' &&
      (opening || (!isWord && !OPENING.test(piece)) || (isWord && !UNSPACED_CHAR.test(lastChar(previous.text)) && !UNSPACED_CHAR.test(firstChar(piece))));
    if (attach) previous.text += piece;
    else {
      const glued = previous !== undefined && (gap === 'none' || (gap === 'break' && joinsWithoutSpace(previous.text, piece)));
      out.push({ text: piece, glued });
    }
    opening = !isWord && OPENING.test(piece) && (opening || !attach);
    gap = 'none';
  };
  const between = (from: number, to: number): void => {
    for (const char of text.slice(from, to)) {
      if (/\s/u.test(char)) {
        // a space is kept as written; a line break alone only between words of spaced scripts
        gap = gap === 'space' || !/[\n\r\u2028\u2029]/u.test(char) ? 'space' : 'break';
      } else add(char, false);
    }
  };
  let at = 0;
  for (const span of lang.wordSpans(text)) {
    between(at, span.start);
    add(text.slice(span.start, span.end), true);
    at = span.end;
  }
  between(at, text.length);
  return out;
}

/** The text of tokens [i, j) as written. */
function joined(tokens: readonly WordToken[], i: number, j: number): string {
  let s = tokens[i]!.text;
  for (let k = i + 1; k < j; k++) s += (tokens[k]!.glued ? '' : ' ') + tokens[k]!.text;
  return s;
}

/** Tokens of unspaced text; a bracketed annotation ("[掌声]", "（笑）") that fits a line is one token. */
export function unspacedTokens(text: string, maxChars: number, lang: Language): WordToken[] {
  const found = pieces(text, lang);
  const out: WordToken[] = [];
  for (let i = 0; i < found.length; i++) {
    const piece = found[i]!;
    if (BRACKET_OPEN.test(piece.text) && !BRACKET_CLOSE.test(piece.text)) {
      let j = i + 1;
      while (j < found.length && j - i < MAX_TAG_PIECES && !BRACKET_CLOSE.test(found[j]!.text)) j++;
      if (j < found.length && BRACKET_CLOSE.test(found[j]!.text)) {
        const tag = joined(found, i, j + 1);
        if (charLength(tag) <= maxChars) {
          out.push({ text: tag, glued: piece.glued });
          i = j;
          continue;
        }
      }
    }
    out.push(piece);
  }
  return out;
}
