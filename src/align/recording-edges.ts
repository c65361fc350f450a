import type { AgendaSession } from '../model/agenda';
import type { AlignedSession, LeftOutSpan } from '../model/alignment';
import { clock } from '../model/timecode';
import { PRE_ROLL, type RecordingPlacement } from './align-recording';
import { declaredEmpty } from './empty-items';
import type { Unit } from './units';

export interface RecordingEdgesInput {
  recording: string;
  sessions: AgendaSession[];
  units: Unit[];
  placement: RecordingPlacement;
  /** the placed sessions, changed in place where an item turns out declared empty */
  placed: Map<string, AlignedSession>;
  /** end of the recording's captions, ms */
  lastMs: number;
  /** whether the sessions were placed with a schedule */
  scheduled: boolean;
}

/**
 * What a recording's placement leaves out of every session, and why: the talk before the agenda
 * begins (pre-roll: sound checks, a webinar's waiting room, dial-in details) and after it ends
 * (post-roll), and items the chair declared empty, which are reported missing with that evidence
 * while the item before them keeps the time up to the next one.
 */
export function settleRecordingEdges(f: RecordingEdgesInput): LeftOutSpan[] {
  const out: LeftOutSpan[] = [];
  const { units, placement } = f;
  const ids = f.sessions.map((s) => s.id);
  const taken = new Set<string>();

  ids.forEach((id, i) => {
    const first = placement.firstUnit[i]!;
    const session = f.placed.get(id);
    // an item the organiser pinned took place where they say
    if (first < 0 || session?.status !== 'aligned' || f.sessions[i]!.pin) return;
    const nextFirst = placement.firstUnit[i + 1] ?? -1;
    const searchTo = nextFirst >= 0 ? nextFirst : placement.lastUnit[i]!;
    const declaration = declaredEmpty(units, first, searchTo, session.endMs!, f.sessions[i]!, f.sessions[i + 1], taken);
    if (!declaration) return;
    const previous = ids.slice(0, i).reverse().map((p) => f.placed.get(p)).find((p) => p?.status === 'aligned' && p.recording === f.recording);
    f.placed.set(id, {
      ...session,
      status: 'missing',
      recording: null,
      startMs: null,
      endMs: null,
      startsAt: null,
      endsAt: null,
      confidence: session.confidence,
      evidence: [`declared empty at ${clock(declaration.atMs)}: "${declaration.phrase}"`, ...session.evidence],
    });
    if (previous) f.placed.set(previous.id, { ...previous, endMs: session.endMs, endsAt: session.endsAt });
    else out.push({ recording: f.recording, startMs: session.startMs!, endMs: session.endMs!, reason: `item "${id}" declared empty` });
  });

  const firstUnit = placement.firstUnit.find((u) => u >= 0);
  if (firstUnit !== undefined && firstUnit > 0) {
    const before = units.slice(0, firstUnit);
    const phrase = before.map((u) => ({ u, m: PRE_ROLL.exec(u.text) })).find((x) => x.m);
    const why = phrase
      ? `pre-roll: "${phrase.m![0]}" at ${clock(phrase.u.startMs)}`
      : f.scheduled
        ? 'pre-roll: talk before the first session was due to start'
        : 'pre-roll: talk before the first session opens';
    out.push({ recording: f.recording, startMs: units[0]!.startMs, endMs: units[firstUnit]!.startMs, reason: why });
  }
  const lastUnit = Math.max(...placement.lastUnit);
  if (lastUnit >= 0 && lastUnit < units.length - 1) {
    out.push({ recording: f.recording, startMs: units[lastUnit + 1]!.startMs, endMs: Math.max(f.lastMs, units[units.length - 1]!.endMs), reason: 'post-roll: talk after the last session ended' });
  }
  return out;
}
