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
 * Escapes only what a markup-stripping reader would otherwise change: an "&" that starts a
 * character reference, and a "<" that starts a formatting tag. Other text is left as written,
 * as SRT players expect.
 */
export function escapeMinimal(text: string): string {
  return text
    .replace(/&(?=#[0-9]|#[xX][0-9a-fA-F]|[A-Za-z][A-Za-z0-9]*;?)/g, '&amp;')
    .replace(/<(?=\/?(?:b|i|u|s|em|strong|font|span|p|c|v|ruby|rt|sub|sup|small|big|lang|br)(?:[\s.>/]))/gi, '&lt;');
}

/** Removes SubRip-style `{\an8}` position codes and `{i}...{/i}` braces styling. */
export function stripBraceCodes(text: string): string {
  if (text.indexOf('{') === -1) return text;
  return text.replace(/\{\\[^}]*\}|\{\/?[a-z]\}/g, '');
}

/**
 * Turns an ASS/SSA dialogue text into plain text: override blocks `{...}` removed,
 * `\N` / `\n` into line breaks, `\h` into a space.
 */
export function stripAssMarkup(text: string): string {
  return text
    .replace(/\{[^}]*\}/g, '')
    .replace(/\\[Nn]/g, '\n')
    .replace(/\\h/g, ' ');
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
