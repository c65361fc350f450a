import type { Zone } from 'luxon';
import type { EventManifest } from './manifest';
import type { ResolvedManifest } from './manifest-resolved';
import { resolvePin } from './manifest-pins';
import type { FieldPath, PathIssue } from './manifest-source';
import { formatInstant, parseRecordingStart, parseSessionTime, wallClockToEpochMs, type TimeSpec } from './manifest-times';

/**
 * Resolves every time of a validated manifest to an instant, in the event's timezone (DST-correct
 * through luxon's zone data), and checks what only the instants can tell: that local times have
 * the timezone and date they need, and that each session ends after it starts.
 */

const NEEDS = {
  timezone: '"timezone" (an IANA name such as "Europe/Zurich")',
  date: '"date" (YYYY-MM-DD)',
};

interface Instant {
  epochMs: number;
  /** the zone to write it in: the event's, else the offset it was written with */
  zone: string | Zone;
}

export function resolveManifestTimes(manifest: EventManifest): { resolved?: ResolvedManifest; issues: PathIssue[] } {
  const issues: PathIssue[] = [];
  const reported = new Set<keyof typeof NEEDS>();
  const { timezone, date } = manifest;

  const require = (field: keyof typeof NEEDS, text: string, path: FieldPath) => {
    if (reported.has(field)) return;
    reported.add(field);
    issues.push({ path, message: `"${text}" is a local time, so the manifest needs a ${NEEDS[field]}` });
  };

  const resolve = (spec: TimeSpec, text: string, path: FieldPath): Instant | undefined => {
    if (spec.kind === 'offset-date-time') return { epochMs: spec.dateTime.toMillis(), zone: timezone ?? spec.dateTime.zone };
    if (timezone === undefined) require('timezone', text, path);
    if (spec.kind === 'local-time' && date === undefined) require('date', text, path);
    if (timezone === undefined) return undefined;
    if (spec.kind === 'local-date-time') return { epochMs: wallClockToEpochMs(spec, timezone), zone: timezone };
    if (date === undefined) return undefined;
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    return { epochMs: wallClockToEpochMs({ year, month, day, hour: spec.hour, minute: spec.minute, second: spec.second }, timezone), zone: timezone };
  };

  const sessionTime = (text: string | undefined, path: FieldPath): Instant | undefined => {
    if (text === undefined) return undefined;
    const spec = parseSessionTime(text);
    return spec ? resolve(spec, text, path) : undefined;
  };

  const iso = (instant: Instant | undefined) => (instant ? formatInstant(instant.epochMs, instant.zone) : undefined);

  const sessions = manifest.sessions.map((session, i) => {
    const start = sessionTime(session.start, ['sessions', i, 'start']);
    const end = sessionTime(session.end, ['sessions', i, 'end']);
    if (start && end && end.epochMs <= start.epochMs) {
      issues.push({ path: ['sessions', i, 'end'], message: `"${session.end}" is not after its start "${session.start}"` });
    }
    return { ...session, start: iso(start), end: iso(end), pin: resolvePin(manifest, session) };
  });

  const recordings = manifest.recordings.map((recording, i) => {
    const spec = recording.startsAt === undefined ? undefined : parseRecordingStart(recording.startsAt);
    const startsAt = spec && recording.startsAt !== undefined ? resolve(spec, recording.startsAt, ['recordings', i, 'startsAt']) : undefined;
    return { ...recording, startsAt: iso(startsAt) };
  });

  if (issues.length > 0) return { issues };
  return { resolved: dropUndefined({ ...manifest, sessions, recordings }), issues };
}

/** Optional fields that were absent stay absent (not `"start": undefined`) in the resolved manifest. */
function dropUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(dropUndefined) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, dropUndefined(v)])) as T;
}
