import { cueSpan } from '../model/cue-span';
import type { AgendaRecording, AgendaSession } from '../model/agenda';
import type { AlignedSession, Alignment } from '../model/alignment';
import { clock, formatTimecode } from '../model/timecode';
import type { Track } from '../model/track';
import type { Unit } from './units';

/**
 * An organiser's pins (a session's `pin` in the manifest: "it started at 00:16:00 in recording
 * main") as constraints on the aligner. A pin is a fact, not evidence: the pinned session starts
 * exactly there, in that recording, and the session before it in that recording ends there. The
 * rest of the agenda is still aligned by its evidence, around the pins: a session between two
 * pins is placed between them.
 *
 * The placement works on units (units.ts), so a pin becomes "this session's first unit is the
 * first unit starting at or after the pin"; the exact millisecond is set afterwards (honourPins).
 * Times are ms from the recording's 00:00:00.
 */

type RecordingWithTrack = AgendaRecording & { track: Pick<Track, 'cues'> };

/** "00:16:00", or "00:16:00.250" when the pin has a fraction of a second. */
function pinClock(ms: number): string {
  return ms % 1000 === 0 ? clock(ms) : formatTimecode(ms);
}

/** The end of a recording's captions (the last cue's end), 0 without cues. */
function captionsEndMs(track: Pick<Track, 'cues'>): number {
  return cueSpan(track.cues)?.endMs ?? 0;
}

/** A pin the captions cannot hold: at or after the end of its recording's captions. */
export interface PinProblem {
  /** index of the session in the agenda (and in the manifest's `sessions`) */
  index: number;
  message: string;
}

/**
 * Pins at or after the end of their recording's captions: only the captions tell, so this is
 * checked once they are read (the align stage refuses the manifest with these).
 */
export function pinsBeyondCaptions(sessions: readonly AgendaSession[], recordings: readonly RecordingWithTrack[]): PinProblem[] {
  return sessions.flatMap((session, index) => {
    const pin = session.pin;
    const recording = pin && recordings.find((r) => r.id === pin.recordingId);
    if (!pin || !recording) return [];
    const endMs = captionsEndMs(recording.track);
    if (pin.atMs < endMs) return [];
    const end = recording.track.cues.length > 0 ? `its captions end at ${formatTimecode(endMs)}` : 'it has no captions';
    return [{ index, message: `session "${session.id}" is pinned at ${pinClock(pin.atMs)} in recording ${pin.recordingId}, but ${end}` }];
  });
}

/**
 * The input with each pinned session listed only by its pin's recording: a pin decides the
 * recording of a session that several recordings list.
 */
export function keepPinnedToTheirRecordings<T extends { sessions: AgendaSession[]; recordings: RecordingWithTrack[] }>(input: T): T {
  const pinnedTo = new Map(input.sessions.flatMap((s) => (s.pin ? [[s.id, s.pin.recordingId] as const] : [])));
  if (pinnedTo.size === 0) return input;
  // Recordings follow each other in the order listed: a session between two pinned ones on the
  // agenda lies in a recording from the earlier pin's to the later pin's.
  const order = new Map(input.recordings.map((r, i) => [r.id, i]));
  const range = new Map<string, { from: number; to: number }>();
  input.sessions.forEach((s, k) => {
    if (s.pin) return;
    const before = input.sessions.slice(0, k).reverse().find((p) => p.pin);
    const after = input.sessions.slice(k + 1).find((p) => p.pin);
    range.set(s.id, { from: before ? order.get(before.pin!.recordingId)! : 0, to: after ? order.get(after.pin!.recordingId)! : input.recordings.length - 1 });
  });
  const allowed = (id: string, r: number) => {
    const pinned = pinnedTo.get(id);
    if (pinned !== undefined) return pinned === input.recordings[r]!.id;
    const { from, to } = range.get(id) ?? { from: 0, to: input.recordings.length - 1 };
    // a session listed only outside its range stays where the manifest puts it
    const listedInside = input.recordings.some((rec, i) => i >= from && i <= to && rec.sessionIds.includes(id));
    return !listedInside || (r >= from && r <= to);
  };
  const recordings = input.recordings.map((r, i) => ({ ...r, sessionIds: r.sessionIds.filter((id) => allowed(id, i)) }));
  return { ...input, recordings };
}

/** Index of the first unit starting at or after `ms` (strictly after when `strictly`); units.length when none. */
function firstUnitFrom(units: readonly Unit[], ms: number, strictly = false): number {
  const u = units.findIndex((unit) => (strictly ? unit.startMs > ms : unit.startMs >= ms));
  return u < 0 ? units.length : u;
}

/** What fitPins leaves out of the placement: sessions with no unit left between the pins. */
export interface SqueezedSession {
  id: string;
  why: string;
}

/**
 * The sessions of one recording (agenda order) the placement can take with every pin honoured,
 * each needing a unit of its own:
 * - a pinned session keeps a unit unless its span holds no unit start (the next pin is in the same
 *   unit gap, or no unit starts after the pin); honourPins places it by its pin alone;
 * - an unpinned session needs a unit that starts after the pin before it and before the pin after
 *   it; those that find none are `squeezed`, and reported missing with the pins that leave no room.
 */
export function fitPins(units: readonly Unit[], sessions: readonly AgendaSession[]): { sessions: AgendaSession[]; squeezed: SqueezedSession[] } {
  if (!sessions.some((s) => s.pin)) return { sessions: [...sessions], squeezed: [] };
  const n = units.length;
  const unitOf = sessions.map((s) => (s.pin ? firstUnitFrom(units, s.pin.atMs) : -1));
  const pinnedAfter = (i: number) => sessions.findIndex((s, j) => j > i && s.pin !== undefined);
  const keeps = (i: number) => unitOf[i]! < n && !sessions.some((s, j) => j > i && s.pin && unitOf[j] === unitOf[i]);
  const fitted: AgendaSession[] = [];
  const squeezed: SqueezedSession[] = [];
  let from = 0;
  let previousPin: AgendaSession | undefined;
  sessions.forEach((session, i) => {
    if (session.pin) {
      if (keeps(i)) fitted.push(session);
      from = keeps(i) ? unitOf[i]! + 1 : Math.max(from, firstUnitFrom(units, session.pin.atMs, true));
      previousPin = session;
      return;
    }
    const next = pinnedAfter(i);
    const to = next < 0 ? n : unitOf[next]!;
    if (from < to) {
      fitted.push(session);
      from++;
      return;
    }
    squeezed.push({ id: session.id, why: noRoomBetween(previousPin, next < 0 ? undefined : sessions[next]) });
  });
  return { sessions: fitted, squeezed };
}

function noRoomBetween(before: AgendaSession | undefined, after: AgendaSession | undefined): string {
  const pin = (s: AgendaSession) => `"${s.id}" at ${pinClock(s.pin!.atMs)}`;
  const where = before && after ? `between the organiser's pins of ${pin(before)} and ${pin(after)}` : before ? `after the organiser's pin of ${pin(before)}` : `before the organiser's pin of ${pin(after!)}`;
  return `no captioned speech left for it ${where} in recording ${(before ?? after)!.pin!.recordingId}`;
}

/**
 * `enter[s][u]` (the placement's per-state start bonus, state s = session s - 1) with every other
 * start of a pinned session made impossible. Expects sessions as fitPins leaves them.
 */
export function pinStarts(units: readonly Unit[], sessions: readonly AgendaSession[], enter: Array<Float64Array | undefined>): Array<Float64Array | undefined> {
  const out = [...enter];
  sessions.forEach((session, i) => {
    if (!session.pin) return;
    const u = firstUnitFrom(units, session.pin.atMs);
    if (u >= units.length) return;
    const only = new Float64Array(units.length).fill(-Infinity);
    only[u] = enter[i + 1]?.[u] ?? 0;
    out[i + 1] = only;
  });
  return out;
}

function isoAt(startsAt: string | null | undefined, ms: number): string | null {
  return startsAt ? new Date(Date.parse(startsAt) + ms).toISOString() : null;
}

/**
 * The alignment with every pin honoured to the millisecond: a pinned session starts at its pin,
 * with confidence 1 and the pin as its evidence (also one the placement had no unit for), and the
 * session before it in the same recording ends there.
 */
export function honourPins(alignment: Alignment, input: { sessions: AgendaSession[]; recordings: RecordingWithTrack[] }): Alignment {
  if (!input.sessions.some((s) => s.pin)) return alignment;
  const sessions = alignment.sessions.map((s) => ({ ...s }));
  const byId = new Map(sessions.map((s) => [s.id, s]));
  for (const recording of input.recordings) {
    const startsAt = alignment.recordings.find((r) => r.id === recording.id)?.startsAt;
    const inRecording = input.sessions.filter((s) => s.pin?.recordingId === recording.id || (byId.get(s.id)?.status === 'aligned' && byId.get(s.id)?.recording === recording.id));
    if (!inRecording.some((s) => s.pin)) continue;
    const placed: AlignedSession[] = inRecording.map((s) => {
      const aligned = byId.get(s.id)!;
      if (!s.pin) return aligned;
      const endMs = aligned.status === 'aligned' && aligned.endMs !== null ? aligned.endMs : captionsEndMs(recording.track);
      return Object.assign(aligned, { status: 'aligned', recording: recording.id, startMs: s.pin.atMs, endMs, confidence: 1, evidence: [`pinned by the organiser at ${pinClock(s.pin.atMs)}`] });
    });
    placed.forEach((session, k) => {
      const next = placed[k + 1];
      const nextPinned = next !== undefined && inRecording[k + 1]!.pin !== undefined;
      if (next && (nextPinned || session.endMs! > next.startMs!)) session.endMs = next.startMs;
      session.endMs = Math.max(session.endMs!, session.startMs! + 1);
      session.startsAt = isoAt(startsAt, session.startMs!);
      session.endsAt = isoAt(startsAt, session.endMs);
    });
  }
  return { ...alignment, sessions };
}
