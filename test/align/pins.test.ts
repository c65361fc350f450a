import { readFileSync } from 'fs';
import path from 'path';
import { alignEvent, type AlignInput } from '../../src/align/align-event';
import { pinsBeyondCaptions } from '../../src/align/pins';
import type { AgendaSession } from '../../src/model/agenda';
import { Alignment, type AlignedSession } from '../../src/model/alignment';
import { toAgenda } from '../../src/model/manifest-agenda';
import { ResolvedManifest } from '../../src/model/manifest-resolved';
import { Track, type Cue } from '../../src/model/track';
import { ituEventDir, ITU_FIXTURE } from '../helpers/fixture-store';

const MIN = 60_000;
const T0 = Date.parse('2025-03-04T18:00:00Z');

const FILLER = ['we will see about that', 'thank you for that point', 'as I was saying earlier', 'let me add one thing', 'that is a fair question'];

/** Cues every 3 s: each stretch says its subject's words now and then among filler. Stretches are [words, minutes]. */
function talk(stretches: Array<[string[], number]>): Cue[] {
  const cues: Cue[] = [];
  let t = 0;
  stretches.forEach(([words, minutes]) => {
    const end = t + minutes * MIN;
    for (let i = 0; t < end; i++, t += 3000) {
      const text = words.length > 0 && i % 3 === 0 ? `${words[i % words.length]} ${FILLER[i % FILLER.length]}` : FILLER[(i * 7) % FILLER.length]!;
      cues.push({ id: String(cues.length + 1), startMs: t, endMs: t + 2500, text, speaker: null });
    }
  });
  return cues;
}

function session(id: string, title: string, pin?: { atMs: number; recordingId?: string }): AgendaSession {
  return { id, title, people: [], ...(pin ? { pin: { recordingId: pin.recordingId ?? 'main', atMs: pin.atMs } } : {}) };
}

function input(sessions: AgendaSession[], cues: Cue[], startsAtEpochMs?: number): AlignInput {
  const track = { generator: 't', format: 'webvtt', cues, diagnostics: [] };
  return { eventId: 'e', sessions, recordings: [{ id: 'main', language: 'en', sessionIds: sessions.map((s) => s.id), track, ...(startsAtEpochMs !== undefined ? { startsAtEpochMs } : {}) }] };
}

const byId = (a: Alignment, id: string): AlignedSession => a.sessions.find((s) => s.id === id)!;

const PARKS = ['parks', 'playground', 'trees'];
const HOUSING = ['housing', 'rent', 'tenants'];
const BUDGET = ['budget', 'revenue', 'spending'];
const TRANSIT = ['transit', 'buses', 'tram'];
const AGENDA = () => [session('parks', 'Parks and playgrounds'), session('housing', 'Housing and rent'), session('budget', 'Budget'), session('transit', 'Transit and buses')];
const CUES = talk([[PARKS, 10], [HOUSING, 10], [BUDGET, 10], [TRANSIT, 10]]);

describe('alignEvent with pins', () => {
  test('a pin is honoured to the millisecond; the session before ends there; the others still follow their words', () => {
    const free = alignEvent(input(AGENDA(), CUES));
    expect(Math.abs(byId(free, 'budget').startMs! - 20 * MIN)).toBeLessThanOrEqual(30_000);

    // The organiser says the budget started at 00:24:30.5 (mid-cue): that is where it starts.
    const sessions = AGENDA();
    sessions[2] = session('budget', 'Budget', { atMs: 24 * MIN + 30_500 });
    const a = alignEvent(input(sessions, CUES, T0));
    expect(Alignment.parse(a)).toEqual(a);
    expect(byId(a, 'budget')).toMatchObject({ status: 'aligned', recording: 'main', startMs: 1_470_500, confidence: 1, evidence: ['pinned by the organiser at 00:24:30.500'] });
    expect(byId(a, 'budget').startsAt).toBe(new Date(T0 + 1_470_500).toISOString());
    expect(byId(a, 'housing').endMs).toBe(1_470_500);
    expect(byId(a, 'housing').endsAt).toBe(new Date(T0 + 1_470_500).toISOString());
    // Unpinned sessions are still placed by their evidence, in order around the pin.
    expect(Math.abs(byId(a, 'housing').startMs! - 10 * MIN)).toBeLessThanOrEqual(30_000);
    expect(byId(a, 'transit').startMs!).toBeGreaterThan(1_470_500);
    expect(Math.abs(byId(a, 'transit').startMs! - 30 * MIN)).toBeLessThanOrEqual(30_000);
    expect(byId(a, 'budget').endMs).toBe(byId(a, 'transit').startMs);
  });

  test('sessions with no words of their own are re-placed around a pin, between two pins', () => {
    // Nothing said names any item: without pins they share the recording by agenda proportions.
    const cues = talk([[[], 60]]);
    const names = ['first', 'second', 'third', 'fourth', 'fifth'];
    const free = alignEvent(input(names.map((id) => session(id, `Item ${id}`)), cues));
    expect(byId(free, 'fourth').startMs!).toBeLessThan(40 * MIN);

    const pinned = names.map((id) => session(id, `Item ${id}`, id === 'second' ? { atMs: 40 * MIN } : id === 'fifth' ? { atMs: 50 * MIN } : undefined));
    const a = alignEvent(input(pinned, cues));
    expect(a.sessions.map((s) => s.status)).toEqual(['aligned', 'aligned', 'aligned', 'aligned', 'aligned']);
    expect(byId(a, 'second').startMs).toBe(40 * MIN);
    expect(byId(a, 'fifth').startMs).toBe(50 * MIN);
    expect(byId(a, 'first').endMs).toBe(40 * MIN);
    // third and fourth lie between the two pins, in order, each with some of it.
    const [third, fourth] = [byId(a, 'third'), byId(a, 'fourth')];
    expect(byId(a, 'second').endMs).toBe(third.startMs);
    expect(third.startMs!).toBeGreaterThan(40 * MIN);
    expect(fourth.startMs!).toBeGreaterThan(third.startMs!);
    expect(fourth.endMs).toBe(50 * MIN);
  });

  test('a pin decides the recording of a session that two recordings list', () => {
    // Without the pin, the agenda would be shared out in recording order: parks to main, housing to overflow.
    const sessions = [session('parks', 'Parks and playgrounds', { atMs: 30_000, recordingId: 'overflow' }), session('housing', 'Housing and rent')];
    const track = (cues: Cue[]) => ({ generator: 't', format: 'webvtt', cues, diagnostics: [] });
    const a = alignEvent({
      eventId: 'e',
      sessions,
      recordings: [
        { id: 'main', language: 'en', sessionIds: ['parks', 'housing'], track: track(talk([[PARKS, 10], [HOUSING, 10]])) },
        { id: 'overflow', language: 'en', sessionIds: ['parks', 'housing'], track: track(talk([[PARKS, 2], [HOUSING, 8]])) },
      ],
    });
    expect(byId(a, 'parks')).toMatchObject({ status: 'aligned', recording: 'overflow', startMs: 30_000, confidence: 1 });
    // recordings follow each other in the order listed: what comes after a session pinned in the
    // second recording comes in the second recording or later, not back in the first
    expect(byId(a, 'housing')).toMatchObject({ status: 'aligned', recording: 'overflow' });
  });

  test('sessions between pins stay in recordings between their pins\' recordings', () => {
    const sessions = [session('parks', 'Parks and playgrounds', { atMs: 0, recordingId: 'b' }), session('housing', 'Housing and rent'), session('budget', 'Budget'), session('transit', 'Transit and buses')];
    const track = (cues: Cue[]) => ({ generator: 't', format: 'webvtt', cues, diagnostics: [] });
    const all = sessions.map((s) => s.id);
    const a = alignEvent({
      eventId: 'e',
      sessions,
      recordings: [
        { id: 'a', language: 'en', sessionIds: all, track: track(talk([[HOUSING, 10], [BUDGET, 10]])) },
        { id: 'b', language: 'en', sessionIds: all, track: track(talk([[PARKS, 10], [HOUSING, 10], [BUDGET, 10], [TRANSIT, 10]])) },
      ],
    });
    for (const id of all) expect(byId(a, id)).toMatchObject({ status: 'aligned', recording: 'b' });
    expect(byId(a, 'parks').startMs).toBe(0);
  });

  test('a pinned session scheduled outside its recording is still placed at its pin, and the sessions after it after it', () => {
    const sessions = AGENDA().map((s, i) => ({ ...s, startEpochMs: T0 + i * 10 * MIN, endEpochMs: T0 + (i + 1) * 10 * MIN }));
    // The schedule puts "budget" two hours after the recording's end; the organiser knows it ran
    // from 00:32:00, into the time transit's words began.
    sessions[2] = { ...sessions[2]!, startEpochMs: T0 + 150 * MIN, endEpochMs: T0 + 160 * MIN, pin: { recordingId: 'main', atMs: 32 * MIN } };
    const a = alignEvent(input(sessions, CUES, T0));
    expect(byId(a, 'budget')).toMatchObject({ status: 'aligned', startMs: 32 * MIN, confidence: 1 });
    expect(byId(a, 'housing').endMs).toBe(32 * MIN);
    expect(byId(a, 'transit').startMs!).toBeGreaterThan(32 * MIN);
    expect(byId(a, 'budget').endMs).toBe(byId(a, 'transit').startMs);
  });

  test('pins with no captioned speech between them: the pinned sessions keep their pins, the one between is missing and says why', () => {
    const sessions = AGENDA();
    sessions[1] = session('housing', 'Housing and rent', { atMs: 10 * MIN });
    sessions[3] = session('transit', 'Transit and buses', { atMs: 10 * MIN + 500 });
    const a = alignEvent(input(sessions, CUES));
    expect(byId(a, 'housing')).toMatchObject({ status: 'aligned', startMs: 10 * MIN, endMs: 10 * MIN + 500, confidence: 1 });
    expect(byId(a, 'transit')).toMatchObject({ status: 'aligned', startMs: 10 * MIN + 500, confidence: 1 });
    expect(byId(a, 'budget')).toMatchObject({
      status: 'missing',
      evidence: ['no captioned speech left for it between the organiser\'s pins of "housing" at 00:10:00 and "transit" at 00:10:00.500 in recording main'],
    });
    expect(byId(a, 'parks')).toMatchObject({ status: 'aligned', endMs: 10 * MIN });
  });

  test('a pin after the last stretch of speech starts: the session runs to the end of the captions', () => {
    const last = CUES[CUES.length - 1]!;
    const sessions = AGENDA();
    sessions[3] = session('transit', 'Transit and buses', { atMs: last.startMs + 1000 });
    const a = alignEvent(input(sessions, CUES));
    expect(byId(a, 'transit')).toMatchObject({ status: 'aligned', startMs: last.startMs + 1000, endMs: last.endMs, confidence: 1 });
    expect(byId(a, 'budget').endMs).toBe(last.startMs + 1000);
  });
});

describe('pinsBeyondCaptions', () => {
  test('a pin at or after the end of its recording\'s captions is named with the session and both times', () => {
    const sessions = AGENDA();
    sessions[2] = session('budget', 'Budget', { atMs: 45 * MIN });
    sessions[3] = session('transit', 'Transit and buses', { atMs: 39 * MIN });
    const recording = input(sessions, CUES).recordings;
    const end = CUES[CUES.length - 1]!.endMs;
    expect(pinsBeyondCaptions(sessions, recording)).toEqual([{ index: 2, message: `session "budget" is pinned at 00:45:00 in recording main, but its captions end at 00:39:59.500` }]);
    expect(end).toBe(39 * MIN + 59_500);
    expect(pinsBeyondCaptions([session('a', 'A', { atMs: 0 })], input([], []).recordings)).toEqual([{ index: 0, message: 'session "a" is pinned at 00:00:00 in recording main, but it has no captions' }]);
  });
});

describe('pins on the ITU forum fixture', () => {
  const truth = (JSON.parse(readFileSync(path.join(ITU_FIXTURE, 'truth.json'), 'utf8')) as { sessions: Array<{ id: string; startMs: number }> }).sessions;

  async function fixtureInput(pins: Record<string, number>): Promise<AlignInput> {
    const dir = await ituEventDir();
    const agenda = toAgenda(ResolvedManifest.parse(JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'))));
    const track = Track.parse(JSON.parse(readFileSync(path.join(dir, 'recordings/main/track.json'), 'utf8')));
    const sessions = agenda.sessions.map((s) => (pins[s.id] === undefined ? s : { ...s, pin: { recordingId: 'main', atMs: pins[s.id]! } }));
    return { eventId: 'itu', sessions, recordings: agenda.recordings.map((r) => ({ ...r, track })) };
  }

  test('a pin 90 s after a session\'s real start is honoured; the sessions around it stay within 60 s of where they lie', async () => {
    const late = truth.find((s) => s.id === 'session-2')!.startMs + 90_000;
    const a = alignEvent(await fixtureInput({ 'session-2': late }));
    expect(byId(a, 'session-2')).toMatchObject({ startMs: late, confidence: 1 });
    expect(byId(a, 'session-1').endMs).toBe(late);
    for (const id of ['opening', 'session-1', 'session-3']) {
      const want = truth.find((s) => s.id === id)!.startMs;
      expect({ id, withinMinute: Math.abs(byId(a, id).startMs! - want) <= 60_000 }).toEqual({ id, withinMinute: true });
    }
  });
});
