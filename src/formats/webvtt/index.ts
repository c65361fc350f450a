import type { CaptionFormat } from '../types';
import { hasWebVttSignature, readWebVtt } from './read';
import { writeWebVtt } from './write';

export const webvtt: CaptionFormat = {
  id: 'webvtt',
  extensions: ['vtt', 'webvtt'],
  // A near-miss signature ("webvtt", "WEBVTTX") still routes here, so the reader can say what is wrong.
  sniff: (text) => (hasWebVttSignature(text) ? 1 : /^\s*webvtt/i.test(text) ? 0.6 : 0),
  read: readWebVtt,
  write: writeWebVtt,
};
