/**
 * Recording times as people and machines read them. Inside recap a time is an integer number of
 * ms from the recording's 00:00:00; these are the only places it becomes text, and where text a
 * person typed becomes one, so a transcript, a page, a search hit and a caption file all show the
 * same instant alike. (Caption files' own time syntax, "00:01:02,5" and the like, is read by
 * src/formats/timecode.ts through clockMs below.)
 */

/** A non-negative time split into its clock fields; fractional ms are rounded first. */
export interface ClockParts {
  hours: number;
  minutes: number;
  seconds: number;
  millis: number;
}

export function clockParts(ms: number): ClockParts {
  const total = Math.max(0, Math.round(ms));
  return {
    hours: Math.floor(total / 3_600_000),
    minutes: Math.floor(total / 60_000) % 60,
    seconds: Math.floor(total / 1000) % 60,
    millis: total % 1000,
  };
}

const two = (n: number): string => String(n).padStart(2, '0');

/** "hh:mm:ss" (hours grow past two digits when needed): whole seconds, rounded down as deep links are. */
export function clock(ms: number): string {
  const { hours, minutes, seconds } = clockParts(ms);
  return `${two(hours)}:${two(minutes)}:${two(seconds)}`;
}

/** "m:ss" under an hour, "h:mm:ss" from the hour on (as YouTube writes a time): whole seconds, rounded down. */
export function shortClock(ms: number): string {
  const { hours, minutes, seconds } = clockParts(Math.floor(Math.max(0, ms) / 1000) * 1000);
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${minutes}:${two(seconds)}`;
}

/** "hh:mm:ss.mmm", or with "," before the ms as SRT writes it. */
export function formatTimecode(ms: number, separator: '.' | ',' = '.'): string {
  return `${clock(ms)}${separator}${String(clockParts(ms).millis).padStart(3, '0')}`;
}

/**
 * The ISO-8601 duration of a `<time datetime>`, whole seconds rounded down, zero fields left out:
 * 241080 -> "PT4M1S", 3600000 -> "PT1H", 0 -> "PT0S".
 */
export function isoDuration(ms: number): string {
  const { hours, minutes, seconds } = clockParts(ms);
  const h = hours ? `${hours}H` : '';
  const m = minutes ? `${minutes}M` : '';
  const s = seconds || (!hours && !minutes) ? `${seconds}S` : '';
  return `PT${h}${m}${s}`;
}

/**
 * A time as a person types it: seconds ("90", "90.5"), "mm:ss" or "hh:mm:ss", each with an optional
 * fraction of a second. Seconds after a colon, and minutes after hours, must be below 60 ("1:75"
 * is a typo, not 2:15). Returns ms, or null when the text is not such a time.
 */
export function parseClockMs(text: string): number | null {
  const m = /^(?:(?:(\d+):)?(\d+):)?(\d+)(\.\d+)?$/.exec(text.trim());
  if (!m) return null;
  const [hours, minutes, seconds] = [Number(m[1] ?? 0), Number(m[2] ?? 0), Number(m[3])];
  if (m[2] !== undefined && (seconds > 59 || m[3]!.length > 2)) return null;
  if (m[1] !== undefined && (minutes > 59 || m[2]!.length > 2)) return null;
  return clockMs(hours, minutes, seconds, Number(m[4] ?? 0) * 1000);
}

/** ms of a clock reading; `millis` may carry a fraction, rounded with the rest. */
export function clockMs(hours: number, minutes: number, seconds: number, millis = 0): number {
  return Math.round((hours * 3600 + minutes * 60 + seconds) * 1000 + millis);
}
