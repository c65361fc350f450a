import type { Track } from '../../model/track';
import { escapeMinimal } from '../../text/markup';
import { isMostlyCapitals, readLabel } from '../../text/speaker-marks';
import { formatTimecode } from '../../model/timecode';
import type { WriteOptions } from '../types';

/**
 * A speaker label as SRT carries it: "Name: " where a reader will take it back as a label,
 * otherwise the CART form ">> Name: "; an unnamed new speaker is ">> ".
 */
function labelled(raw: string, speaker: string | null, newTurn: boolean, capitals: boolean): string {
  const text = escapeMinimal(raw);
  if (!newTurn) return text;
  if (!speaker) return `>> ${text}`;
  const plain = `${speaker}: ${text}`.trimEnd();
  // In all-capitals captions a bare "NAME:" is ambiguous to readers (recap's included), so the
  // CART form is used there.
  return !capitals && readLabel(plain, 'line-start')?.name === speaker ? plain : `>> ${plain}`;
}

/** The cue bodies, each speaker change labelled (CART form throughout when `capitals`). */
function bodies(track: Track, capitals: boolean): string[] {
  let previous: string | null = null;
  return track.cues.map((cue) => {
    const parts = cue.parts && cue.parts.length > 1 ? cue.parts : [{ text: cue.text, speaker: cue.speaker, turnStart: cue.turnStart ?? false }];
    return parts
      .map((p) => {
        const line = labelled(p.text, p.speaker, p.turnStart || p.speaker !== previous, capitals);
        previous = p.speaker;
        return line;
      })
      .join('\n');
  });
}

/** Writes SubRip, numbered from 1, with the speaker named at each change. */
export function writeSrt(track: Track, options: WriteOptions = {}): string {
  const eol = options.eol ?? '\n';
  // A reader judges capitals on the text as written, labels included, so the writer does too.
  const plain = bodies(track, false);
  const body = isMostlyCapitals(plain.join(' ')) ? bodies(track, true) : plain;
  const blocks = track.cues.map(
    (cue, i) => `${i + 1}\n${formatTimecode(cue.startMs, ',')} --> ${formatTimecode(cue.endMs, ',')}\n${body[i]!}`,
  );
  return `${blocks.join('\n\n')}\n`.replace(/\n/g, eol);
}
