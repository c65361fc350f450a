import type { ResolvedSession } from '../../model/manifest-resolved';
import { el, fragment, type Html } from './builder';
import type { SessionRow } from './session-rows';
import { clock, isoDuration } from '../../model/timecode';
import { longDate, wallClock } from './time-text';

function wallTime(iso: string): Html {
  const parts = wallClock(iso);
  return el('time', { datetime: iso }, parts ? parts.time : iso);
}

/** The day and zone of a session's first time, "23 April 2021 (UTC+02:00)"; undefined without a time of that form. */
export function scheduledDay(session: ResolvedSession): string | undefined {
  const first = wallClock(session.start ?? session.end ?? '');
  return first ? `${longDate(first.date)} (UTC${first.offset})` : undefined;
}

/**
 * "13:30 to 13:40, 23 April 2021 (UTC+02:00)", each time a `<time datetime>`; "not scheduled"
 * without times. `withDay: false` leaves the day out, for a list that says it once for all.
 */
export function scheduledText(session: ResolvedSession, options: { withDay?: boolean } = {}): Html {
  const { start, end } = session;
  if (start === undefined && end === undefined) return fragment('not scheduled');
  const shownDay = options.withDay === false ? undefined : scheduledDay(session);
  const day = shownDay !== undefined ? `, ${shownDay}` : '';
  if (start !== undefined && end !== undefined) return fragment(wallTime(start), ' to ', wallTime(end), day);
  return start !== undefined ? fragment('from ', wallTime(start), day) : fragment('until ', wallTime(end!), day);
}

/** A recording time as `<time datetime="PT..">hh:mm:ss</time>`. */
export function recordingTime(ms: number): Html {
  return el('time', { datetime: isoDuration(ms) }, clock(ms));
}

/**
 * "00:04:01 to 00:16:00 of recording main"; "not found in the recording" for a missing session.
 * An event of one recording does not name it: its id is the manifest's, not words for readers.
 */
export function alignedText(row: SessionRow, recordings: number): Html {
  if (!row.aligned) return fragment(row.status === 'missing' ? 'not found in the recording' : 'not aligned');
  const which = row.recording !== undefined && recordings > 1 ? ` of recording ${row.recording}` : '';
  return fragment(recordingTime(row.aligned.startMs), ' to ', recordingTime(row.aligned.endMs), which);
}
