import { speakerStretches } from '../model/speaker-stretches';
import type { Track } from '../model/track';
import { contentTerms } from '../text/terms';
import { pushAll } from '../model/arrays';

/**
 * The aligner's time units: consecutive stretches of captioned speech of about `unitMs` each.
 * Session boundaries are placed only at unit starts, which are cue (or cue part) starts.
 * Times in ms from the recording's 00:00:00.
 */
export interface Unit {
  startMs: number;
  endMs: number;
  /** stemmed content terms of the unit's text */
  terms: string[];
  /** the unit's text, lower case, for phrase matching */
  text: string;
  /** silence between the previous unit's last word and this unit's first, ms */
  gapBeforeMs: number;
  /** a new speaker turn begins with this unit's first stretch */
  turnStart: boolean;
  /** named speakers heard in the unit */
  speakers: string[];
  /** speaking time per named speaker in the unit, ms */
  speakerMs: Map<string, number>;
}

/** A unit length that keeps the unit count manageable: about 5 s for a meeting, 20 s for a day. */
export function unitLengthFor(spanMs: number): number {
  return Math.min(20_000, Math.max(5_000, Math.round(spanMs / 400)));
}

export function buildUnits(track: Pick<Track, 'cues'>, unitMs: number): Unit[] {
  const units: Unit[] = [];
  let current: Unit | null = null;
  let lastEnd = 0;
  const cues = [...track.cues].sort((a, b) => a.startMs - b.startMs);
  for (const cue of cues) {
    if (cue.nonSpeech) continue;
    for (const s of speakerStretches(cue)) {
      if (!s.text) continue;
      if (!current || s.startMs - current.startMs >= unitMs) {
        current = { startMs: s.startMs, endMs: s.endMs, terms: [], text: '', gapBeforeMs: Math.max(0, s.startMs - lastEnd), turnStart: s.turnStart, speakers: [], speakerMs: new Map() };
        units.push(current);
      }
      pushAll(current.terms, contentTerms(s.text));
      current.text += `${current.text ? ' ' : ''}${s.text.toLowerCase().replace(/\s+/g, ' ')}`;
      current.endMs = Math.max(current.endMs, s.endMs);
      if (s.speaker && !current.speakers.includes(s.speaker)) current.speakers.push(s.speaker);
      if (s.speaker) current.speakerMs.set(s.speaker, (current.speakerMs.get(s.speaker) ?? 0) + Math.max(0, s.endMs - s.startMs));
      lastEnd = Math.max(lastEnd, s.endMs);
    }
  }
  return units;
}
