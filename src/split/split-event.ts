import type { Alignment } from '../model/alignment';
import type { AgendaRecording, AgendaSession, Person } from '../model/agenda';
import type { Segment, Transcript } from '../model/transcript';
import type { Track } from '../model/track';
import { isPunctuated } from '../text/sentence-ends';
import { pauseThresholdMs } from './sentences';
import { splitSession } from './split-session';
import { buildVocabulary, manifestProse } from './vocabulary';
import { pushAll } from '../model/arrays';
import { languageOf } from '../text/language/registry';

export interface EventInput {
  eventId: string;
  eventTitle: string;
  sessions: readonly AgendaSession[];
  recordings: readonly AgendaRecording[];
  /** each recording's track, by recording id */
  tracks: ReadonlyMap<string, Pick<Track, 'cues'>>;
  alignment: Alignment;
  /** the event's language (BCP 47), for a recording that has none of its own */
  language: string;
}

/** Every person of the event once, in agenda order (the first role and affiliation given). */
export function eventPeople(sessions: readonly AgendaSession[]): Person[] {
  const byName = new Map<string, Person>();
  for (const s of sessions) for (const p of s.people) if (!byName.has(p.name)) byName.set(p.name, p);
  return [...byName.values()];
}

/**
 * The transcripts of an event's aligned sessions (missing sessions get none) and its search
 * segments, in agenda order. Sentence options and proper nouns are worked out per recording.
 */
export function splitEvent(input: EventInput): { transcripts: Transcript[]; segments: Segment[] } {
  const people = eventPeople(input.sessions);
  const prose = manifestProse(input.eventTitle, input.sessions);
  const perRecording = new Map(
    [...input.tracks].map(([id, track]) => {
      const texts = track.cues.map((c) => c.text);
      const lang = languageOf(input.recordings.find((r) => r.id === id)?.language ?? input.language);
      const vocabulary = buildVocabulary({ people, prose, captions: texts, lang });
      return [id, { vocabulary, sentences: { pauseMs: pauseThresholdMs(track.cues), punctuated: isPunctuated(texts, lang), lang } }];
    }),
  );
  const transcripts: Transcript[] = [];
  const segments: Segment[] = [];
  for (const session of input.sessions) {
    const placed = input.alignment.sessions.find((s) => s.id === session.id);
    if (!placed || placed.status !== 'aligned' || placed.recording === null || placed.startMs === null || placed.endMs === null) continue;
    const track = input.tracks.get(placed.recording);
    const context = perRecording.get(placed.recording);
    const recording = input.recordings.find((r) => r.id === placed.recording);
    if (!track || !context || !recording) continue;
    const out = splitSession({
      eventId: input.eventId,
      session,
      recording: { id: recording.id, ...(recording.url ? { url: recording.url } : {}) },
      startMs: placed.startMs,
      endMs: placed.endMs,
      cues: track.cues,
      eventPeople: people,
      ...context,
    });
    transcripts.push(out.transcript);
    pushAll(segments, out.segments);
  }
  return { transcripts, segments };
}
