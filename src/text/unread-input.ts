import type { InputWarning } from '../model/input-warning';
import { clock } from '../model/timecode';
import type { Track } from '../model/track';

/**
 * What a reader could not use, as the organiser must hear of it: the parts of the file it
 * reported as errors (a cue whose timing line is malformed is not read: its words are in no
 * transcript), and cues that end before they start (kept by the reader, but they last no time, so
 * no transcript or caption file shows them). `recap parse` lists the same; `recap process`
 * published without a word.
 */
export function checkUnreadInput(track: Pick<Track, 'cues' | 'diagnostics'>, file: string): InputWarning[] {
  const warnings: InputWarning[] = [];
  const errors = track.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    const first = errors[0]!;
    warnings.push({
      code: 'unread-input',
      file,
      ...(first.line > 0 ? { line: first.line } : {}),
      message: `${errors.length} ${errors.length === 1 ? 'part' : 'parts'} of the file could not be read as its format says, and ${errors.length === 1 ? 'is' : 'are'} left out or estimated (first, at line ${first.line}: ${first.message})`,
      value: errors.length,
    });
  }
  const reversed = track.cues.filter((c) => c.endMs < c.startMs);
  if (reversed.length > 0) {
    const first = reversed[0]!;
    warnings.push({
      code: 'cue-ends-before-start',
      file,
      ...(first.line !== undefined ? { line: first.line } : {}),
      message: `${reversed.length} ${reversed.length === 1 ? 'cue ends' : 'cues end'} before ${reversed.length === 1 ? 'it starts' : 'they start'}, so no transcript or caption shows ${reversed.length === 1 ? 'it' : 'them'} (first: ${clock(first.startMs)} --> ${clock(first.endMs)})`,
      value: reversed.length,
    });
  }
  return warnings;
}
