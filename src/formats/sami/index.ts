import type { CaptionFormat } from '../types';
import { readSami } from './read';
import { writeSami } from './write';

export const sami: CaptionFormat = {
  id: 'sami',
  extensions: ['smi', 'sami'],
  // `<SAMI>` is unmistakable; SYNC tags alone (a fragment without the envelope) are likely SAMI.
  sniff: (text) => {
    const head = text.slice(0, 8192);
    if (/<sami\b/i.test(head)) return 0.95;
    return /<sync\s[^>]*\bstart\s*=/i.test(head) ? 0.6 : 0;
  },
  read: readSami,
  write: writeSami,
};
