import { alignEvent } from '../../src/align/align-event';
import { DEFAULT_ALIGN_PARAMS, type AlignParams } from '../../src/align/params';
import { Alignment, type AlignedSession } from '../../src/model/alignment';
import { agendaItem, CART_CAPS, meetingInput, meetingTrack, PUNCTUATED, type CaptionStyle, type MeetingTrack, type Stretch } from './council-meeting';

/**
 * A small council meeting aligned end to end: backstage talk before it, a call to order, items
 * announced by number after a short pause, one item the chair declares empty, an adjournment and
 * talk after it.
 */

const AGENDA = [
  agendaItem('call', '1. CALL TO ORDER'),
  agendaItem('minutes', '2. APPROVAL OF MINUTES'),
  agendaItem('public', '3. PUBLIC COMMENT'),
  agendaItem('members', '4. COUNCILMEMBER COMMENTS'),
  agendaItem('fire', '5. RESOLUTION AUTHORIZING THE PURCHASE OF FIRE APPARATUS'),
  agendaItem('adjourn', '6. ADJOURNMENT'),
];

/** How the chair reads out item n ("item three, public comment"). */
type Announce = (n: string, what: string) => string;

/** The chair's pause before reading out the next item, ms. */
const ITEM_PAUSE_MS = 2_000;

/**
 * What residents say in public comment: about their streets, in no word of the agenda's. As
 * chaired, the chair also thanks each one and calls the next speaker.
 */
const PUBLIC_TALK = [
  'Our first resident lives in the Five Points neighborhood.',
  'The traffic on Oakwood Avenue is dangerous for our children.',
  'We need a crosswalk near the school.',
  'The sidewalks are broken and the street lights are out.',
  'Another resident asked about the library hours.',
];
const PUBLIC_TALK_AS_CHAIRED = [...PUBLIC_TALK, 'Thank you for your comments.', 'Our next speaker, please come to the podium.'];

function script(announce: Announce, publicTalk = PUBLIC_TALK): Stretch[] {
  const stretches: Stretch[] = [
    {
      session: null,
      talk: [
        'Good afternoon everyone, we will start in a few minutes.',
        'If you are joining by phone please stay on the line.',
        'Can you hear me in the back of the room?',
        'We are waiting for a few more members to arrive.',
        'Please mute your microphones while we wait.',
      ],
      minutes: 3,
    },
    {
      session: 'call',
      opening: 'Good evening. I call this regular meeting of the city council to order.',
      talk: ['Madam clerk, please call the roll.', 'Council member Jones is here.', 'Council member Smith is here.', 'Council president Lee is here.', 'We have a quorum.'],
      minutes: 1,
    },
    {
      session: 'minutes',
      opening: announce('two', 'approval of the minutes of the last meeting'),
      talk: ['Is there a motion to approve the minutes?', 'So moved.', 'Second.', 'All in favor say aye.', 'The minutes are approved.'],
      minutes: 1.5,
    },
    {
      session: 'public',
      opening: announce('three', 'public comment'),
      talk: publicTalk,
      minutes: 6,
    },
    { session: 'members', opening: announce('four', 'council member comments'), talk: ['We have none.'], minutes: 0 },
    {
      session: 'fire',
      opening: announce('five', 'a resolution authorizing the purchase of fire apparatus'),
      talk: [
        'The fire chief is here to answer questions.',
        'This purchase replaces two engines that are twenty years old.',
        'The new apparatus will be delivered next spring.',
        'The cost is covered by the capital fund.',
        'Is there any discussion on the fire engines?',
        'The resolution passes.',
      ],
      minutes: 6,
    },
    { session: 'adjourn', opening: announce('six', 'adjournment'), talk: ['There being no further business, we are adjourned.', 'Thank you all for coming.'], minutes: 0.3 },
    { session: null, talk: ['Okay, is the stream still on?', 'Somebody please stop the recording.', 'Bye everybody, see you next week.'], minutes: 1 },
  ];
  return stretches.map((s, i) => (i > 1 && s.session ? { ...s, pauseBeforeMs: ITEM_PAUSE_MS } : s));
}

const ANNOUNCEMENTS: Array<[string, Announce]> = [
  ['"item three, public comment"', (n, what) => `Item ${n}, ${what}.`],
  ['"that brings us to item 3"', (n, what) => `Thank you. That brings us to item ${({ two: 2, three: 3, four: 4, five: 5, six: 6 } as Record<string, number>)[n]}, ${what}.`],
  ['"we will go on now with item number three"', (n, what) => `We will go on now with item number ${n}, ${what}.`],
];
const STYLES: Array<[string, CaptionStyle]> = [
  ['punctuated captions', PUNCTUATED],
  ['unpunctuated upper-case captions', CART_CAPS],
];
const CASES = ANNOUNCEMENTS.flatMap(([a, announce]) => STYLES.map(([s, style]) => [a, s, announce, style] as const));

interface Meeting {
  track: MeetingTrack;
  alignment: Alignment;
  byId: Map<string, AlignedSession>;
  /** cue starts next to a stretch's first cue: its own and the one before and after */
  nearAnnouncement: (id: string) => number[];
}

function alignMeeting(announce: Announce, style: CaptionStyle, params: AlignParams, publicTalk = PUBLIC_TALK): Meeting {
  const track = meetingTrack(script(announce, publicTalk), style);
  const alignment = alignEvent(meetingInput('council', AGENDA, track.cues), params);
  const nearAnnouncement = (id: string) => {
    const i = track.stretches.find((s) => s.session === id)!.firstCue;
    return [i - 1, i, i + 1].filter((c) => c >= 0 && c < track.cues.length).map((c) => track.cues[c]!.startMs);
  };
  return { track, alignment, byId: new Map(alignment.sessions.map((s) => [s.id, s])), nearAnnouncement };
}

/** What the issue asks of such a meeting, each a check that throws when it does not hold. */
const EXPECT = {
  valid: ({ alignment }: Meeting) => {
    expect(Alignment.parse(alignment)).toEqual(alignment);
  },
  emptyItemMissing: ({ byId }: Meeting) => {
    const members = byId.get('members')!;
    expect(members).toMatchObject({ status: 'missing', startMs: null, endMs: null, recording: null });
    expect(members.evidence.join(' | ')).toMatch(/declared empty at \d\d:\d\d:\d\d: "we have none"/);
  },
  neighboursAligned: ({ byId }: Meeting) => {
    expect(['public', 'fire'].map((id) => byId.get(id)!.status)).toEqual(['aligned', 'aligned']);
  },
  itemBeforeKeepsTime: ({ byId }: Meeting) => {
    expect(byId.get('public')!.endMs).toBe(byId.get('fire')!.startMs);
  },
  startsAtAnnouncement: ({ byId, nearAnnouncement }: Meeting) => {
    for (const id of ['minutes', 'public', 'fire', 'adjourn']) expect([id, nearAnnouncement(id)]).toEqual([id, expect.arrayContaining([byId.get(id)!.startMs])]);
  },
  callToOrderStarts: ({ byId, nearAnnouncement }: Meeting) => {
    expect(nearAnnouncement('call')).toContain(byId.get('call')!.startMs);
  },
  noBoundaryMidSentence: ({ alignment, track }: Meeting) => {
    for (const s of alignment.sessions.filter((x) => x.status === 'aligned')) expect([s.id, track.sentenceStarts.has(s.startMs!)]).toEqual([s.id, true]);
  },
  preRollListed: ({ alignment, byId }: Meeting) => {
    const preRoll = alignment.leftOut?.find((l) => l.reason.startsWith('pre-roll'));
    expect(preRoll).toMatchObject({ recording: 'main', startMs: 0, endMs: byId.get('call')!.startMs });
    expect(preRoll!.reason).toMatch(/^pre-roll: "(?:start in|few minutes|can you hear me|waiting for)[^"]*" at 00:0\d:\d\d$/i);
  },
  postRollListed: ({ alignment, byId, track }: Meeting) => {
    const postRoll = alignment.leftOut?.find((l) => l.reason.startsWith('post-roll'));
    expect(postRoll?.endMs).toBe(track.cues[track.cues.length - 1]!.endMs);
    expect(postRoll!.startMs).toBeGreaterThanOrEqual(byId.get('adjourn')!.endMs!);
    // within a unit or two of where the talk after the meeting begins
    expect(postRoll!.startMs).toBeLessThanOrEqual(track.stretches[track.stretches.length - 1]!.startMs + 10_000);
  },
};

describe.each(CASES)('a council meeting announced as %s, in %s', (_a, _s, announce, style) => {
  const meeting = alignMeeting(announce, style, DEFAULT_ALIGN_PARAMS);

  test('the alignment is valid alignment.json', () => EXPECT.valid(meeting));
  test('the neighbours of the item declared empty are aligned', () => EXPECT.neighboursAligned(meeting));
  test('no session boundary falls inside a sentence', () => EXPECT.noBoundaryMidSentence(meeting));
  test('the pre-roll is left out and listed with the phrase that shows it', () => EXPECT.preRollListed(meeting));
  test('the talk after the adjournment is left out and listed as post-roll', () => EXPECT.postRollListed(meeting));

  // BUG (one unit early, and items shorter than a unit): an item's words and spoken number are
  // summed over a window of one unit either side (lexicalWindow 1), so they count for the unit
  // before its announcement too, and the placement starts items there, 4 to 11 s early in these
  // tracks; the call to order takes in "good afternoon everyone, we will start in a few minutes"
  // from the waiting room. The item declared empty lands on the unit before its announcement,
  // and declaredEmpty reads only the item's own units, so its "we have none" is never seen and it
  // stays aligned. (With lexicalWindow 0 the starts come within a cue or two, but the empty item still fails
  // in half of these tracks: a unit lasts at least 5 s, so "we have none" and the next item's
  // announcement 3 s later share one unit, and the item cannot end between them.)
  test.failing('BUG: the item declared empty is missing, with evidence naming what the chair said', () => EXPECT.emptyItemMissing(meeting));
  test.failing('BUG: the item before the empty one keeps the time up to the next', () => EXPECT.itemBeforeKeepsTime(meeting));
  test.failing('BUG: items announced by their number start at the announcement, within one cue', () => EXPECT.startsAtAnnouncement(meeting));
  test.failing('BUG: the call to order, not the greeting of the waiting room, starts the meeting', () => EXPECT.callToOrderStarts(meeting));
});

describe.each(CASES)('public comment as chaired ("thank you for your comments", "our next speaker"), announced as %s, in %s', (_a, _s, announce, style) => {
  const meeting = alignMeeting(announce, style, DEFAULT_ALIGN_PARAMS, PUBLIC_TALK_AS_CHAIRED);

  // BUG: the agenda vocabulary keyed by the title word "comments" (comment, speaker, thank,
  // address, podium, minutes: what public comment sounds like) is given to
  // "4. COUNCILMEMBER COMMENTS", so when the chair thanks speakers and calls the next one, the
  // council members' item takes public comment's six minutes and public comment keeps about
  // 12 s. With that one vocabulary entry removed, it ends within 8 s of the announcement.
  test.failing("BUG: public comment keeps its minutes: it ends within 30 s of the next item's announcement", () => {
    const next = meeting.track.stretches.find((s) => s.session === 'members')!;
    expect(Math.abs(meeting.byId.get('public')!.endMs! - next.startMs)).toBeLessThanOrEqual(30_000);
  });
});
