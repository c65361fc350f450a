import { EN } from '../helpers/english';
import { alignEvent } from '../../src/align/align-event';
import type { RecordingPlacement } from '../../src/align/align-recording';
import { leftOutSpans, settleRecordingEdges } from '../../src/align/recording-edges';
import { buildUnits, type Unit } from '../../src/align/units';
import type { AgendaSession } from '../../src/model/agenda';
import type { AlignedSession } from '../../src/model/alignment';
import type { Cue } from '../../src/model/track';
import { agendaItem, meetingInput, meetingTrack, PUNCTUATED, type Stretch } from './council-meeting';

const SECOND = 1000;

/** Units of captions with one sentence per 5 s cue: unit i starts at i * 5 s. */
function unitsOf(sentences: string[]): Unit[] {
  const cues: Cue[] = sentences.map((text, i) => ({ id: String(i + 1), startMs: i * 5 * SECOND, endMs: i * 5 * SECOND + 4_800, text, speaker: null }));
  return buildUnits({ cues }, 5 * SECOND, EN);
}

/** Sessions placed from the given first units to the next one's (the last to `lastUnit`), as alignEvent reports them. */
function placedAt(units: Unit[], firstUnits: number[], lastUnit = units.length - 1) {
  const sessions: AgendaSession[] = firstUnits.map((_, i) => agendaItem(`s${i + 1}`, `Item ${i + 1}`));
  const lastUnits = firstUnits.map((_, i) => (i + 1 < firstUnits.length ? firstUnits[i + 1]! - 1 : lastUnit));
  const placement: RecordingPlacement = { firstUnit: firstUnits, lastUnit: lastUnits, total: 0, lexical: [], boundary: new Float64Array(units.length), phrases: [], queries: [] };
  const placed = new Map<string, AlignedSession>();
  sessions.forEach((s, i) => {
    const startMs = units[firstUnits[i]!]!.startMs;
    const endMs = i + 1 < firstUnits.length ? units[firstUnits[i + 1]!]!.startMs : units[lastUnits[i]!]!.endMs;
    placed.set(s.id, { id: s.id, status: 'aligned', recording: 'main', startMs, endMs, startsAt: null, endsAt: null, confidence: 0.7, evidence: [`title words heard: item (1)`] });
  });
  return { sessions, placement, placed };
}

function settle(units: Unit[], firstUnits: number[], options: { lastUnit?: number; scheduled?: boolean } = {}) {
  const p = placedAt(units, firstUnits, options.lastUnit);
  const edges = settleRecordingEdges({ recording: 'main', sessions: p.sessions, units, placement: p.placement, placed: p.placed, scheduled: options.scheduled ?? false, lang: EN });
  const leftOut = leftOutSpans([...p.placed.values()], [edges]);
  return { leftOut, placed: p.placed, before: placedAt(units, firstUnits, options.lastUnit).placed };
}

describe('settleRecordingEdges: items declared empty', () => {
  const units = unitsOf([
    'Item one, the budget.',
    'The budget is balanced.',
    'Item two, communications.',
    'We have none.',
    'Item three, the parks.',
    'The parks need new trees.',
  ]);

  test('an empty item is reported missing with the phrase and its time, and the item before keeps its time', () => {
    const { leftOut, placed, before } = settle(units, [0, 2, 4]);
    const empty = placed.get('s2')!;
    expect(empty).toMatchObject({ status: 'missing', recording: null, startMs: null, endMs: null, startsAt: null, endsAt: null });
    expect(empty.evidence[0]).toBe('declared empty at 00:00:15: "we have none"');
    expect(empty.evidence.slice(1)).toEqual(before.get('s2')!.evidence);
    expect(placed.get('s1')).toMatchObject({ status: 'aligned', startMs: 0, endMs: before.get('s2')!.endMs });
    expect(placed.get('s1')!.endMs).toBe(placed.get('s3')!.startMs);
    expect(placed.get('s3')).toEqual(before.get('s3'));
    expect(leftOut).toEqual([]);
  });

  test('an empty first item has no item before it: its span is listed as left out, with the reason', () => {
    const first = unitsOf(['Item one, proclamations.', 'There are none.', 'Item two, the budget.', 'The budget is balanced.']);
    const { leftOut, placed } = settle(first, [0, 2]);
    expect(placed.get('s1')!.status).toBe('missing');
    expect(leftOut).toEqual([{ recording: 'main', startMs: 0, endMs: 10 * SECOND, reason: 'item "s1" declared empty' }]);
  });

  test('an item that says nothing of the kind stays as placed', () => {
    const plain = unitsOf(['Item one, the budget.', 'The budget is balanced.', 'Item two, communications.', 'We have a letter from the mayor.', 'Item three, the parks.', 'The parks need new trees.']);
    const { placed, before, leftOut } = settle(plain, [0, 2, 4]);
    expect(placed).toEqual(before);
    expect(leftOut).toEqual([]);
  });

  test('the time of an empty item goes to the item just before it, not to earlier ones', () => {
    const { placed, before } = settle(units, [0, 1, 2, 4]);
    expect(placed.get('s3')!.status).toBe('missing');
    expect(placed.get('s2')).toMatchObject({ status: 'aligned', endMs: before.get('s4')!.startMs });
    expect(placed.get('s1')).toEqual(before.get('s1'));
  });
});

describe('settleRecordingEdges: pre-roll and post-roll', () => {
  test.each([
    ['We will start in a few minutes.', 'start in'],
    ['Please stand by, the webinar will begin in just a moment.', 'begin in just'],
    ['To join by phone, dial 256 555 0100.', '256 555 0100'],
    ['The meeting ID is on your screen.', 'meeting id'],
    ['The passcode is four four two.', 'passcode'],
    ['Can you hear us in the room?', 'can you hear us'],
    ['Testing, one, two.', 'testing, one'],
    ['Recording in progress.', 'recording in progress'],
  ])('talk before the first session with "%s" is pre-roll, named by its phrase and time', (said, phrase) => {
    const units = unitsOf(['Hello there.', said, 'Good evening. I call this meeting to order.', 'Item one.']);
    const { leftOut } = settle(units, [2], { lastUnit: 3 });
    expect(leftOut).toEqual([{ recording: 'main', startMs: 0, endMs: 10 * SECOND, reason: `pre-roll: "${phrase}" at 00:00:05` }]);
  });

  test.each([
    [true, 'pre-roll: talk before the first session was due to start'],
    [false, 'pre-roll: talk before the first session opens'],
  ])('talk before the first session with no phrase of its kind is pre-roll all the same (scheduled: %s)', (scheduled, reason) => {
    const units = unitsOf(['Good afternoon everyone.', 'Nice to see you all.', 'I call this meeting to order.', 'Item one.']);
    expect(settle(units, [2], { scheduled }).leftOut).toEqual([{ recording: 'main', startMs: 0, endMs: 10 * SECOND, reason }]);
  });

  test('talk after the last session is post-roll, from its end to the end of the captions', () => {
    const units = unitsOf(['I call this meeting to order.', 'Item one.', 'We are adjourned.', 'Is the stream still on?', 'Bye, everybody.']);
    const { leftOut } = settle(units, [0], { lastUnit: 2 });
    expect(leftOut).toEqual([{ recording: 'main', startMs: units[2]!.endMs, endMs: units[4]!.endMs, reason: 'post-roll: talk after the last session ended' }]);
  });

  test('a recording that is all agenda leaves nothing out', () => {
    const units = unitsOf(['I call this meeting to order.', 'Item one.', 'We are adjourned.']);
    expect(settle(units, [0]).leftOut).toEqual([]);
  });
});

describe('PRE_ROLL: what is said while people wait', () => {
  test.each([
    'good afternoon everyone, we will start in a few minutes',
    'we will get started shortly',
    'we are waiting for a few more people',
    'the stream will begin at six',
    'you can dial in at 202-555-0143',
    'press star six to unmute',
    'sound check, sound check',
  ])('"%s" is pre-roll talk', (text) => {
    expect(EN.meeting.preRoll!.test(text)).toBe(true);
  });

  test.each([
    'good afternoon everyone',
    'it is a pleasure to welcome you to this forum',
    'i call this meeting to order',
    'we started this project in 2019',
    'the budget for 2026 is 4.5 million',
  ])('"%s" is not', (text) => {
    expect(EN.meeting.preRoll!.test(text)).toBe(false);
  });
});

describe('alignEvent: an opening, not the waiting room, starts the first session', () => {
  const AGENDA = [agendaItem('opening', 'Opening remarks'), agendaItem('panel', 'Panel on regional transport'), agendaItem('closing', 'Closing')];
  const OPENINGS = [
    'It is a pleasure to welcome you to this forum on regional transport.',
    'I call this meeting of the transport committee to order.',
    "Welcome everyone to today's forum on regional transport.",
    'I declare the conference open.',
  ];
  /** The tolerance for an item's start. */
  const TOLERANCE_MS = 30_000;

  function forum(waitingTalk: string[], waitingMinutes: number, opening: string) {
    const script: Stretch[] = [
      { session: null, talk: waitingTalk, minutes: waitingMinutes },
      { session: 'opening', opening, talk: ['Thank you all for coming today.', 'We have a full programme.'], minutes: 1.5 },
      {
        session: 'panel',
        opening: 'Let me now turn to our panel on regional transport.',
        talk: ['The buses run every ten minutes on the main routes.', 'Rail service to the airport will expand.', 'Transport funding comes from the region.'],
        minutes: 6,
      },
      { session: 'closing', opening: 'To close, thank you to all the panelists.', talk: ['Goodbye and safe travels home.'], minutes: 0.5 },
    ];
    const track = meetingTrack(script, PUNCTUATED);
    return { track, alignment: alignEvent(meetingInput('forum', AGENDA, track.cues)) };
  }

  /** The first session starts at the opening or shortly before it, and what came before is listed as pre-roll. */
  function expectOpeningStarts({ track, alignment }: ReturnType<typeof forum>) {
    const opening = track.stretches.find((s) => s.session === 'opening')!.startMs;
    const first = alignment.sessions[0]!.startMs!;
    expect(first).toBeLessThanOrEqual(opening);
    expect(opening - first).toBeLessThanOrEqual(TOLERANCE_MS);
    expect(alignment.leftOut?.[0]).toMatchObject({ startMs: 0, endMs: first, reason: 'pre-roll: "start in" at 00:00:00' });
  }

  /** The openings and lengths of wait after which the first session does not start at the opening. */
  function failingWaits(waitingTalk: string[]): string[] {
    return OPENINGS.flatMap((opening) =>
      [1, 3, 10].flatMap((minutes) => {
        try {
          expectOpeningStarts(forum(waitingTalk, minutes, opening));
          return [];
        } catch {
          return [`${minutes} min, "${opening}"`];
        }
      }),
    );
  }

  describe.each([1, 3, 10])('after %i minutes of waiting ("we will start in a few minutes", "please take your seats")', (minutes) => {
    test.each(OPENINGS)('"%s"', (opening) =>
      expectOpeningStarts(forum(['We will start in a few minutes.', 'Please take your seats.', 'There is coffee at the back of the room.', 'We are waiting for a few more people.'], minutes, opening)));
  });

  // BUG: when the waiting room also greets ("good afternoon, nice to see you"), the whole wait,
  // from 1 to 10 minutes, goes into the first session (it starts at 00:00:00) after every one of
  // these openings. Without a schedule the "before the first session"
  // state costs `edge` per unit unless a PRE_ROLL phrase earns it, and OPENING's bonus at the true
  // start is paid once, so a wait of small talk is cheaper inside the first session.
  test.failing('BUG: after a waiting room that greets ("good afternoon everyone, we will start in a few minutes"), each opening starts the first session', () => {
    expect(failingWaits(['Good afternoon everyone, we will start in a few minutes.', 'Please take your seats.', 'There is coffee at the back of the room.', 'Good afternoon, nice to see you.'])).toEqual([]);
  });
});

describe('alignEvent with a schedule: a meeting that starts late', () => {
  const T0 = Date.parse('2026-06-11T22:00:00Z');
  const MIN = 60_000;
  /** The tolerance for an item's start. */
  const TOLERANCE_MS = 30_000;

  /** A recording that starts 5 minutes before the scheduled start of a meeting that starts `lateMin` late. */
  function lateMeeting(lateMin: number) {
    const script: Stretch[] = [
      { session: null, talk: ['We will start in a few minutes.', 'Please take your seats.', 'There is coffee at the back of the room.', 'We are waiting for a few more people.'], minutes: 5 + lateMin },
      { session: 'call', opening: 'Good evening. I call this meeting of the city council to order.', talk: ['Madam clerk, please call the roll.', 'We have a quorum.'], minutes: 1 },
      { session: 'parks', opening: 'Item two, the parks plan.', talk: ['The parks plan adds three playgrounds.', 'Trees will be planted along the river.'], minutes: 8, pauseBeforeMs: 2_000 },
      { session: 'budget', opening: 'Item three, the budget.', talk: ['The budget is balanced.', 'Revenue is up four percent.'], minutes: 8, pauseBeforeMs: 2_000 },
      { session: null, talk: ['Is the stream still on?', 'Bye everybody.'], minutes: 1 },
    ];
    const track = meetingTrack(script, PUNCTUATED);
    const start = T0 + 5 * MIN;
    const sessions: AgendaSession[] = [
      { ...agendaItem('call', '1. CALL TO ORDER'), startEpochMs: start, endEpochMs: start + MIN },
      { ...agendaItem('parks', '2. PARKS PLAN'), startEpochMs: start + MIN, endEpochMs: start + 9 * MIN },
      { ...agendaItem('budget', '3. BUDGET'), startEpochMs: start + 9 * MIN, endEpochMs: start + 17 * MIN },
    ];
    const input = meetingInput('council', sessions, track.cues);
    input.recordings[0]!.startsAtEpochMs = T0;
    return { track, alignment: alignEvent(input) };
  }
  const LATENESS = [0, 2, 4, 6, 10];

  test.each(LATENESS)('%i minutes late: every item starts where it was called, and the wait before is listed as pre-roll', (lateMin) => {
    const { track, alignment } = lateMeeting(lateMin);
    alignment.sessions.forEach((s, i) => {
      expect([s.id, Math.abs(s.startMs! - track.stretches[i + 1]!.startMs) <= TOLERANCE_MS]).toEqual([s.id, true]);
    });
    expect(alignment.leftOut?.[0]).toMatchObject({ startMs: 0, endMs: alignment.sessions[0]!.startMs, reason: 'pre-roll: "start in" at 00:00:00' });
  });

  // BUG: the "after the last session" state is free from the last scheduled end plus its
  // tolerance (2.4 min here) whatever the lateness the placement has found, so a meeting that
  // started late loses the end of its last item to the post-roll: at 10 minutes late, the last
  // 66 s of the budget item, with the budget still being talked about.
  test.failing('BUG: however late it started, the last item keeps its talk to the end, and only what follows is post-roll', () => {
    const cut = LATENESS.flatMap((lateMin) => {
      const { track, alignment } = lateMeeting(lateMin);
      const talkEnds = track.stretches[4]!.startMs;
      const budget = alignment.sessions[2]!;
      return Math.abs(budget.endMs! - talkEnds) <= TOLERANCE_MS ? [] : [`${lateMin} min late: budget ends ${Math.round((talkEnds - budget.endMs!) / 1000)} s before its talk does`];
    });
    expect(cut).toEqual([]);
  });
});
