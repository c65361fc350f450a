import type { CaptionFormat } from '../types';
import { readLrc } from './read';
import { writeLrc } from './write';

const TIMED_LINE = /^\s*\[\d{1,6}:\d{1,2}(?:[.:,]\d{1,3})?\]/;
const ID_TAG_LINE = /^\s*\[(?:ar|al|ti|au|by|length|offset|re|ve|la|#)\s*:[^\]]*\]\s*$/i;

/**
 * LRC has no signature, only lines that start with "[mm:ss.xx]" and ID tags; the score rises with
 * the share of such lines among the first 50 non-blank ones, and stays below the 0.9 of formats
 * that do have a signature.
 */
function sniffLrc(text: string): number {
  const lines = text.slice(0, 8192).split('\n').filter((l) => l.trim() !== '').slice(0, 50);
  const timed = lines.filter((l) => TIMED_LINE.test(l)).length;
  if (timed === 0) return 0;
  const share = (timed + lines.filter((l) => ID_TAG_LINE.test(l)).length) / lines.length;
  return share >= 0.8 ? 0.8 : share >= 0.5 ? 0.6 : 0.3;
}

export const lrc: CaptionFormat = {
  id: 'lrc',
  extensions: ['lrc'],
  sniff: sniffLrc,
  read: readLrc,
  write: writeLrc,
};
