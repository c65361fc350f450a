import type { CaptionFormat } from '../types';
import { hasWebVttSignature } from './read-file';
import { readWebVtt } from './read';
import { looksLikeUnsignedWebVtt } from './segments';
import { writeWebVtt } from './write';

export const webvtt: CaptionFormat = {
  id: 'webvtt',
  extensions: ['vtt', 'webvtt'],
  sniff: sniffWebVtt,
  read: readWebVtt,
  write: writeWebVtt,
};

/**
 * A near-miss signature ("webvtt", "WEBVTTX") still routes here, so the reader can say what is
 * wrong. So do cues that lost the "WEBVTT" line: HLS segments saved one after another (above
 * every other format: nothing else has segment headers) and cues with WebVTT-only markup or
 * Teams identifiers (above SRT's 0.5 for unnumbered cues, below its 0.9 for numbered ones).
 */
function sniffWebVtt(text: string): number {
  if (hasWebVttSignature(text)) return 1;
  if (/^\s*webvtt/i.test(text)) return 0.6;
  const unsigned = looksLikeUnsignedWebVtt(text);
  return unsigned === 'segments' ? 0.95 : unsigned === 'cues' ? 0.7 : 0;
}
