import { roundHalfUp } from './metrics';
import type { EvalManifest } from './manifest';
import { wallClockEpochMs } from './wall-clock';

/** A baseline's placement, in the shape of alignment.json's sessions (ms from the recording's 00:00:00). */
export interface BaselineSession {
  id: string;
  startMs: number | null;
  endMs: number | null;
}

/**
 * uniform: the captioned span [a, z) cut into K equal parts in agenda order; session i (0-based) =
 * [round(a + i(z-a)/K), round(a + (i+1)(z-a)/K)).
 */
export function uniformSessions(ids: readonly string[], a: number, z: number): BaselineSession[] {
  const k = ids.length;
  return ids.map((id, i) => ({ id, startMs: roundHalfUp(a + (i * (z - a)) / k), endMs: roundHalfUp(a + ((i + 1) * (z - a)) / k) }));
}

/**
 * schedule (scheduled track): startMs = scheduled start - recording startsAt, both wall-clock in
 * the event's timezone and date; endMs = next session's start; the last ends at its own `end`.
 * A time that is absent or unreadable gives null, so that session is not used.
 */
export function scheduleSessions(manifest: EvalManifest): BaselineSession[] {
  const rec = manifest.recordings[0];
  const origin = wallClockEpochMs(rec?.startsAt, manifest.date, manifest.timezone);
  const relative = (value: string | undefined) => {
    const t = wallClockEpochMs(value, manifest.date, manifest.timezone);
    return t === null || origin === null ? null : t - origin;
  };
  const starts = manifest.sessions.map((s) => relative(s.start));
  return manifest.sessions.map((s, i) => ({
    id: s.id,
    startMs: starts[i]!,
    endMs: i + 1 < manifest.sessions.length ? starts[i + 1]! : relative(s.end),
  }));
}
