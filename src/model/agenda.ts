/**
 * The agenda as the aligner sees it: resolved from the event manifest, with every wall-clock
 * time turned into epoch milliseconds (UTC). No I/O here.
 */

export type PersonRole = 'moderator' | 'speaker' | 'panelist' | 'host' | 'other';

export interface Person {
  name: string;
  role?: PersonRole;
  affiliation?: string;
}

export interface AgendaSession {
  id: string;
  title: string;
  description?: string;
  people: Person[];
  /** scheduled start, epoch ms, when the agenda gives one */
  startEpochMs?: number;
  /** scheduled end, epoch ms, when the agenda gives one */
  endEpochMs?: number;
  /** the organiser's correction: the session starts exactly here, and in this recording */
  pin?: SessionPinMs;
}

/** A pinned start: ms from the recording's 00:00:00 (not wall-clock). */
export interface SessionPinMs {
  recordingId: string;
  atMs: number;
}

export interface AgendaRecording {
  id: string;
  /** wall-clock time of the recording's 00:00:00, epoch ms, when known */
  startsAtEpochMs?: number;
  /** ids of the sessions this recording may hold, in agenda order */
  sessionIds: string[];
  url?: string;
  /** BCP 47 language of its captions: the recording's own, else the event's */
  language: string;
}
