import entityTable from 'webvtt-parser/html-entities.json';

/** The HTML named character references, keyed with the leading "&" (with and without ";"). */
export const HTML_ENTITIES: Readonly<Record<string, string>> = entityTable;

const WINDOWS_1252_C1: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018,
  0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc,
  0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

function fromCodePoint(cp: number): string {
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(WINDOWS_1252_C1[cp] ?? cp);
}

const LONGEST_NAME = Object.keys(HTML_ENTITIES).reduce((m, k) => Math.max(m, k.length), 0);
const REFERENCE = /&(?:#[xX]([0-9a-fA-F]+);?|#([0-9]+);?|([A-Za-z][A-Za-z0-9]*;?))/g;

/**
 * Decodes HTML character references as the HTML tokenizer does: numeric references, and named
 * ones by longest match (so "&amp;" and the legacy "&amp" both give "&"). Unknown ones stay as written.
 */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') === -1) return text;
  return text.replace(REFERENCE, (match, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (hex !== undefined) return fromCodePoint(parseInt(hex, 16));
    if (dec !== undefined) return fromCodePoint(parseInt(dec, 10));
    const candidate = `&${name ?? ''}`.slice(0, LONGEST_NAME);
    for (let len = candidate.length; len > 1; len--) {
      const value = HTML_ENTITIES[candidate.slice(0, len)];
      if (value !== undefined) return value + match.slice(len);
    }
    return match;
  });
}

/** Escapes text for XML/HTML character data: every "&", "<" and ">". */
export function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Escapes only the "&" that a reader decoding character references would take for one ("&amp;",
 * "&#237;", the legacy "&copy" without ";"). Any other "&" ("Q&A", "AT&T", "R & D") is the same
 * character to every reader, decoding or not, so it is left as written: readers that decode
 * nothing (ffmpeg's and python's SubRip readers, webvtt-py) then show it right too.
 */
export function escapeAmbiguousAmpersands(text: string): string {
  if (text.indexOf('&') === -1) return text;
  return text.replace(/&/g, (amp, at: number) => {
    const next = text.indexOf('&', at + 1);
    const stretch = text.slice(at, next === -1 ? text.length : next);
    return decodeEntities(stretch) === stretch ? amp : '&amp;';
  });
}

/**
 * Escapes text for a WebVTT cue payload: "<" always (it opens a tag), ">" always (ffmpeg drops a
 * line that opens with a raw ">>", and "-->" may not appear in a payload), "&" where a reader
 * would decode it.
 */
export function escapeCueText(text: string): string {
  return escapeAmbiguousAmpersands(text).replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
