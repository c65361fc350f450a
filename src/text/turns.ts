import type { Cue, Track } from '../model/track';

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

interface Stretch {
  text: string;
  speaker: string | null;
  turnStart: boolean;
  startMs: number;
  endMs: number;
  cue: Cue;
}

/** A cue's per-speaker stretches (one unless the speaker changes inside it). */
function stretches(cue: Cue): Stretch[] {
  if (!cue.parts || cue.parts.length < 2) {
    return [{ text: cue.text, speaker: cue.speaker, turnStart: cue.turnStart ?? false, startMs: cue.startMs, endMs: cue.endMs, cue }];
  }
  return cue.parts.map((p, i) => ({
    text: p.text,
    speaker: p.speaker,
    turnStart: p.turnStart,
    startMs: p.startMs,
    endMs: cue.parts![i + 1]?.startMs ?? cue.endMs,
    cue,
  }));
}

/** Groups a track's cues into speaker turns: a new turn at every turn start or change of name. */
export function speakerTurns(track: Pick<Track, 'cues'>): SpeakerTurn[] {
  const turns: SpeakerTurn[] = [];
  let current: SpeakerTurn | null = null;
  for (const cue of track.cues) {
    for (const s of stretches(cue)) {
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
