import type { Track } from '../../model/track';
import { labelledCueTexts } from '../labelled-text';
import { buildWithSubsrt } from '../subsrt';
import type { WriteOptions } from '../types';

/**
 * subsrt-ts fills every event's Name (speaker) column with " NTP", which readers take for a
 * speaker called NTP: the column is left empty, the speaker being named in the text.
 */
const FILLER_NAME = /^(Dialogue: [^,\n]*,[^,\n]*,[^,\n]*,[^,\n]*,) NTP,/gm;

/**
 * Writes an Advanced SubStation Alpha (v4+) or SubStation Alpha (v4) script, with the speaker
 * named in the text at each change. Times are in centiseconds (ASS has no finer unit), cut down.
 * ASS has no escape for "{" (it opens an override block): caption text seldom holds one.
 */
export function writeSubStation(format: 'ass' | 'ssa', track: Track, options: WriteOptions = {}): string {
  const texts = labelledCueTexts(track, undefined, { labelsInText: options.labelsInText });
  const script = buildWithSubsrt(format, track.cues.map((cue, i) => ({ startMs: cue.startMs, endMs: cue.endMs, text: texts[i]! }))).replace(FILLER_NAME, '$1,');
  return options.eol ? script.replace(/\n/g, options.eol) : script;
}

export const writeAss = (track: Track, options?: WriteOptions): string => writeSubStation('ass', track, options);
