import type { CaptionFormat } from '../types';
import { readScc, SCC_HEADER } from './read';

export const scc: CaptionFormat = {
  id: 'scc',
  extensions: ['scc'],
  // The header is the format's only signature; without it hex lines could be anything.
  sniff: (text) => (text.startsWith(SCC_HEADER) ? 1 : 0),
  read: readScc,
};
