import { z } from 'zod';
import { stripInvisibleCharacters } from './invisible-characters';
import { DisplayText, HttpUrl, LanguageTag, ManifestId, NonEmptyText, PersonRole, RecordingStart, RecordingTime, SessionTime, TimeZoneName, CalendarDate } from './manifest-fields';

/**
 * The event manifest (event.yaml / event.json) exactly as CONTRACT.md defines it, as written by
 * its author: times are still text. Every object is strict, so a mistyped field is an error that
 * names it instead of being ignored. Cross-field rules (unique ids, known session references,
 * timezone and date where local times need them, end after start) are checked when the times
 * are resolved (manifest-resolve.ts).
 */

export const ManifestPerson = z.strictObject({
  name: DisplayText,
  role: PersonRole.optional(),
  affiliation: z.string().overwrite(stripInvisibleCharacters).optional(),
});
export type ManifestPerson = z.infer<typeof ManifestPerson>;

/**
 * An organiser's correction: the session starts at this time within a recording (not wall-clock).
 * The aligner honours it exactly (src/align/pins.ts). `recording` may be left out, and the time
 * written alone, when only one recording can hold the session.
 */
export const PinInRecording = z.strictObject({
  at: RecordingTime,
  recording: ManifestId,
});
export const SessionPin = z.union([RecordingTime, PinInRecording]);
export type SessionPin = z.infer<typeof SessionPin>;

export const ManifestSession = z.strictObject({
  id: ManifestId,
  title: DisplayText,
  /** local HH:MM[:SS] on the event's date, or ISO-8601 with offset */
  start: SessionTime.optional(),
  /** same forms as start; the session is the half-open span [start, end) */
  end: SessionTime.optional(),
  description: z.string().optional(),
  people: z.array(ManifestPerson).optional(),
  /** "HH:MM:SS" in the recording, or { at, recording } (manifest-pins.ts checks the recording and the order) */
  pin: SessionPin.optional(),
});
export type ManifestSession = z.infer<typeof ManifestSession>;

export const ManifestRecording = z.strictObject({
  id: ManifestId,
  /** caption file, relative to the manifest's folder (or an s3:// key in queue mode) */
  captions: NonEmptyText,
  /** wall-clock time of the recording's 00:00:00 */
  startsAt: RecordingStart.optional(),
  /** ids of the sessions it covers, in agenda order; all sessions when left out */
  sessions: z.array(ManifestId).min(1, { error: 'lists no session (leave the field out to cover every session)' }).optional(),
  /** where the recording can be watched; deep links to a moment are made from it (recording-link.ts) */
  url: HttpUrl.optional(),
  /** BCP 47 language of this recording's captions when it is not the event's (an interpreted channel, a session held in another language) */
  language: LanguageTag.optional(),
});
export type ManifestRecording = z.infer<typeof ManifestRecording>;

export const EventManifest = z.strictObject({
  id: ManifestId,
  title: DisplayText,
  language: LanguageTag.default('en'),
  /** IANA zone name; required when any time is a bare wall-clock time */
  timezone: TimeZoneName.optional(),
  /** YYYY-MM-DD; required when sessions use HH:MM times */
  date: CalendarDate.optional(),
  sessions: z.array(ManifestSession).min(1, { error: 'needs at least one session' }),
  recordings: z.array(ManifestRecording).min(1, { error: 'needs at least one recording' }),
});
export type EventManifest = z.infer<typeof EventManifest>;
