import type { CaptionFormat } from '../types';
import { readTrackJson } from './read';
import { writeTrackJson } from './write';

export const json: CaptionFormat = {
  id: 'json',
  extensions: ['json'],
  sniff: (text) => {
    const head = text.slice(0, 2048);
    if (/^\s*\{/.test(head) && /"cues"\s*:/.test(text) && /"generator"\s*:/.test(text)) return 0.95;
    return /^\s*\[/.test(head) && /"type"\s*:\s*"caption"/.test(head) ? 0.9 : 0;
  },
  read: readTrackJson,
  write: (track) => writeTrackJson(track),
};
