import type { Track } from '../../model/track';
import { readLabel } from '../../text/speaker-marks';
import { formatTimecode } from '../timecode';
import type { WriteOptions } from '../types';

/**
 * A speaker label as SRT carries it: "Name: " where a reader will take it back as a label,
 * otherwise the CART form ">> Name: "; an unnamed new speaker is ">> ".
 */
function labelled(text: string, speaker: string | null, turnStart: boolean | undefined): string {
  if (!turnStart) return text;
  if (!speaker) return `>> ${text}`;
  const plain = `${speaker}: ${text}`;
  return readLabel(plain, 'line-start')?.name === speaker ? plain : `>> ${plain}`;
}

/** Writes SubRip, numbered from 1, with the speaker named at each change. */
export function writeSrt(track: Track, options: WriteOptions = {}): string {
  const eol = options.eol ?? '\n';
  const blocks = track.cues.map((cue, i) => {
    const body = cue.parts && cue.parts.length > 1
      ? cue.parts.map((p) => labelled(p.text, p.speaker, p.turnStart)).join('\n')
      : labelled(cue.text, cue.speaker, cue.turnStart);
    return `${i + 1}\n${formatTimecode(cue.startMs, ',')} --> ${formatTimecode(cue.endMs, ',')}\n${body}`;
  });
  return `${blocks.join('\n\n')}\n`.replace(/\n/g, eol);
}
