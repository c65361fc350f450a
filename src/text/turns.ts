import { maxOf } from '../model/arrays';
import { groupTurns, speakerStretches } from '../model/speaker-stretches';
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
  const stretches = track.cues.flatMap((cue) => speakerStretches(cue).map((s) => ({ ...s, cueId: cue.id })));
  return groupTurns(stretches).map((turn) => {
    const cueIds: string[] = [];
    for (const s of turn) if (cueIds[cueIds.length - 1] !== s.cueId) cueIds.push(s.cueId);
    return {
      speaker: turn[0]!.speaker,
      startMs: turn[0]!.startMs,
      endMs: maxOf(turn.map((s) => s.endMs)),
      text: turn.map((s) => s.text.replace(/\n/g, ' ')).join(' '),
      cueIds,
    };
  });
}
