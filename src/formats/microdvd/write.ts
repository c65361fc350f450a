import type { Track } from '../../model/track';
import { escapeMinimal } from '../../text/markup';
import { labelledCueTexts } from '../labelled-text';
import { buildWithSubsrt } from '../subsrt';
import type { WriteOptions } from '../types';
import { DEFAULT_FPS } from './frame-rate';

/**
 * Writes MicroDVD (.sub) at 25 fps, stated on its first line (`{1}{1}25`) so readers need not
 * guess. Frames are computed here: subsrt-ts multiplies milliseconds by the rate (frames 1000
 * times too large) and turns only the first line break into "|".
 */
export function writeMicroDvd(track: Track, options: WriteOptions = {}): string {
  const toFrame = (ms: number) => Math.round((ms * DEFAULT_FPS) / 1000);
  const texts = labelledCueTexts(track, escapeMinimal, { labelsInText: options.labelsInText });
  const captions = track.cues.map((cue, i) => ({
    startMs: cue.startMs,
    endMs: cue.endMs,
    text: texts[i]!.replace(/\n/g, '|'),
    frames: { start: toFrame(cue.startMs), end: toFrame(cue.endMs) },
  }));
  const sub = `{1}{1}${DEFAULT_FPS}\n${buildWithSubsrt('sub', captions)}`;
  return options.eol ? sub.replace(/\n/g, options.eol) : sub;
}
