import { DateTime } from 'luxon';

/**
 * Agenda times as the manifest writes them (CONTRACT.md): a bare local "HH:MM" or "HH:MM:SS" on
 * the event's date in its IANA timezone, or a full ISO-8601 date-time with offset. Returns epoch
 * ms, or null when the value is absent or unreadable.
 */
export function wallClockEpochMs(value: unknown, date: string | undefined, timezone: string | undefined): number | null {
  if (typeof value !== 'string') return null;
  const local = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  let dt: DateTime;
  if (local) {
    if (!date || !timezone) return null;
    const [, h, m, s] = local;
    dt = DateTime.fromISO(`${date}T${h!.padStart(2, '0')}:${m}:${s ?? '00'}`, { zone: timezone });
  } else {
    dt = DateTime.fromISO(value, { setZone: true });
  }
  return dt.isValid ? dt.toMillis() : null;
}
