import type { InputWarning } from '../model/input-warning';
import type { Track } from '../model/track';
import { checkImplausibleTimes } from './implausible-times';
import { checkLeftoverMarkup } from './leftover-markup';
import { checkRepeatedText } from './repeated-text';
import { checkUnreadInput } from './unread-input';

/**
 * Every check of one track on its own (the check against the agenda is the align core's):
 * what the reader could not use, leftovers in the text, implausible times, repeated text. `file` names the caption file in
 * each warning. Pure and deterministic, so any stage can compute it from track.json.
 */
export function checkTrackPlausibility(track: Track, file: string): InputWarning[] {
  return [...checkUnreadInput(track, file), ...checkLeftoverMarkup(track.cues, file), ...checkImplausibleTimes(track.cues, file), ...checkRepeatedText(track.cues, file)];
}
