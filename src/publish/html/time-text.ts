/**
 * Wall-clock times as pages show them: the manifest's resolved ISO-8601 text, shown as written (in
 * the event's timezone), so nothing here depends on the machine's zone or locale. Recording times
 * (ms from the recording's 00:00:00) are src/model/timecode.ts's.
 */

/** "2021-04-23T13:30:00+02:00" -> {date: "2021-04-23", time: "13:30", offset: "+02:00"}; undefined when not that form. */
export function wallClock(iso: string): { date: string; time: string; offset: string } | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})$/.exec(iso);
  if (!m) return undefined;
  const seconds = m[3] && m[3] !== '00' ? `:${m[3]}` : '';
  return { date: m[1]!, time: `${m[2]}${seconds}`, offset: m[4] === 'Z' ? '+00:00' : m[4]! };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2021-04-23" -> "23 April 2021" (English, as the page chrome is); the text itself otherwise. */
export function longDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : date;
}

/** Epoch ms of a resolved ISO-8601 time with offset; undefined when it does not parse. */
export function epochMs(iso: string): number | undefined {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : undefined;
}
