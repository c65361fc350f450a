import type { Cue } from './track';

/**
 * One speaker's stretch of one cue: the whole cue, or one of its parts when the speaker changes
 * inside it. Times are integer ms from the recording's 00:00:00, half-open [startMs, endMs).
 */
export interface SpeakerStretch {
  text: string;
  speaker: string | null;
  /** a new speaker turn begins here (named or not) */
  turnStart: boolean;
  startMs: number;
  endMs: number;
}

/**
 * A cue's stretches in order: one per part when the speaker changes inside the cue, else the cue
 * itself. A part ends where the next begins and the last where the cue ends. A cue that ends before
 * it starts (readers keep it with a warning) gives stretches of no length rather than negative ones.
 * This is the only place that reads `parts`: every stage sees a cue's speakers the same way.
 */
export function speakerStretches(cue: Pick<Cue, 'text' | 'speaker' | 'turnStart' | 'parts' | 'startMs' | 'endMs'>): SpeakerStretch[] {
  const endMs = Math.max(cue.startMs, cue.endMs);
  const parts = cue.parts;
  if (!parts || parts.length < 2) {
    return [{ text: cue.text, speaker: cue.speaker, turnStart: cue.turnStart ?? false, startMs: cue.startMs, endMs }];
  }
  return parts.map((p, i) => ({
    text: p.text,
    speaker: p.speaker,
    turnStart: p.turnStart,
    startMs: p.startMs,
    endMs: Math.max(p.startMs, parts[i + 1]?.startMs ?? endMs),
  }));
}

/**
 * Speech grouped into turns: a new turn at every turn start or change of named speaker, so an
 * unnamed ">>" hand-over and a new name both begin one. Empty stretches join no turn.
 */
export function groupTurns<T extends Pick<SpeakerStretch, 'text' | 'speaker' | 'turnStart'>>(stretches: Iterable<T>): T[][] {
  const turns: T[][] = [];
  let current: T[] | null = null;
  for (const s of stretches) {
    if (!s.text) continue;
    if (!current || s.turnStart || s.speaker !== current[0]!.speaker) {
      current = [];
      turns.push(current);
    }
    current.push(s);
  }
  return turns;
}

/**
 * Each cue's stretches, each marked where a writer names its speaker: a turn starts where the
 * captions mark one or the speaker differs from the stretch before (across cues too).
 */
export function stretchesByCue(cues: readonly Cue[]): Array<Array<SpeakerStretch & { newTurn: boolean }>> {
  let previous: string | null = null;
  return cues.map((cue) =>
    speakerStretches(cue).map((s) => {
      const newTurn = s.turnStart || s.speaker !== previous;
      previous = s.speaker;
      return { ...s, newTurn };
    }),
  );
}
