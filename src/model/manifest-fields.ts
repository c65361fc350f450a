import { z } from 'zod';
import { stripInvisibleCharacters } from './invisible-characters';
import { didYouMean } from './manifest-suggest';
import { isValidDate, isValidTimeZone, lacksOffset, parseOffsetDateTime, parseRecordingStart, parseRecordingTime, parseSessionTime } from './manifest-times';

/**
 * The field types of an event manifest. Each carries its own message, written for the person
 * editing the file: what the value is, and what the field takes.
 */

/**
 * Ids become folder names and S3 key segments (events/<id>/...), so they are restricted to
 * lowercase letters and digits joined by single '-': never '/', '..', ':' or an empty segment.
 */
export const MANIFEST_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A string field whose extra check, when it fails, returns the message (else undefined). */
function checkedText(check: (value: string) => string | undefined) {
  return z.string().superRefine((value, ctx) => {
    const message = check(value);
    if (message !== undefined) ctx.addIssue({ code: 'custom', message });
  });
}

/**
 * Longest id, in characters. An id is one segment of a key, and "<id>.json" or a job id
 * "<eventId>.<runId>.<stepId>" must stay below a file system's 255-byte name limit (ENAMETOOLONG).
 */
export const MAX_ID_LENGTH = 100;

export const ManifestId = checkedText((v) => {
  // Checked first: quoting a 100,000-character id back would bury the message.
  if (v.length > MAX_ID_LENGTH) return `an id of ${v.length} characters is too long (at most ${MAX_ID_LENGTH})`;
  return MANIFEST_ID_PATTERN.test(v) ? undefined : `"${v}" is not a valid id (lowercase letters and digits, words joined by single '-', e.g. "session-1")`;
});

export const NonEmptyText = checkedText((v) => (v.trim() === '' ? 'must not be empty' : undefined));

/**
 * A name or title shown to readers: invisible characters that could disguise it (bidi overrides,
 * zero-width characters) are removed first, so a name made only of them is empty.
 */
export const DisplayText = z
  .string()
  .overwrite(stripInvisibleCharacters)
  .superRefine((value, ctx) => {
    if (value.trim() === '') ctx.addIssue({ code: 'custom', message: 'must not be empty (invisible characters do not count)' });
  });

/** BCP 47-ish: a 2-3 letter language, then subtags of 1-8 letters or digits ("en", "pt-BR", "zh-Hant-TW"). */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
export const LanguageTag = checkedText((v) => (LANGUAGE_TAG.test(v) ? undefined : `"${v}" is not a BCP 47 language tag (e.g. "en", "pt-BR")`));

/** Zone names for suggestions; Intl's list holds the canonical IANA names. */
const KNOWN_ZONES = Intl.supportedValuesOf('timeZone');

export const TimeZoneName = checkedText((v) =>
  isValidTimeZone(v) ? undefined : `"${v}" is not an IANA time zone${didYouMean(v, KNOWN_ZONES)}`,
);

export const CalendarDate = checkedText((v) => (isValidDate(v) ? undefined : `"${v}" is not a date (YYYY-MM-DD)`));

export const SESSION_TIME_FORMS = 'HH:MM, HH:MM:SS or ISO-8601 with offset';

function noOffsetMessage(v: string): string {
  return `"${v}" has no UTC offset (write it with one, e.g. "${v}+02:00", or as a local HH:MM with the event's date and timezone)`;
}

/** Session `start`/`end`: local HH:MM or HH:MM:SS on the event's date, or ISO-8601 with offset. */
export const SessionTime = checkedText((v) => {
  if (parseSessionTime(v)) return undefined;
  return lacksOffset(v) ? noOffsetMessage(v) : `"${v}" is not a time (${SESSION_TIME_FORMS})`;
});

/** Recording `startsAt`: ISO-8601 with offset, or a local YYYY-MM-DDTHH:MM[:SS] in the event's timezone. */
export const RecordingStart = checkedText((v) =>
  parseRecordingStart(v) ? undefined : `"${v}" is not a date-time (ISO-8601 with offset, or YYYY-MM-DDTHH:MM[:SS] in the event's timezone)`,
);

export const RECORDING_TIME_FORMS = 'HH:MM:SS, H:MM:SS or MM:SS, optionally with a fraction such as .500';

/** A time within a recording (a session's `pin`), not a wall-clock time. */
export const RecordingTime = checkedText((v) =>
  parseRecordingTime(v) === undefined ? `"${v}" is not a time in the recording (${RECORDING_TIME_FORMS}, e.g. "00:16:00")` : undefined,
);

/** A resolved time: ISO-8601 with offset only. */
export const OffsetDateTimeText = checkedText((v) => (parseOffsetDateTime(v) ? undefined : `"${v}" is not an ISO-8601 date-time with offset`));

export const HttpUrl = checkedText((v) => {
  let protocol: string | undefined;
  try {
    protocol = new URL(v).protocol;
  } catch {
    protocol = undefined;
  }
  return protocol === 'http:' || protocol === 'https:' ? undefined : `"${v}" is not an http(s) URL`;
});

export const PERSON_ROLES = ['moderator', 'speaker', 'panelist', 'host', 'other'] as const;
export const PersonRole = checkedText((v) =>
  (PERSON_ROLES as readonly string[]).includes(v) ? undefined : `"${v}" is not a role (${PERSON_ROLES.join(', ')})`,
).transform((v) => v as (typeof PERSON_ROLES)[number]);
