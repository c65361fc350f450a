import { checkRecordingSpan, LONG_SPAN_RATIO, MIN_SPAN_DIFFERENCE_MS, SHORT_SPAN_RATIO, type RecordingSpanInput } from '../../src/align/recording-span-check';
import type { AgendaSession } from '../../src/model/agenda';
import type { Alignment } from '../../src/model/alignment';
import type { Track } from '../../src/model/track';

const MIN = 60_000;
const T0 = Date.UTC(2021, 3, 23, 11, 30);

/** Back-to-back sessions of the given lengths in minutes, from T0. */
function sessions(...lengths: number[]): AgendaSession[] {
  let at = T0;
  return lengths.map((len, i) => {
    const s = { id: `s${i + 1}`, title: `Session ${i + 1}`, people: [], startEpochMs: at, endEpochMs: at + len * MIN };
    at += len * MIN;
    return s;
  });
}

/** A track whose captions run from `fromMin` to `toMin`. */
function track(fromMin: number, toMin: number): Track {
  const cue = (id: string, startMs: number) => ({ id, startMs, endMs: startMs + 2_000, text: `words at ${id}`, speaker: null, line: 3 });
  return { generator: 'test', format: 'webvtt', cues: [cue('a', fromMin * MIN), cue('b', toMin * MIN - 2_000)], diagnostics: [] };
}

function input(agenda: AgendaSession[], captions: Track, more: Partial<RecordingSpanInput> = {}): RecordingSpanInput {
  const alignment: Alignment = { generator: 'test', eventId: 'e', recordings: [], sessions: [] };
  return { recording: { id: 'main', language: 'en', sessionIds: agenda.map((s) => s.id) }, file: 'captions/main.vtt', track: captions, sessions: agenda, recordingCount: 1, alignment, listsSessions: false, ...more };
}

describe('a recording against the agenda placed on it', () => {
  test('far shorter: 40 minutes of captions for a 3-hour agenda', () => {
    const [w, ...rest] = checkRecordingSpan(input(sessions(60, 60, 60), track(0, 40)));
    expect(rest).toEqual([]);
    expect(w).toMatchObject({ code: 'recording-shorter-than-agenda', file: 'captions/main.vtt', value: 22 });
    expect(w!.message).toContain('span 00:40:00, 22% of its 3 scheduled sessions (03:00:00)');
  });

  test('far longer: 7 hours of captions for a 90-minute agenda (another meeting, or several days)', () => {
    const [w] = checkRecordingSpan(input(sessions(30, 60), track(0, 7 * 60)));
    expect(w).toMatchObject({ code: 'recording-longer-than-agenda', value: 467 });
  });

  test('within the ratios, or a small difference in minutes, is no warning', () => {
    expect(checkRecordingSpan(input(sessions(60, 60, 60), track(0, 180 * SHORT_SPAN_RATIO + 1)))).toEqual([]);
    expect(checkRecordingSpan(input(sessions(60, 30), track(0, 90 * LONG_SPAN_RATIO - 1)))).toEqual([]);
    // A 10-minute slot recorded with 25 minutes of pre-roll is 3.5 times as long but only 25 minutes more.
    expect(checkRecordingSpan(input(sessions(10), track(0, 10 + MIN_SPAN_DIFFERENCE_MS / MIN - 5)))).toEqual([]);
  });

  test('an agenda of start times only: its span is a lower bound, enough to call captions far shorter, never far longer', () => {
    const startsOnly = sessions(60, 60, 60, 60).map(({ endEpochMs: _e, ...s }) => s);
    // Starts at 0, 60, 120 and 180 min: at least 3 hours.
    const [short] = checkRecordingSpan(input(startsOnly, track(0, 30)));
    expect(short).toMatchObject({ code: 'recording-shorter-than-agenda', value: 17 });
    expect(short!.message).toContain('4 scheduled sessions (03:00:00 at least, by their start times)');
    expect(checkRecordingSpan(input(startsOnly, track(0, 8 * 60)))).toEqual([]);
    // The last session's end makes the span complete.
    const lastEnds = [...startsOnly.slice(0, 3), { ...startsOnly[3]!, endEpochMs: startsOnly[3]!.startEpochMs! + 60 * MIN }];
    expect(checkRecordingSpan(input(lastEnds, track(0, 9 * 60)))[0]).toMatchObject({ code: 'recording-longer-than-agenda', value: 225 });
  });

  test('sessions without times give no figure to compare', () => {
    const untimed = sessions(60, 60).map(({ startEpochMs: _s, endEpochMs: _e, ...s }) => s);
    expect(checkRecordingSpan(input(untimed, track(0, 5)))).toEqual([]);
  });

  test('with several recordings, only the sessions listed for it, or else those the alignment placed on it, count', () => {
    const agenda = sessions(60, 60, 60);
    const captions = track(0, 60);
    // Listed: one hour of captions for its one listed hour.
    expect(checkRecordingSpan(input(agenda, captions, { recording: { id: 'main', language: 'en', sessionIds: ['s2'] }, recordingCount: 2, listsSessions: true }))).toEqual([]);
    // Not listed: the alignment placed s3 on it.
    const alignment: Alignment = {
      generator: 'test',
      eventId: 'e',
      recordings: [],
      sessions: agenda.map((s) => ({ id: s.id, status: 'aligned', recording: s.id === 's3' ? 'main' : 'other', startMs: 0, endMs: 1, startsAt: null, endsAt: null, confidence: 1, evidence: [] })),
    };
    expect(checkRecordingSpan(input(agenda, captions, { recordingCount: 2, alignment }))).toEqual([]);
    // Compared with the whole agenda, the same hour would be far shorter.
    expect(checkRecordingSpan(input(agenda, captions, { recordingCount: 1 }))[0]?.code).toBe('recording-shorter-than-agenda');
  });
});
