import type { AgendaRecording, AgendaSession } from '../model/agenda';
import type { Alignment } from '../model/alignment';
import type { Track } from '../model/track';

/** Version of the aligner; recorded in alignment.json and bumped when results change. */
export const ALIGN_GENERATOR = 'align@1';

export interface AlignInput {
  eventId: string;
  /** the agenda, in order */
  sessions: AgendaSession[];
  recordings: Array<AgendaRecording & { track: Track }>;
}

/**
 * Places every agenda session in the recordings. First version: each recording's sessions share
 * its captioned span equally (the "uniform" baseline); the evidence-based aligner replaces it.
 */
export function alignEvent(input: AlignInput): Alignment {
  const placed = new Map<string, Alignment['sessions'][number]>();
  const recordings: Alignment['recordings'] = [];
  for (const rec of input.recordings) {
    recordings.push({ id: rec.id, offsetMs: 0, offsetSource: rec.startsAtEpochMs !== undefined ? 'given' : 'unknown', startsAt: rec.startsAtEpochMs !== undefined ? new Date(rec.startsAtEpochMs).toISOString() : null });
    const ids = rec.sessionIds.filter((id) => !placed.has(id));
    const cues = rec.track.cues;
    if (ids.length === 0 || cues.length === 0) continue;
    const a = Math.min(...cues.map((c) => c.startMs));
    const z = Math.max(...cues.map((c) => c.endMs));
    ids.forEach((id, i) => {
      const startMs = Math.round(a + (i * (z - a)) / ids.length);
      const endMs = Math.round(a + ((i + 1) * (z - a)) / ids.length);
      const iso = (ms: number) => (rec.startsAtEpochMs !== undefined ? new Date(rec.startsAtEpochMs + ms).toISOString() : null);
      placed.set(id, { id, status: 'aligned', recording: rec.id, startMs, endMs, startsAt: iso(startMs), endsAt: iso(endMs), confidence: 0, evidence: ['equal share of the recording (no other evidence used)'] });
    });
  }
  return {
    generator: ALIGN_GENERATOR,
    eventId: input.eventId,
    recordings,
    sessions: input.sessions.map(
      (s) => placed.get(s.id) ?? { id: s.id, status: 'missing', recording: null, startMs: null, endMs: null, startsAt: null, endsAt: null, confidence: 0, evidence: ['not in any recording'] },
    ),
  };
}
