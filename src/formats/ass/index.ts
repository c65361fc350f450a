import type { CaptionFormat } from '../types';
import { readAss } from './read';
import { sniffScript } from './sniff';
import { writeAss } from './write';

export const ass: CaptionFormat = {
  id: 'ass',
  extensions: ['ass'],
  sniff: (text) => sniffScript(text, 'ass'),
  read: readAss,
  write: writeAss,
};
