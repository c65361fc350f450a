import type { Track } from '../../model/track';
import { escapeMinimal } from '../../text/markup';
import { formatTimecode } from '../../model/timecode';
import { labelledCueTexts } from '../labelled-text';
import type { WriteOptions } from '../types';
import { isRightToLeftTrack, rightToLeftLines } from '../right-to-left';

/** Writes SubRip, numbered from 1, with the speaker named at each change; right-to-left lines marked as such (right-to-left.ts). */
export function writeSrt(track: Track, options: WriteOptions = {}): string {
  const eol = options.eol ?? '\n';
  const texts = labelledCueTexts(track, escapeMinimal, { labelsInText: options.labelsInText });
  const body = isRightToLeftTrack(track) ? texts.map(rightToLeftLines) : texts;
  const blocks = track.cues.map(
    (cue, i) => `${i + 1}\n${formatTimecode(cue.startMs, ',')} --> ${formatTimecode(cue.endMs, ',')}\n${body[i]!}`,
  );
  return `${blocks.join('\n\n')}\n`.replace(/\n/g, eol);
}
