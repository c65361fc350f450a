import { alignEvent, type AlignInput } from '../../src/align/align-event';
import { Alignment } from '../../src/model/alignment';
import type { AgendaSession } from '../../src/model/agenda';
import type { Cue } from '../../src/model/track';

const T0 = Date.parse('2024-05-02T18:00:00Z');
const MIN = 60_000;

/** Filler talk that says nothing about any topic, as much of real meeting speech does. */
const FILLER = ['we will see about that', 'thank you for that point', 'as I was saying earlier', 'let me add one thing', 'that is a fair question'];

/**
 * A council-style recording: each stretch talks about its own subject (its words appear now and
 * then among filler), with a hand-over at each change. `stretches` are [subject words, minutes].
 */
function recording(stretches: Array<[string[], number]>, leadInMin = 0): Cue[] {
  const cues: Cue[] = [];
  let t = leadInMin * MIN;
  let id = 0;
  stretches.forEach(([words, minutes], s) => {
    const end = t + minutes * MIN;
    let i = 0;
    if (s > 0) {
      cues.push({ id: String(++id), startMs: t, endMs: t + 3000, text: 'THANK YOU. WE NOW MOVE ON TO THE NEXT ITEM.', speaker: null, turnStart: true });
      t += 4000;
    }
    while (t < end) {
      const text = i % 3 === 0 ? `${words[i % words.length]} ${FILLER[i % FILLER.length]}` : FILLER[(i * 7) % FILLER.length]!;
      cues.push({ id: String(++id), startMs: t, endMs: t + 2500, text, speaker: null });
      t += 3000;
      i++;
    }
  });
  return cues;
}

function session(id: string, title: string, startMin?: number, endMin?: number): AgendaSession {
  const s: AgendaSession = { id, title, people: [] };
  if (startMin !== undefined) s.startEpochMs = T0 + startMin * MIN;
  if (endMin !== undefined) s.endEpochMs = T0 + endMin * MIN;
  return s;
}

function input(sessions: AgendaSession[], cues: Cue[], startsAt?: number): AlignInput {
  const rec: AlignInput['recordings'][number] = { id: 'main', language: 'en', sessionIds: sessions.map((s) => s.id), track: { generator: 't', format: 'webvtt', cues, diagnostics: [] } };
  if (startsAt !== undefined) rec.startsAtEpochMs = startsAt;
  return { eventId: 'council-2024-05-02', sessions, recordings: [rec] };
}

const PARKS = ['parks', 'playground', 'trees', 'parks'];
const HOUSING = ['housing', 'rent', 'tenants', 'housing'];
const BUDGET = ['budget', 'revenue', 'spending', 'budget'];

describe('alignEvent', () => {
  test('titles only: each session is found where its subject is talked about', () => {
    const cues = recording([[PARKS, 12], [HOUSING, 30], [BUDGET, 18]]);
    const a = alignEvent(input([session('parks', 'Parks and playgrounds'), session('housing', 'Housing and rent'), session('budget', 'Budget')], cues));
    expect(Alignment.parse(a)).toEqual(a);
    const starts = a.sessions.map((s) => s.startMs!);
    expect(Math.abs(starts[1]! - 12 * MIN)).toBeLessThanOrEqual(60_000);
    expect(Math.abs(starts[2]! - 42 * MIN)).toBeLessThanOrEqual(60_000);
    expect(a.sessions.every((s) => s.status === 'aligned' && s.confidence > 0)).toBe(true);
    expect(a.sessions[1]!.evidence.join(' | ')).toMatch(/title words heard: housing/);
    expect(a.sessions[1]!.evidence.join(' | ')).toMatch(/hand-over at 00:1[12]:\d\d/);
  });

  test('a schedule that runs late is corrected by what was said, and the delay reported', () => {
    // Scheduled 0-15, 15-30, 30-45; started on time and ran late: held 0-20, 20-41, 41-60.
    const cues = recording([[PARKS, 20], [HOUSING, 21], [BUDGET, 19]]);
    const sessions = [session('parks', 'Parks', 0, 15), session('housing', 'Housing', 15, 30), session('budget', 'Budget', 30, 45)];
    const a = alignEvent(input(sessions, cues, T0));
    expect(a.recordings[0]).toMatchObject({ id: 'main', offsetSource: 'given', startsAt: new Date(T0).toISOString() });
    expect(Math.abs(a.sessions[1]!.startMs! - 20 * MIN)).toBeLessThanOrEqual(60_000);
    expect(Math.abs(a.sessions[2]!.startMs! - 41 * MIN)).toBeLessThanOrEqual(60_000);
    expect(a.sessions[1]!.evidence[0]).toMatch(/^schedule \+[4-6] min$/);
    expect(a.sessions[1]!.startsAt).toBe(new Date(T0 + a.sessions[1]!.startMs!).toISOString());
  });

  test('without startsAt the recording\'s offset is estimated from where the first session starts', () => {
    // The recording began 7 minutes before the meeting, which started on time at T0.
    const cues = recording([[['microphone', 'check'], 0.5], [PARKS, 15], [HOUSING, 15], [BUDGET, 15]], 6.5);
    const sessions = [session('parks', 'Parks', 0, 15), session('housing', 'Housing', 15, 30), session('budget', 'Budget', 30, 45)];
    const a = alignEvent(input(sessions, cues));
    const rec = a.recordings[0]!;
    expect(rec.offsetSource).toBe('estimated');
    expect(Math.abs(Date.parse(rec.startsAt!) - (T0 - 7 * MIN))).toBeLessThanOrEqual(60_000);
  });

  test('a short meeting of one session is the whole recording: a change of subject inside it is no edge', () => {
    // Two minutes of one untimed meeting (a transcript export): subjects change and the chair
    // hands over twice, but nothing is said before or after the agenda.
    // The first words come 3 s in (titles, music): the session starts with the recording, so its
    // captions keep the recording's times.
    const cues = recording([[PARKS, 0.7], [HOUSING, 0.7], [BUDGET, 0.6]], 0.05);
    expect(cues[0]!.startMs).toBe(3000);
    const a = alignEvent(input([session('meeting', 'Meeting')], cues));
    expect(a.sessions[0]).toMatchObject({ status: 'aligned', startMs: 0, endMs: cues[cues.length - 1]!.endMs });
  });

  test('talk before the agenda still stays out of a one-session meeting', () => {
    const cues = recording([[['microphone', 'check', 'hear', 'testing'], 1.5], [PARKS, 3]]);
    const a = alignEvent(input([session('parks', 'Parks')], cues));
    expect(a.sessions[0]!.startMs).toBeGreaterThanOrEqual(MIN);
  });

  test('a session scheduled outside the recording is missing, not forced in', () => {
    const cues = recording([[PARKS, 15], [HOUSING, 15]]);
    const sessions = [session('parks', 'Parks', 0, 15), session('housing', 'Housing', 15, 30), session('budget', 'Budget', 90, 120)];
    const a = alignEvent(input(sessions, cues, T0));
    expect(a.sessions.map((s) => s.status)).toEqual(['aligned', 'aligned', 'missing']);
    expect(a.sessions[2]).toMatchObject({ recording: null, startMs: null, endMs: null, confidence: 0 });
    expect(a.sessions[2]!.evidence[0]).toMatch(/scheduled outside recording main/);
  });

  test('several recordings: each session goes to the recording that lists it', () => {
    const morning = recording([[PARKS, 10], [HOUSING, 10]]);
    const evening = recording([[BUDGET, 20]]);
    const sessions = [session('parks', 'Parks'), session('housing', 'Housing'), session('budget', 'Budget')];
    const a = alignEvent({
      eventId: 'e',
      sessions,
      recordings: [
        { id: 'am', language: 'en', sessionIds: ['parks', 'housing'], track: { generator: 't', format: 'webvtt', cues: morning, diagnostics: [] } },
        { id: 'pm', language: 'en', sessionIds: ['budget'], track: { generator: 't', format: 'webvtt', cues: evening, diagnostics: [] } },
      ],
    });
    expect(a.sessions.map((s) => [s.id, s.recording])).toEqual([['parks', 'am'], ['housing', 'am'], ['budget', 'pm']]);
    expect(a.recordings.map((r) => r.id)).toEqual(['am', 'pm']);
  });

  test('a session listed by no recording is missing', () => {
    const a = alignEvent({ eventId: 'e', sessions: [session('a', 'A'), session('b', 'B')], recordings: [{ id: 'r', language: 'en', sessionIds: ['a'], track: { generator: 't', format: 'webvtt', cues: recording([[PARKS, 5]]), diagnostics: [] } }] });
    expect(a.sessions[1]).toMatchObject({ id: 'b', status: 'missing', evidence: ['not in any recording'] });
  });
});
