import { stripAssMarkup } from '../../text/markup';

/**
 * Vector drawings: an override block with `\p1` (or any non-zero scale) turns the following
 * text into drawing commands ("m 0 0 l 100 0 ...") until `\p0`; they are not words.
 */
const DRAWING = /\{[^}]*\\p[1-9][^}]*\}[^{]*/g;

/** The plain text of an ASS/SSA dialogue Text field: drawings and override tags removed, `\N` as line breaks. */
export function assPlainText(field: string): string {
  return stripAssMarkup(field.replace(DRAWING, ''));
}
