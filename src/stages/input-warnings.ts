import { checkRecordingSpan } from '../align/recording-span-check';
import type { AgendaRecording, AgendaSession } from '../model/agenda';
import type { Alignment } from '../model/alignment';
import { CaptionInputError } from '../model/errors';
import { describeInputWarning, PLAUSIBILITY_GENERATOR, type InputWarning, type InputWarningsFile } from '../model/input-warning';
import type { ResolvedManifest } from '../model/manifest-resolved';
import type { Track } from '../model/track';
import { checkTrackPlausibility } from '../text/plausibility';

export interface WarningsInput {
  manifest: ResolvedManifest;
  agenda: { sessions: AgendaSession[]; recordings: AgendaRecording[] };
  /** each recording's track, by recording id */
  tracks: ReadonlyMap<string, Track>;
  alignment: Alignment;
}

/** Every recording's warnings (its track on its own, then against the agenda), each recording listed. */
export function eventInputWarnings(input: WarningsInput): InputWarningsFile {
  const recordings: Record<string, InputWarning[]> = {};
  for (const recording of input.agenda.recordings) {
    const track = input.tracks.get(recording.id);
    const listed = input.manifest.recordings.find((r) => r.id === recording.id);
    if (!track || !listed) continue;
    const file = listed.captions;
    recordings[recording.id] = [
      ...checkTrackPlausibility(track, file),
      ...checkRecordingSpan({ recording, file, track, sessions: input.agenda.sessions, recordingCount: input.agenda.recordings.length, alignment: input.alignment, listsSessions: listed.sessions !== undefined }),
    ];
  }
  return { generator: PLAUSIBILITY_GENERATOR, recordings };
}

export function allInputWarnings(file: InputWarningsFile): InputWarning[] {
  return Object.values(file.recordings).flat();
}

/**
 * `--strict`: implausible input is refused like unusable input (exit 1), naming the first
 * warning's file, line and problem, and how many more there are.
 */
export function refuseImplausibleInput(file: InputWarningsFile): void {
  const warnings = allInputWarnings(file);
  const first = warnings[0];
  if (!first) return;
  const more = warnings.length > 1 ? `; ${warnings.length - 1} more warning${warnings.length === 2 ? '' : 's'}: ${warnings.slice(1).map(describeInputWarning).join('; ')}` : '';
  throw new CaptionInputError(first.file, `${first.message} [${first.code}] (--strict refuses implausible input${more})`, first.line);
}
