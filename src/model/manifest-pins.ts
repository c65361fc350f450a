import type { EventManifest, ManifestSession, SessionPin } from './manifest';
import type { PathIssue } from './manifest-source';
import { didYouMean } from './manifest-suggest';
import { parseRecordingTime } from './manifest-times';

/**
 * The rules of sessions' `pin` across fields: the recording a pin names exists and lists the
 * session; a pin written as a time alone belongs to a session only one recording can hold; and
 * the pinned sessions of one recording start in agenda order. Whether a pin lies within its
 * recording's captions is known only once they are read (the align stage checks it).
 */

/** A pin as manifest.json stores it: the recording always named. */
export interface ResolvedPin {
  at: string;
  recording: string;
}

/** The ids of the recordings that may hold a session (a recording without `sessions` holds all). */
function holders(manifest: EventManifest, sessionId: string): string[] {
  return manifest.recordings.filter((r) => r.sessions === undefined || r.sessions.includes(sessionId)).map((r) => r.id);
}

/** The pin with its recording, or undefined when the manifest does not say which (an issue then). */
export function resolvePin(manifest: EventManifest, session: ManifestSession): ResolvedPin | undefined {
  const pin: SessionPin | undefined = session.pin;
  if (pin === undefined) return undefined;
  if (typeof pin !== 'string') return { at: pin.at, recording: pin.recording };
  const candidates = holders(manifest, session.id);
  return candidates.length === 1 ? { at: pin, recording: candidates[0]! } : undefined;
}

function recordingIssue(manifest: EventManifest, session: ManifestSession, index: number): PathIssue | undefined {
  const pin = session.pin;
  if (pin === undefined) return undefined;
  const candidates = holders(manifest, session.id);
  if (typeof pin === 'string') {
    const path = ['sessions', index, 'pin'];
    if (candidates.length === 0) return { path, message: `no recording lists session "${session.id}", so its pin "${pin}" is in none` };
    if (candidates.length > 1) {
      return { path, message: `session "${session.id}" may be in recordings ${candidates.join(', ')}: say which one "${pin}" is in, e.g. pin: { at: "${pin}", recording: ${candidates[0]} }` };
    }
    return undefined;
  }
  const path = ['sessions', index, 'pin', 'recording'];
  const ids = manifest.recordings.map((r) => r.id);
  if (!ids.includes(pin.recording)) return { path, message: `"${pin.recording}" is not a recording of this manifest${didYouMean(pin.recording, ids) || ` (recordings: ${ids.join(', ')})`}` };
  if (!candidates.includes(pin.recording)) return { path, message: `recording "${pin.recording}" does not list session "${session.id}" (its sessions: ${manifest.recordings.find((r) => r.id === pin.recording)!.sessions!.join(', ')})` };
  return undefined;
}

/** Pinned sessions of one recording must start later the later they come in the agenda. */
function orderIssues(manifest: EventManifest): PathIssue[] {
  const issues: PathIssue[] = [];
  const lastPinned = new Map<string, { id: string; at: string; ms: number }>();
  manifest.sessions.forEach((session, index) => {
    const pin = resolvePin(manifest, session);
    const ms = pin === undefined ? undefined : parseRecordingTime(pin.at);
    if (pin === undefined || ms === undefined) return;
    const before = lastPinned.get(pin.recording);
    if (before !== undefined && ms <= before.ms) {
      const path = typeof session.pin === 'string' ? ['sessions', index, 'pin'] : ['sessions', index, 'pin', 'at'];
      issues.push({ path, message: `session "${session.id}" is pinned at ${pin.at} in recording ${pin.recording}, not after "${before.id}" pinned at ${before.at}, which comes before it in the agenda` });
    }
    lastPinned.set(pin.recording, { id: session.id, at: pin.at, ms });
  });
  return issues;
}

export function checkManifestPins(manifest: EventManifest): PathIssue[] {
  const recordings = manifest.sessions.flatMap((session, index) => recordingIssue(manifest, session, index) ?? []);
  return [...recordings, ...orderIssues(manifest)];
}
