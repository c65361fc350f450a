import type { AgendaSession } from '../model/agenda';
import type { AlignedSession, LeftOutSpan } from '../model/alignment';
import { maxOf } from '../model/arrays';
import { clock } from '../model/timecode';
import type { RecordingPlacement } from './align-recording';
import type { Language } from '../text/language/language';
import { declaredEmpty } from './empty-items';
import type { Unit } from './units';

export interface RecordingEdgesInput {
  recording: string;
  sessions: AgendaSession[];
  units: Unit[];
  placement: RecordingPlacement;
  /** the placed sessions, changed in place where an item turns out declared empty */
  placed: Map<string, AlignedSession>;
  /** whether the sessions were placed with a schedule */
  scheduled: boolean;
  /** the language of the recording's captions */
  lang: Language;
}

/** What a recording's placement says about the talk that will belong to no session. */
export interface RecordingEdges {
  recording: string;
  /** the recording's captioned speech, ms */
  speechStartMs: number;
  speechEndMs: number;
  /** why the talk before the first session belongs to none */
  preRollReason: string;
  /** a first item declared empty: its announcement belongs to no session */
  emptiedFirst: { id: string; startMs: number } | null;
}

/**
 * Items the chair declared empty are reported missing with that evidence, while the item before
 * them keeps the time up to the next one; and what the placement says about the talk before the
 * agenda begins (pre-roll: sound checks, a webinar's waiting room, dial-in details), for
 * leftOutSpans once the sessions' final bounds are known.
 */
export function settleRecordingEdges(f: RecordingEdgesInput): RecordingEdges {
  const { units, placement } = f;
  const ids = f.sessions.map((s) => s.id);
  const taken = new Set<string>();
  let emptiedFirst: RecordingEdges['emptiedFirst'] = null;

  ids.forEach((id, i) => {
    const first = placement.firstUnit[i]!;
    const session = f.placed.get(id);
    // an item the organiser pinned took place where they say
    if (first < 0 || session?.status !== 'aligned' || f.sessions[i]!.pin) return;
    const nextFirst = placement.firstUnit[i + 1] ?? -1;
    const searchTo = nextFirst >= 0 ? nextFirst : placement.lastUnit[i]!;
    const declaration = declaredEmpty(units, first, searchTo, session.endMs!, f.lang, f.sessions[i]!, f.sessions[i + 1], taken);
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
    else emptiedFirst ??= { id, startMs: session.startMs! };
  });

  const firstUnit = placement.firstUnit.find((u) => u >= 0) ?? 0;
  const preRoll = f.lang.meeting.preRoll;
  const phrase = preRoll === null ? undefined : units.slice(0, firstUnit).map((u) => ({ u, m: preRoll.exec(u.text) })).find((x) => x.m);
  const preRollReason = phrase
    ? `pre-roll: "${phrase.m![0]}" at ${clock(phrase.u.startMs)}`
    : f.scheduled
      ? 'pre-roll: talk before the first session was due to start'
      : 'pre-roll: talk before the first session opens';
  return { recording: f.recording, speechStartMs: units[0]!.startMs, speechEndMs: maxOf(units.map((u) => u.endMs)), preRollReason, emptiedFirst };
}

/**
 * The stretches of each recording's captioned speech outside every session, from the sessions'
 * final bounds (after the organiser's pins): before the first, after the last, and a first item's
 * declared-empty announcement. They never overlap a session and lie within the captions.
 */
export function leftOutSpans(sessions: AlignedSession[], edges: RecordingEdges[]): LeftOutSpan[] {
  const out: LeftOutSpan[] = [];
  for (const e of edges) {
    const placed = sessions.filter((s) => s.status === 'aligned' && s.recording === e.recording && s.startMs !== null && s.endMs !== null);
    const add = (startMs: number, endMs: number, reason: string) => {
      if (endMs > startMs) out.push({ recording: e.recording, startMs, endMs, reason });
    };
    if (placed.length === 0) {
      add(e.speechStartMs, e.speechEndMs, 'no session was placed in this recording');
      continue;
    }
    const first = Math.min(...placed.map((s) => s.startMs!));
    const last = Math.max(...placed.map((s) => s.endMs!));
    const emptied = e.emptiedFirst && e.emptiedFirst.startMs < first ? Math.max(e.speechStartMs, e.emptiedFirst.startMs) : first;
    add(e.speechStartMs, Math.min(emptied, first), e.preRollReason);
    if (e.emptiedFirst && emptied < first) add(emptied, first, `item "${e.emptiedFirst.id}" declared empty`);
    add(Math.max(last, e.speechStartMs), e.speechEndMs, 'post-roll: talk after the last session ended');
  }
  return out;
}
