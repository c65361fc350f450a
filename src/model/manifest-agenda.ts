import { DateTime } from 'luxon';
import type { AgendaRecording, AgendaSession } from './agenda';
import type { ResolvedManifest } from './manifest-resolved';
import { parseRecordingTime } from './manifest-times';

/** Epoch ms of a resolved ISO-8601 time (validated with its offset, so it always parses). */
function epochMs(iso: string): number {
  const dateTime = DateTime.fromISO(iso, { setZone: true });
  if (!dateTime.isValid) throw new Error(`not a resolved time: ${iso}`);
  return dateTime.toMillis();
}

/** ms of a validated pin's time. */
function pinMs(at: string): number {
  const ms = parseRecordingTime(at);
  if (ms === undefined) throw new Error(`not a validated recording time: ${at}`);
  return ms;
}

/**
 * The agenda as the aligner takes it: times as epoch ms (UTC), people as a list, and each
 * recording's sessions defaulting to the whole agenda, in agenda order.
 */
export function toAgenda(manifest: ResolvedManifest): { sessions: AgendaSession[]; recordings: AgendaRecording[] } {
  const sessions = manifest.sessions.map(
    (s): AgendaSession => ({
      id: s.id,
      title: s.title,
      ...(s.description !== undefined ? { description: s.description } : {}),
      people: (s.people ?? []).map((p) => ({ name: p.name, ...(p.role ? { role: p.role } : {}), ...(p.affiliation !== undefined ? { affiliation: p.affiliation } : {}) })),
      ...(s.start !== undefined ? { startEpochMs: epochMs(s.start) } : {}),
      ...(s.end !== undefined ? { endEpochMs: epochMs(s.end) } : {}),
      ...(s.pin !== undefined ? { pin: { recordingId: s.pin.recording, atMs: pinMs(s.pin.at) } } : {}),
    }),
  );
  const agendaOrder = sessions.map((s) => s.id);
  const recordings = manifest.recordings.map(
    (r): AgendaRecording => ({
      id: r.id,
      ...(r.startsAt !== undefined ? { startsAtEpochMs: epochMs(r.startsAt) } : {}),
      sessionIds: r.sessions ? agendaOrder.filter((id) => r.sessions!.includes(id)) : agendaOrder,
      ...(r.url !== undefined ? { url: r.url } : {}),
      language: r.language ?? manifest.language,
    }),
  );
  return { sessions, recordings };
}
