import type { CaptionFormat } from '../types';
import { readTrackJson } from './read';
import { writeTrackJson } from './write';

export const json: CaptionFormat = {
  id: 'json',
  extensions: ['json'],
  sniff: (text) => (/^\s*\{/.test(text) && /"cues"\s*:/.test(text) && /"generator"\s*:/.test(text) ? 0.95 : 0),
  read: readTrackJson,
  write: (track) => writeTrackJson(track),
};
