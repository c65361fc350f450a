import type { AgendaRecording, AgendaSession } from '../model/agenda';
import { cueSpan } from '../model/cue-span';
import type { AlignedSession, Alignment, RecordingOffset } from '../model/alignment';
import { leftOutSpans, settleRecordingEdges, type RecordingEdges } from './recording-edges';
import type { Track } from '../model/track';
import { placeSessions } from './align-recording';
import { DEFAULT_ALIGN_PARAMS, type AlignParams } from './params';
import { describePlacement } from './evidence-report';
import { fitPins, honourPins, keepPinnedToTheirRecordings } from './pins';
import { positionExpectations, type Expectation } from './priors';
import { addNameTerms } from './name-terms';
import { nameTerms } from './session-terms';
import { languageOf } from '../text/language/registry';
import type { Language } from '../text/language/language';
import { buildUnits, unitLengthFor, type Unit } from './units';

/** Version of the aligner; recorded in alignment.json and bumped when results change. */
export const ALIGN_GENERATOR = 'align@4';

export interface AlignInput {
  eventId: string;
  /** the agenda, in order */
  sessions: AgendaSession[];
  recordings: Array<AgendaRecording & { track: Track }>;
}

/** How far before a recording's start or after its captions' end a scheduled session may still be meant for it. */
const RECORDING_MARGIN_MS = 120_000;

interface ScheduledSpan {
  startMs: number;
  endMs: number;
}

/** The sessions' scheduled spans in recording ms, or null unless every session can be placed. */
function scheduledSpans(sessions: AgendaSession[], recordingStartEpochMs: number): ScheduledSpan[] | null {
  const starts = sessions.map((s) => s.startEpochMs);
  if (starts.some((s) => s === undefined)) return null;
  const durations = sessions
    .map((s, i) => (s.endEpochMs ?? starts[i + 1] ?? NaN) - s.startEpochMs!)
    .filter((d) => Number.isFinite(d) && d > 0)
    .sort((a, b) => a - b);
  const typical = durations[Math.floor(durations.length / 2)] ?? 30 * 60_000;
  return sessions.map((s, i) => {
    const start = s.startEpochMs! - recordingStartEpochMs;
    const end = (s.endEpochMs ?? starts[i + 1] ?? s.startEpochMs! + typical) - recordingStartEpochMs;
    return { startMs: start, endMs: Math.max(end, start + 60_000) };
  });
}

/**
 * The schedule as a prior: each session is expected where the agenda puts it, and a unit placed
 * outside that span costs more the further out it is, in steps of a tolerance that grows with
 * the session's length (long sessions drift more). Measured: a flat no-cost margin instead lets
 * the weaker word evidence wander and does worse.
 */
function scheduleExpectations(spans: ScheduledSpan[], p: AlignParams): Expectation[] {
  return spans.map((s) => ({
    startMs: s.startMs,
    endMs: s.endMs,
    toleranceMs: Math.max(p.scheduleTolerance.minMs, p.scheduleTolerance.share * (s.endMs - s.startMs)),
    weight: p.schedule,
    weightPerTolerance: true,
    startWeight: p.scheduleStart,
  }));
}

/** The share of an agenda item usually brief (MeetingWords.briefItem: formalities at either end of a meeting), against 1 for the others. */
const BRIEF_SHARE = 0.35;

/** Shares of the agenda from scheduled durations where the agenda has them, else by kind of item. */
function agendaShares(sessions: AgendaSession[], lang: Language): number[] {
  const spans = scheduledSpans(sessions, 0);
  const brief = lang.meeting.briefItem;
  return spans ? spans.map((s) => s.endMs - s.startMs) : sessions.map((s) => (brief !== null && brief.test(s.title.toLowerCase()) && s.title.length < 40 ? BRIEF_SHARE : 1));
}

interface RecordingPlan {
  recording: AlignInput['recordings'][number];
  sessions: AgendaSession[];
}

/**
 * Which sessions each recording may hold. A session listed by one recording goes there. Where
 * several recordings list it (the manifest's default is "all"), the schedule decides when the
 * recordings' start times are known; otherwise the agenda is shared out in recording order in
 * proportion to their captioned durations.
 */
function planRecordings(input: AlignInput): RecordingPlan[] {
  const listedBy = new Map<string, number>();
  for (const r of input.recordings) for (const id of r.sessionIds) listedBy.set(id, (listedBy.get(id) ?? 0) + 1);
  const plans = input.recordings.map((recording) => ({ recording, sessions: [] as AgendaSession[] }));
  const shared: AgendaSession[] = [];
  for (const s of input.sessions) {
    const owners = plans.filter((p) => p.recording.sessionIds.includes(s.id));
    if (owners.length === 1) owners[0]!.sessions.push(s);
    else if (owners.length > 1) shared.push(s);
  }
  if (shared.length === 0) return plans;
  const spanOf = (p: RecordingPlan) => {
    const cues = p.recording.track.cues;
    const span = cueSpan(cues);
    return span ? { first: span.startMs, last: span.endMs } : { first: 0, last: 0 };
  };
  const scheduled = shared.every((s) => s.startEpochMs !== undefined) && plans.every((p) => p.recording.startsAtEpochMs !== undefined);
  if (scheduled) {
    for (const s of shared) {
      const owner = plans.find((p) => {
        const { last } = spanOf(p);
        const t = s.startEpochMs! - p.recording.startsAtEpochMs!;
        return p.recording.sessionIds.includes(s.id) && t >= -RECORDING_MARGIN_MS && t < last;
      });
      owner?.sessions.push(s);
    }
  } else {
    const candidates = plans.filter((p) => shared.some((s) => p.recording.sessionIds.includes(s.id)));
    const lengths = candidates.map((p) => Math.max(1, spanOf(p).last - spanOf(p).first));
    const total = lengths.reduce((a, b) => a + b, 0);
    let cumulative = 0;
    let next = 0;
    candidates.forEach((p, i) => {
      cumulative += lengths[i]!;
      const upTo = i === candidates.length - 1 ? shared.length : Math.round((shared.length * cumulative) / total);
      for (; next < upTo; next++) p.sessions.push(shared[next]!);
    });
  }
  for (const p of plans) p.sessions.sort((a, b) => input.sessions.indexOf(a) - input.sessions.indexOf(b));
  return plans;
}

function isoAt(epochMs: number | undefined, ms: number): string | null {
  return epochMs === undefined ? null : new Date(epochMs + ms).toISOString();
}

function missing(id: string, why: string): AlignedSession {
  return { id, status: 'missing', recording: null, startMs: null, endMs: null, startsAt: null, endsAt: null, confidence: 0, evidence: [why] };
}

/** Runs the placement with the expectations a recording's knowledge allows. */
function placeInRecording(units: Unit[], sessions: AgendaSession[], spans: ScheduledSpan[] | null, lang: Language, weights: AlignParams) {
  const first = units[0]!.startMs;
  const last = units[units.length - 1]!.endMs;
  if (spans) {
    const expected = scheduleExpectations(spans, weights);
    // Recordings often start before the event and events run late: until the first session's
    // scheduled start, and after the last one's scheduled end plus its tolerance, pre-roll and
    // goodbyes cost nothing. (Free up to a tolerance past the first start was measured: it let a
    // late first announcement cut the opening short.)
    const edgeFree = { beforeMs: spans[0]!.startMs, afterMs: spans[spans.length - 1]!.endMs + expected[expected.length - 1]!.toleranceMs };
    return placeSessions(units, sessions, expected, edgeFree, lang, weights);
  }
  const expected = positionExpectations(first, last, agendaShares(sessions, lang), weights.position, weights.positionStart);
  return placeSessions(units, sessions, expected, { beforeMs: first, afterMs: last + 1 }, lang, weights);
}

/**
 * Places every agenda session in the recordings, with a confidence and the evidence for it.
 * The schedule is a prior that tolerates running late or early; the words of titles,
 * descriptions and people's names, hand-over phrases, pauses and changes of subject decide;
 * a global order-preserving optimisation (dynamic programming) combines them.
 */
export function alignEvent(input: AlignInput, weights: AlignParams = DEFAULT_ALIGN_PARAMS): Alignment {
  const placed = new Map<string, AlignedSession>();
  const offsets: RecordingOffset[] = [];
  const edges: RecordingEdges[] = [];
  for (const plan of planRecordings(keepPinnedToTheirRecordings(input))) {
    const rec = plan.recording;
    const cues = rec.track.cues;
    const lastMs = cueSpan(cues)?.endMs ?? 0;
    let startEpoch = rec.startsAtEpochMs;
    let offsetSource: RecordingOffset['offsetSource'] = startEpoch !== undefined ? 'given' : 'unknown';
    const lang = languageOf(rec.language);
    const units = buildUnits(rec.track, unitLengthFor(lastMs - (cues[0]?.startMs ?? 0)), lang);
    addNameTerms(units, new Set(plan.sessions.flatMap((s) => nameTerms(s, lang))), lang);
    let sessions = plan.sessions;

    // Sessions whose scheduled time lies wholly outside this recording are not forced in.
    if (startEpoch !== undefined) {
      const spans = scheduledSpans(sessions, startEpoch);
      if (spans) {
        const keep = sessions.filter((s, i) => s.pin !== undefined || (spans[i]!.endMs > -RECORDING_MARGIN_MS && spans[i]!.startMs < lastMs + RECORDING_MARGIN_MS));
        for (const s of sessions) if (!keep.includes(s)) placed.set(s.id, missing(s.id, `scheduled outside recording ${rec.id} (${lastMs > 0 ? `captions end at ${Math.round(lastMs / 60000)} min` : 'no captions'})`));
        sessions = keep;
      }
    }
    const fit = fitPins(units, sessions);
    for (const s of fit.squeezed) placed.set(s.id, missing(s.id, s.why));
    sessions = fit.sessions;
    if (sessions.length === 0) {
      offsets.push({ id: rec.id, offsetMs: 0, offsetSource, startsAt: isoAt(startEpoch, 0) });
      continue;
    }
    if (units.length < sessions.length) {
      for (const s of sessions) placed.set(s.id, missing(s.id, `recording ${rec.id} has too little captioned speech to place ${sessions.length} sessions`));
      offsets.push({ id: rec.id, offsetMs: 0, offsetSource, startsAt: isoAt(startEpoch, 0) });
      continue;
    }

    // No start time but a schedule: place by agenda proportions, then read the offset from where
    // the first session begins (events start about on time; lateness accumulates later).
    if (startEpoch === undefined && sessions[0]!.startEpochMs !== undefined && scheduledSpans(sessions, 0)) {
      const rough = placeInRecording(units, sessions, null, lang, weights);
      const firstStart = units[rough.firstUnit[0]!]!.startMs;
      startEpoch = sessions[0]!.startEpochMs! - firstStart;
      offsetSource = 'estimated';
    }
    const spans = startEpoch !== undefined ? scheduledSpans(sessions, startEpoch) : null;
    const placement = placeInRecording(units, sessions, spans, lang, weights);
    offsets.push({ id: rec.id, offsetMs: 0, offsetSource, startsAt: isoAt(startEpoch, 0) });

    sessions.forEach((s, i) => {
      const firstUnit = placement.firstUnit[i]!;
      const lastUnit = placement.lastUnit[i]!;
      if (firstUnit < 0) {
        placed.set(s.id, missing(s.id, 'no stretch of the recording left for it'));
        return;
      }
      // A first session that starts with the captions starts with the recording: its captions keep
      // the recording's times (a caption file uploaded beside the video stays in step with it) and
      // keep what precedes the first words ([MUSIC] over the opening titles).
      const startMs = i === 0 && firstUnit === 0 ? 0 : units[firstUnit]!.startMs;
      const nextFirst = placement.firstUnit[i + 1];
      const endMs = nextFirst !== undefined && nextFirst >= 0 ? units[nextFirst]!.startMs : units[lastUnit]!.endMs;
      const report = describePlacement({ session: s, index: i, units, firstUnit, lastUnit, placement, scheduled: spans?.[i] ?? null, startMs, lang });
      placed.set(s.id, {
        id: s.id,
        status: 'aligned',
        recording: rec.id,
        startMs,
        endMs: Math.max(endMs, startMs + 1),
        startsAt: isoAt(startEpoch, startMs),
        endsAt: isoAt(startEpoch, Math.max(endMs, startMs + 1)),
        confidence: report.confidence,
        evidence: report.evidence,
      });
    });
    edges.push(settleRecordingEdges({ recording: rec.id, sessions, units, placement, placed, scheduled: spans !== null, lang }));
  }
  const alignment = honourPins(
    {
      generator: ALIGN_GENERATOR,
      eventId: input.eventId,
      recordings: offsets,
      sessions: input.sessions.map((s) => placed.get(s.id) ?? missing(s.id, 'not in any recording')),
    },
    input,
  );
  return { ...alignment, leftOut: leftOutSpans(alignment.sessions, edges) };
}
