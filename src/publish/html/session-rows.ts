import type { Alignment, AlignedSession } from '../../model/alignment';
import type { ResolvedManifest, ResolvedSession } from '../../model/manifest-resolved';
import { epochMs } from './time-text';

/**
 * What the event page and the timeline show of each agenda session: when it was scheduled, and
 * where it lies in the recording. Recording times are integer ms from the recording's 00:00:00,
 * spans half-open [startMs, endMs).
 */
export interface SessionRow {
  session: ResolvedSession;
  /** the recording it was aligned to, else the first that lists it */
  recording: string | undefined;
  /** the scheduled span in recording time, when the session and the recording's start have times */
  scheduled: { startMs: number; endMs: number } | undefined;
  /** the aligned span; undefined when the session is missing or there is no alignment */
  aligned: { startMs: number; endMs: number } | undefined;
  status: AlignedSession['status'] | 'unknown';
  confidence: number | undefined;
  evidence: string[];
  hasTranscript: boolean;
}

/**
 * Epoch ms of each recording's 00:00:00: the alignment's (given or estimated) start, else the
 * manifest's `startsAt` moved by the alignment's offset.
 */
function recordingStarts(manifest: ResolvedManifest, alignment: Alignment | undefined): Map<string, number> {
  const starts = new Map<string, number>();
  for (const recording of manifest.recordings) {
    const aligned = alignment?.recordings.find((r) => r.id === recording.id);
    const fromAlignment = aligned?.startsAt ? epochMs(aligned.startsAt) : undefined;
    const fromManifest = recording.startsAt !== undefined ? epochMs(recording.startsAt) : undefined;
    const start = fromAlignment ?? (fromManifest !== undefined ? fromManifest + (aligned?.offsetMs ?? 0) : undefined);
    if (start !== undefined) starts.set(recording.id, start);
  }
  return starts;
}

export function sessionRows(manifest: ResolvedManifest, alignment: Alignment | undefined, transcriptIds: ReadonlySet<string>): SessionRow[] {
  const starts = recordingStarts(manifest, alignment);
  return manifest.sessions.map((session) => {
    const placed = alignment?.sessions.find((s) => s.id === session.id);
    const listing = manifest.recordings.find((r) => r.sessions === undefined || r.sessions.includes(session.id));
    const recording = placed?.recording ?? listing?.id;
    const recordingStart = recording !== undefined ? starts.get(recording) : undefined;
    const start = session.start !== undefined ? epochMs(session.start) : undefined;
    const end = session.end !== undefined ? epochMs(session.end) : undefined;
    const scheduled =
      recordingStart !== undefined && start !== undefined && end !== undefined ? { startMs: start - recordingStart, endMs: end - recordingStart } : undefined;
    const aligned =
      placed?.status === 'aligned' && placed.startMs !== null && placed.endMs !== null ? { startMs: placed.startMs, endMs: placed.endMs } : undefined;
    return {
      session,
      recording,
      scheduled,
      aligned,
      status: placed?.status ?? 'unknown',
      confidence: placed?.confidence,
      evidence: placed?.evidence ?? [],
      hasTranscript: transcriptIds.has(session.id),
    };
  });
}
