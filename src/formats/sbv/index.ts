import type { CaptionFormat } from '../types';
import { readSbv } from './read';
import { writeSbv } from './write';

const SBV_TIMING = /^\d+:\d{1,2}:\d{1,2}\.\d{1,3}\s*,\s*\d+:\d{1,2}:\d{1,2}\.\d{1,3}\s*$/m;

export const sbv: CaptionFormat = {
  id: 'sbv',
  extensions: ['sbv', 'sub'],
  sniff: (text) => (SBV_TIMING.test(text.slice(0, 4096)) ? 0.85 : 0),
  read: readSbv,
  write: writeSbv,
};
