import { decodeEntities } from './entities';

/**
 * Removes HTML-like tags as SRT, SAMI and similar files use them (<i>, <b>, <font ...>, <u>),
 * turns <br> into a line break, and decodes character references.
 */
export function stripHtmlMarkup(text: string): string {
  const noTags = text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(?:[A-Za-z][A-Za-z0-9.-]*)(?:\s[^<>]*)?\/?>/g, '');
  return decodeEntities(noTags);
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

/** Trims each line, drops empty lines, and folds runs of spaces (caption text, not prose). */
export function tidyLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
