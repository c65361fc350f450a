import type { Segment } from '../../src/model/transcript';
import { indexEventStage } from '../../src/stages/index-event-stage';
import type { BlobStore } from '../../src/store/blob-store';

/**
 * FALLBACK until the split stage writes events/<id>/segments.jsonl: segments made from
 * track.json as windows of at most `maxMs` inside speaker turns (a new segment at every
 * speaker change), each given the session alignment.json places its start in; a window outside
 * every aligned session is left out, as the split stage leaves it out of every transcript. Used by
 * eval:search and the search tests only when the store has no segments.jsonl.
 */

interface Cue {
  startMs: number;
  endMs: number;
  text: string;
  speaker: string | null;
}

interface AlignedSession {
  id: string;
  status: string;
  recording?: string;
  startMs?: number;
  endMs?: number;
}

export function fallbackSegments(eventId: string, recording: string, cues: Cue[], sessions: AlignedSession[], maxMs = 30_000): Segment[] {
  const sessionAt = (ms: number): string | null => {
    const inside = sessions.filter((s) => s.status === 'aligned' && (s.recording ?? recording) === recording && s.startMs !== undefined && s.endMs !== undefined && s.startMs <= ms && ms < s.endMs);
    return inside.length > 0 ? inside[inside.length - 1]!.id : null;
  };
  const out: Segment[] = [];
  let current: Cue[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const first = current[0]!;
    const text = current.map((c) => c.text.replace(/\s+/g, ' ').trim()).filter(Boolean).join(' ');
    const sessionId = sessionAt(first.startMs);
    if (text !== '' && sessionId !== null) {
      out.push({
        id: `${recording}-${String(out.length + 1).padStart(5, '0')}`,
        eventId,
        sessionId,
        recording,
        speaker: first.speaker,
        startMs: first.startMs,
        endMs: Math.max(...current.map((c) => c.endMs)),
        text,
      });
    }
    current = [];
  };
  for (const cue of cues) {
    const first = current[0];
    if (first && (cue.speaker !== first.speaker || cue.endMs - first.startMs > maxMs)) flush();
    current.push(cue);
  }
  flush();
  return out;
}

/** Writes fallback segments.jsonl for every recording of an event that has none, then runs the index stage. */
export async function indexWithFallbackSegments(store: BlobStore, eventId: string, maxMs?: number): Promise<{ usedFallback: boolean }> {
  const segmentsKey = `events/${eventId}/segments.jsonl`;
  if (await store.exists(segmentsKey)) return { usedFallback: false };
  const alignment = JSON.parse((await store.get(`events/${eventId}/alignment.json`)).toString('utf8')) as { sessions: AlignedSession[] };
  const manifest = JSON.parse((await store.get(`events/${eventId}/manifest.json`)).toString('utf8')) as { recordings: { id: string }[] };
  const segments: Segment[] = [];
  for (const r of manifest.recordings) {
    const track = JSON.parse((await store.get(`events/${eventId}/recordings/${r.id}/track.json`)).toString('utf8')) as { cues: Cue[] };
    segments.push(...fallbackSegments(eventId, r.id, track.cues, alignment.sessions, maxMs));
  }
  await store.put(segmentsKey, segments.map((s) => JSON.stringify(s)).join('\n') + '\n');
  await indexEventStage(store, { eventId });
  return { usedFallback: true };
}
