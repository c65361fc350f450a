import { EN } from '../helpers/english';
import { alignEvent } from '../../src/align/align-event';
import { buildUnits } from '../../src/align/units';
import type { Cue } from '../../src/model/track';

/**
 * A day-long sitting or a live stream's auto-captions has more cues than a call takes arguments
 * (about 120,000 on Node 20): `Math.max(...cues)` threw "Maximum call stack size exceeded".
 */
const CUES = 150_000;

test(`alignEvent places the sessions of a ${CUES.toLocaleString('en')}-cue recording`, () => {
  const half = CUES / 2;
  const cues: Cue[] = Array.from({ length: CUES }, (_x, i) => ({
    id: String(i + 1),
    startMs: i * 600,
    endMs: i * 600 + 500,
    text: i % 5 === 0 ? (i < half ? 'the budget' : 'the parks') : 'we will see',
    speaker: null,
  }));
  const a = alignEvent({
    eventId: 'long',
    sessions: [{ id: 'budget', title: 'Budget', people: [] }, { id: 'parks', title: 'Parks', people: [] }],
    recordings: [{ id: 'main', language: 'en', sessionIds: ['budget', 'parks'], track: { generator: 't', format: 'webvtt', cues, diagnostics: [] } }],
  });
  const [budget, parks] = a.sessions;
  expect(budget!.status).toBe('aligned');
  expect(parks!.endMs).toBe((CUES - 1) * 600 + 500);
  expect(Math.abs(parks!.startMs! - half * 600)).toBeLessThanOrEqual(60_000);
});

test(`buildUnits reads one cue of ${CUES.toLocaleString('en')} words`, () => {
  const text = Array.from({ length: CUES }, (_x, i) => `budget${i % 50}`).join(' ');
  const units = buildUnits({ cues: [{ id: '1', startMs: 0, endMs: 3_600_000, text, speaker: null }] }, 5_000, EN);
  expect(units).toHaveLength(1);
  expect(units[0]!.terms).toHaveLength(CUES);
});
