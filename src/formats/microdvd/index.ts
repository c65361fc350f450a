import type { CaptionFormat } from '../types';
import { readMicroDvd } from './read';
import { writeMicroDvd } from './write';

const CUE_LINE = /^\{\d+\}\{\d*\}/;

/**
 * A first line like `{0}{25}text` (or the `{1}{1}23.976` rate line) is unmistakable; cue lines
 * further down only make MicroDVD likely.
 */
function sniffMicroDvd(text: string): number {
  const head = text.slice(0, 8192);
  const first = head.split('\n').find((l) => l.trim() !== '');
  if (first !== undefined && CUE_LINE.test(first.trim())) return 0.9;
  return /^[ \t]*\{\d+\}\{\d+\}/m.test(head) ? 0.5 : 0;
}

export const microdvd: CaptionFormat = {
  id: 'microdvd',
  extensions: ['sub'],
  sniff: sniffMicroDvd,
  read: readMicroDvd,
  write: writeMicroDvd,
};
