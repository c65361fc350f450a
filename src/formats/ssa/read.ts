import { readAss } from '../ass/read';
import type { ReadResult } from '../types';

/**
 * SSA v4 scripts differ from ASS v4+ only in their style columns and the first event column
 * ("Marked" for "Layer"); recap reads neither, and the [Events] Format line drives the rest.
 */
export function readSsa(text: string): ReadResult {
  return readAss(text);
}
