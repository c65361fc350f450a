import { speakerStretches } from '../model/speaker-stretches';
import type { Track } from '../model/track';

/** One speaker's uninterrupted stretch of speech. Times in ms, [startMs, endMs). */
export interface SpeakerTurn {
  /** named speaker, or null when the captions only mark that someone new speaks */
  speaker: string | null;
  startMs: number;
  endMs: number;
  text: string;
  /** ids of the cues the turn draws on */
  cueIds: string[];
}

/** Groups a track's cues into speaker turns: a new turn at every turn start or change of name. */
export function speakerTurns(track: Pick<Track, 'cues'>): SpeakerTurn[] {
  const turns: SpeakerTurn[] = [];
  let current: SpeakerTurn | null = null;
  for (const cue of track.cues) {
    for (const s of speakerStretches(cue)) {
      if (!s.text) continue;
      if (!current || s.turnStart || s.speaker !== current.speaker) {
        current = { speaker: s.speaker, startMs: s.startMs, endMs: s.endMs, text: s.text.replace(/\n/g, ' '), cueIds: [cue.id] };
        turns.push(current);
      } else {
        current.text += ` ${s.text.replace(/\n/g, ' ')}`;
        current.endMs = Math.max(current.endMs, s.endMs);
        if (current.cueIds[current.cueIds.length - 1] !== cue.id) current.cueIds.push(cue.id);
      }
    }
  }
  return turns;
}
