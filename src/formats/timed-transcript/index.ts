import type { CaptionFormat } from '../types';
import { readTimedTranscript } from './read';
import { sniffTimedTranscript } from './sniff';

/**
 * Timed transcripts exported by transcription services (Otter.ai, Rev, Descript, Sonix, Zoom's
 * saved transcript): a speaker and a start time per paragraph, read as a cue per paragraph.
 * recap does not write them: its own transcripts are written by the split stage.
 */
export const timedTranscript: CaptionFormat = {
  id: 'timed-transcript',
  extensions: ['txt'],
  sniff: sniffTimedTranscript,
  read: readTimedTranscript,
};
