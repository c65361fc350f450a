import { sniffScript } from '../ass/sniff';
import type { CaptionFormat } from '../types';
import { readSsa } from './read';
import { writeSsa } from './write';

export const ssa: CaptionFormat = {
  id: 'ssa',
  extensions: ['ssa'],
  sniff: (text) => sniffScript(text, 'ssa'),
  read: readSsa,
  write: writeSsa,
};
