import type { Cue } from '../model/track';
import { speakerStretches } from '../model/speaker-stretches';

/**
 * A session's cues cut from its recording's track and re-timed so 0 is the session's start.
 * Input times are integer ms from the recording's 00:00:00; the session is [startMs, endMs).
 *
 * A cue that straddles a boundary is cut where its speaker changes (its parts) and each stretch
 * goes to the session it starts in: the rule the transcripts follow (src/split/pieces.ts), so a
 * session's captions hold exactly the words of its transcript, and no word lands in two sessions.
 * The first stretch opens a turn when it is named, so the session's captions name their first speaker.
 */
export function sessionCues(cues: readonly Cue[], startMs: number, endMs: number): Cue[] {
  const out: Cue[] = [];
  for (const cue of cues) {
    if (cue.endMs <= startMs || cue.startMs >= endMs) continue;
    for (const s of speakerStretches(cue)) {
      if (s.startMs < startMs || s.startMs >= endMs) continue;
      // A named first stretch opens a turn so the captions say who speaks; an unnamed one only
      // when the captions marked a change there: a ">>" before the first words tells nothing.
      const turnStart = s.turnStart || (out.length === 0 && s.speaker !== null);
      out.push({
        id: String(out.length + 1),
        startMs: s.startMs - startMs,
        endMs: s.endMs - startMs,
        text: s.text,
        speaker: s.speaker,
        ...(turnStart ? { turnStart: true } : {}),
      });
    }
  }
  return out;
}
