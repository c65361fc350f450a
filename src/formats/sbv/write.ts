import type { Track } from '../../model/track';
import { escapeMinimal } from '../../text/markup';
import { labelledCueTexts } from '../labelled-text';
import { buildWithSubsrt } from '../subsrt';
import type { WriteOptions } from '../types';

/** Writes SubViewer (.sbv, as YouTube takes it), with the speaker named at each change. */
export function writeSbv(track: Track, options: WriteOptions = {}): string {
  const texts = labelledCueTexts(track, escapeMinimal, { labelsInText: options.labelsInText });
  const sbv = buildWithSubsrt('sbv', track.cues.map((cue, i) => ({ startMs: cue.startMs, endMs: cue.endMs, text: texts[i]! })));
  return options.eol ? sbv.replace(/\n/g, options.eol) : sbv;
}
