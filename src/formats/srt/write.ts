import type { Track } from '../../model/track';
import { escapeMinimal } from '../../text/markup';
import { formatTimecode } from '../../model/timecode';
import { labelledCueTexts } from '../labelled-text';
import type { WriteOptions } from '../types';

/** Writes SubRip, numbered from 1, with the speaker named at each change. */
export function writeSrt(track: Track, options: WriteOptions = {}): string {
  const eol = options.eol ?? '\n';
  const body = labelledCueTexts(track, escapeMinimal, { labelsInText: options.labelsInText });
  const blocks = track.cues.map(
    (cue, i) => `${i + 1}\n${formatTimecode(cue.startMs, ',')} --> ${formatTimecode(cue.endMs, ',')}\n${body[i]!}`,
  );
  return `${blocks.join('\n\n')}\n`.replace(/\n/g, eol);
}
