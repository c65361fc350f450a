import type { CaptionFormat } from '../types';
import { readAss } from './read';
import { sniffScript } from './sniff';

export const ass: CaptionFormat = {
  id: 'ass',
  extensions: ['ass'],
  sniff: (text) => sniffScript(text, 'ass'),
  read: readAss,
};
