import { decodeEntities } from './entities';

/** The formatting tags caption files use; anything else in angle brackets is text ("<LAUGHS>"). */
const FORMATTING_TAG = /<\/?(?:b|i|u|s|em|strong|font|span|p|c|v|ruby|rt|sub|sup|small|big|lang)(?:[\s.][^<>]*)?\/?>/gi;

/**
 * Removes the HTML-like formatting tags SRT, SAMI and similar files use (<i>, <b>, <font ...>),
 * turns <br> into a line break, and decodes character references.
 */
export function stripHtmlMarkup(text: string): string {
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
 * Anything `tidyLines` would change: a tab or no-break space, two spaces in a row, white space
 * at either end or next to a line break (which covers empty lines). Most caption text has none.
 */
const UNTIDY = /[\t\u00a0]| {2}|^\s|\s$|\s\n|\n\s/;

/** Trims each line, drops empty lines, and folds runs of spaces (caption text, not prose). */
export function tidyLines(text: string): string {
  if (!UNTIDY.test(text)) return text;
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
