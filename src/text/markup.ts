import { decodeEntities } from './entities';

/** The formatting tags caption files use; anything else in angle brackets is text ("<LAUGHS>"). */
const FORMATTING_TAG = /<\/?(?:b|i|u|s|em|strong|font|span|p|c|v|ruby|rt|sub|sup|small|big|lang)(?:[\s.][^<>]*)?\/?>/gi;

/**
 * Removes the HTML-like formatting tags SRT, SAMI and similar files use (<i>, <b>, <font ...>),
 * turns <br> into a line break, and decodes character references.
 */
export function stripHtmlMarkup(text: string): string {
  // Both patterns start with "<": most caption text has none and skips two regex passes.
  if (text.indexOf('<') === -1) return decodeEntities(text);
  return decodeEntities(text.replace(/<br\s*\/?>/gi, '\n').replace(FORMATTING_TAG, ''));
}

/**
 * Escapes what every reader of a plain-text format (SubRip, SubViewer, MicroDVD) would otherwise
 * change: a "<" that starts a formatting tag (players apply it). Nothing else: ffmpeg, python srt
 * and webvtt-py show "&amp;" as it stands, so an "&" is written as itself, even one that reads like
 * a character reference ("&lt;" said aloud; recap's own readers, lenient with files from tools
 * that escaped, decode it).
 */
export function escapeMinimal(text: string): string {
  return text.replace(/<(?=\/?(?:b|i|u|s|em|strong|font|span|p|c|v|ruby|rt|sub|sup|small|big|lang|br)(?:[\s.>/]))/gi, '&lt;');
}

/**
 * Removes each brace block `{...}` (from a "{" to the next "}") that `removed(text, open, close)`
 * accepts, found with indexOf rather than a regex: `/\{[^}]*\}/` scans to the end of the text
 * from every "{" that has no "}" after it, which takes time growing with the square of a text
 * full of "{".
 */
export function removeBraceBlocks(text: string, removed: (text: string, open: number, close: number) => boolean): string {
  let out = '';
  let kept = 0;
  let open = text.indexOf('{');
  // Every "{" before a "}" is closed by that same "}": it is searched for once, not from each "{"
  // (a run of "{" ended by one "}" would otherwise take time growing with its square).
  let close = -1;
  while (open !== -1) {
    if (close <= open) close = text.indexOf('}', open + 1);
    // No "}" after this "{": no later "{" can be closed either.
    if (close === -1) break;
    if (removed(text, open, close)) {
      out += text.slice(kept, open);
      kept = close + 1;
      open = text.indexOf('{', kept);
    } else {
      open = text.indexOf('{', open + 1);
    }
  }
  return kept === 0 ? text : out + text.slice(kept);
}

function isLowerLetter(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/** `{\...}` (an override such as `{\an8}`), `{i}` or `{/i}`. */
function isSubRipBraceCode(text: string, open: number, close: number): boolean {
  if (text.charCodeAt(open + 1) === 0x5c) return true;
  const inner = close - open - 1;
  if (inner === 1) return isLowerLetter(text.charCodeAt(open + 1));
  return inner === 2 && text.charCodeAt(open + 1) === 0x2f && isLowerLetter(text.charCodeAt(open + 2));
}

/** Removes SubRip-style `{\an8}` position codes and `{i}...{/i}` braces styling. */
export function stripBraceCodes(text: string): string {
  if (text.indexOf('{') === -1) return text;
  return removeBraceBlocks(text, isSubRipBraceCode);
}

/**
 * Turns an ASS/SSA dialogue text into plain text: override blocks `{...}` removed,
 * `\N` / `\n` into line breaks, `\h` into a space.
 */
export function stripAssMarkup(text: string): string {
  const plain = text.indexOf('{') === -1 ? text : removeBraceBlocks(text, () => true);
  return plain.replace(/\\[Nn]/g, '\n').replace(/\\h/g, ' ');
}

/**
 * White space `tidyLines` would change inside a text: a tab or no-break space, two spaces in a
 * row, white space at the start or next to a line break (which covers empty lines). The end of
 * the text is looked at apart: a regex anchored there would still be tried at every position.
 */
const UNTIDY_WITHIN = /[\t\u00a0]| {2}|^\s|\s\n|\n\s/;
const WHITE = /\s/;

/** Trims each line, drops empty lines, and folds runs of spaces (caption text, not prose). */
export function tidyLines(text: string): string {
  // Most caption text is tidy already, or tidy but for the one line break that ends it.
  if (text !== '' && !UNTIDY_WITHIN.test(text)) {
    const last = text.charAt(text.length - 1);
    if (!WHITE.test(last)) return text;
    // The character before that line break is not white space (UNTIDY_WITHIN would have matched).
    if (last === '\n') return text.slice(0, -1);
  }
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
