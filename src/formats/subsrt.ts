import subsrt from 'subsrt-ts';
import type { ContentCaption } from 'subsrt-ts/dist/types/handler.js';

/** The subsrt-ts format handlers recap delegates to (ESM-only package, loaded once). */
export const subsrtFormats = subsrt.format;

/** Runs one subsrt-ts parser on some text and keeps only the content captions. */
export function subsrtCaptions(format: string, text: string): ContentCaption[] {
  const handler = subsrtFormats[format];
  if (!handler) throw new Error(`subsrt-ts has no "${format}" format`);
  return handler.parse(text, { eol: '\n' }).filter((c): c is ContentCaption => c.type === 'caption');
}
