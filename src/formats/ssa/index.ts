import { sniffScript } from '../ass/sniff';
import type { CaptionFormat } from '../types';
import { readSsa } from './read';

export const ssa: CaptionFormat = {
  id: 'ssa',
  extensions: ['ssa'],
  sniff: (text) => sniffScript(text, 'ssa'),
  read: readSsa,
};
