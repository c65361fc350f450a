import { alignEvent } from '../../src/align/align-event';
import type { AgendaSession } from '../../src/model/agenda';
import type { Cue } from '../../src/model/track';

/**
 * "We will start in a few minutes" is never said once the agenda has begun: a greeting in the
 * waiting room that sounds like a welcome stays pre-roll, and the first session starts after it.
 */
const SECOND = 1000;

function cue(id: number, startS: number, text: string): Cue {
  return { id: String(id), startMs: startS * SECOND, endMs: (startS + 4) * SECOND, text, speaker: null };
}

function meeting(waitingRoom: string): Cue[] {
  const talk = [
    'Good afternoon. It is my pleasure to open this forum on city budgets.',
    'The budget of the city grows every year, and the forum will look at where it goes.',
    'Our first speaker will talk about the budget of the parks.',
    'Thank you. Now we come to the keynote on housing.',
    'Housing is the largest item of the budget in most cities.',
    'Rents have doubled, and the housing programme must follow.',
  ];
  const cues = [cue(1, 4, waitingRoom), cue(2, 9, 'Please keep your microphones muted.')];
  talk.forEach((text, i) => cues.push(cue(cues.length + 1, 160 + i * 60, text)));
  return cues;
}

const sessions: AgendaSession[] = [
  { id: 'welcome', title: 'Welcome and opening', people: [] },
  { id: 'keynote', title: 'Keynote: housing', people: [] },
];

describe('an announcement that the event will start', () => {
  test.each([
    'Good afternoon everyone, and welcome. We will start in a few minutes.',
    'Welcome, everyone. The webinar will begin shortly.',
    "Hello and welcome, we're going to get started in just a moment.",
  ])('keeps the waiting room out of the first session: "%s"', (waitingRoom) => {
    const a = alignEvent({ eventId: 'e', sessions, recordings: [{ id: 'main', language: 'en', sessionIds: ['welcome', 'keynote'], track: { generator: 't', format: 'webvtt', cues: meeting(waitingRoom), diagnostics: [] } }] });
    expect(a.sessions[0]).toMatchObject({ id: 'welcome', status: 'aligned', startMs: 160 * SECOND });
    expect(a.leftOut?.[0]).toMatchObject({ recording: 'main', startMs: 4 * SECOND, endMs: 160 * SECOND });
    expect(a.leftOut?.[0]!.reason).toMatch(/^pre-roll/);
  });

  test('said after the first quarter of the recording (a break), it leaves the first session where it was', () => {
    const cues = meeting('Good afternoon everyone, and welcome to the forum.');
    cues.push(cue(cues.length + 1, 520, 'We will take a short break and start again in a few minutes.'));
    const a = alignEvent({ eventId: 'e', sessions, recordings: [{ id: 'main', language: 'en', sessionIds: ['welcome', 'keynote'], track: { generator: 't', format: 'webvtt', cues, diagnostics: [] } }] });
    expect(a.sessions[0]!.status).toBe('aligned');
    expect(a.sessions[0]!.startMs).toBeLessThanOrEqual(160 * SECOND);
  });
});
