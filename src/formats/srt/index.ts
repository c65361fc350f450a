import type { CaptionFormat } from '../types';
import { readSrt } from './read';
import { writeSrt } from './write';

const NUMBERED_CUE = /^\s*\d+[ \t]*\n[ \t]*\d+:\d{1,2}:\d{1,2}(?:[.,]\d+)?[ \t]*-->/m;

export const srt: CaptionFormat = {
  id: 'srt',
  extensions: ['srt'],
  sniff: (text) => (NUMBERED_CUE.test(text.slice(0, 4096)) ? 0.9 : /\d:\d{2}[.,]\d+[ \t]*-->/.test(text.slice(0, 4096)) ? 0.5 : 0),
  read: readSrt,
  write: writeSrt,
};
