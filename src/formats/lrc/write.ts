import type { Track } from '../../model/track';
import { labelledCueTexts } from '../labelled-text';
import { buildWithSubsrt, endsBeforeNext, type WrittenCaption } from '../subsrt';
import type { WriteOptions } from '../types';

/**
 * Writes LRC: a "[mm:ss.xx]" line per cue (centiseconds, cut down), its lines joined by a space
 * (an LRC line has no line break; subsrt-ts would leave the second line without a time, and
 * readers drop it). LRC gives only start times: a cue followed by a gap is ended by a time
 * tag with no text, and one that overlaps the next ends where the next starts.
 */
export function writeLrc(track: Track, options: WriteOptions = {}): string {
  const texts = labelledCueTexts(track, undefined, { labelsInText: options.labelsInText });
  const captions: WrittenCaption[] = [];
  endsBeforeNext(track.cues).forEach(({ cue, endMs }, i) => {
    captions.push({ startMs: cue.startMs, endMs, text: texts[i]!.replace(/\n/g, ' ') });
    const next = track.cues[i + 1];
    if (!next || next.startMs > endMs) captions.push({ startMs: endMs, endMs, text: '' });
  });
  // subsrt-ts opens the lyrics with an empty line.
  const lrc = buildWithSubsrt('lrc', captions).replace(/^\n/, '');
  return options.eol ? lrc.replace(/\n/g, options.eol) : lrc;
}
