import { DateTime, IANAZone, type Zone } from 'luxon';
import { parseClockMs } from './timecode';

/**
 * The time forms an event manifest accepts, and their resolution to instants in the event's
 * time zone. All calendar arithmetic goes through luxon's zone data; nothing adds hours by hand.
 */

/** A wall-clock time of day on the event's `date`, in the event's `timezone`. */
export interface LocalTime {
  kind: 'local-time';
  hour: number;
  minute: number;
  second: number;
}

/** A wall-clock date and time in the event's `timezone` (recording `startsAt` only). */
export interface LocalDateTime {
  kind: 'local-date-time';
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** A full ISO-8601 date-time with its UTC offset: an instant on its own. */
export interface OffsetDateTime {
  kind: 'offset-date-time';
  dateTime: DateTime;
}

export type TimeSpec = LocalTime | LocalDateTime | OffsetDateTime;

const LOCAL_TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
/** date-time with fraction of seconds allowed, and an offset: Z, +HH, +HHMM or +HH:MM */
const OFFSET_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)$/;
/** the same without the offset: a common slip worth its own message */
const DATE_TIME_WITHOUT_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?$/;

function clockIsValid(hour: number, minute: number, second: number): boolean {
  return hour <= 23 && minute <= 59 && second <= 59;
}

export function parseLocalTime(text: string): LocalTime | undefined {
  const m = LOCAL_TIME.exec(text);
  if (!m) return undefined;
  const [hour, minute, second] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  return clockIsValid(hour, minute, second) ? { kind: 'local-time', hour, minute, second } : undefined;
}

export function parseLocalDateTime(text: string): LocalDateTime | undefined {
  const m = LOCAL_DATE_TIME.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number];
  if (!clockIsValid(hour, minute, second)) return undefined;
  if (!DateTime.fromObject({ year, month, day }, { zone: 'utc' }).isValid) return undefined;
  return { kind: 'local-date-time', year, month, day, hour, minute, second };
}

export function parseOffsetDateTime(text: string): OffsetDateTime | undefined {
  if (!OFFSET_DATE_TIME.test(text)) return undefined;
  const dateTime = DateTime.fromISO(text, { setZone: true });
  return dateTime.isValid ? { kind: 'offset-date-time', dateTime } : undefined;
}

export function lacksOffset(text: string): boolean {
  return DATE_TIME_WITHOUT_OFFSET.test(text);
}

/** A session's `start`/`end`: local HH:MM[:SS] or ISO-8601 with offset. */
export function parseSessionTime(text: string): LocalTime | OffsetDateTime | undefined {
  return parseLocalTime(text) ?? parseOffsetDateTime(text);
}

/** A recording's `startsAt`: ISO-8601 with offset, or (extension) a local date-time in the event's zone. */
export function parseRecordingStart(text: string): LocalDateTime | OffsetDateTime | undefined {
  return parseOffsetDateTime(text) ?? parseLocalDateTime(text);
}

/**
 * A time within a recording as an organiser reads it off the player (a session's `pin`):
 * "HH:MM:SS", "H:MM:SS" or "MM:SS", each with an optional ".m" to ".mmm" fraction. A colon is
 * required: a bare "960" could as well be minutes. Returns ms from the recording's 00:00:00.
 */
const RECORDING_TIME = /^(?:\d{1,2}:\d{2}|\d{1,2}):\d{2}(?:\.\d{1,3})?$/;

export function parseRecordingTime(text: string): number | undefined {
  if (!RECORDING_TIME.test(text)) return undefined;
  const ms = parseClockMs(text);
  // parseClockMs checks seconds and, after hours, minutes; minutes must stay below 60 in "MM:SS" too.
  const minutes = Number(/(\d+):\d{2}(?:\.\d+)?$/.exec(text)?.[1]);
  return ms === null || minutes > 59 ? undefined : ms;
}

export function isValidDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && DateTime.fromISO(text, { zone: 'utc' }).isValid;
}

export function isValidTimeZone(name: string): boolean {
  return IANAZone.isValidZone(name);
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/**
 * The instant (epoch ms) of a wall-clock reading in an IANA zone, the same on every machine and
 * in every season. luxon's own `fromObject` guesses the offset from the current date, so an
 * ambiguous reading would resolve differently in summer and winter; this fixes the choice
 * (Temporal's "compatible" disambiguation, also RFC 5545's):
 * - in a gap (spring forward: Europe/Zurich 2021-03-28 02:30 does not exist) the reading moves
 *   forward by the gap's length, luxon's rule: 03:30+02:00;
 * - in an overlap (fall back: Europe/Zurich 2021-10-31 02:30 happens twice) the EARLIER instant
 *   is taken, 02:30+02:00 (summer time): a schedule is written as the clock first shows it.
 */
export function wallClockToEpochMs(fields: Omit<LocalDateTime, 'kind'>, zoneName: string): number {
  const zone = IANAZone.create(zoneName);
  const asIfUtc = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second);
  // Offsets (minutes) in force a day either side: transitions are never closer than that.
  const before = zone.offset(asIfUtc - DAY_MS);
  const after = zone.offset(asIfUtc + DAY_MS);
  const matching = [before, after]
    .map((offset) => asIfUtc - offset * MINUTE_MS)
    .filter((epochMs, i, all) => all.indexOf(epochMs) === i && zone.offset(epochMs) * MINUTE_MS === asIfUtc - epochMs);
  if (matching.length > 0) return Math.min(...matching);
  // In a gap: read the clock with the offset from before the gap, which lands after it.
  return asIfUtc - before * MINUTE_MS;
}

/**
 * ISO-8601 with offset, seconds always written, milliseconds only when not zero. `zone` is an
 * IANA name or a luxon zone (a fixed offset kept from the manifest when it has no timezone).
 */
export function formatInstant(epochMs: number, zone: string | Zone): string {
  const text = DateTime.fromMillis(epochMs, { zone }).toISO({ suppressMilliseconds: true });
  if (text === null) throw new Error(`cannot format ${epochMs} in ${String(zone)}`);
  return text;
}
