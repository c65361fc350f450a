import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { agendaSessions, itemLetter, itemTitle, meetingKind, parseAgendaSections } from '../../eval/council/agenda-preview';
import { boundarySession, bostonSets, cueSizes, timeAtOffset, timeTranscript, toWebVtt, turnsOf } from '../../eval/council/boston';
import { cueTimes } from '../../eval/council/cue-times';
import { goldFiles, huntsvilleSet, huntsvilleSets } from '../../eval/council/huntsville';
import { describeCorpus } from '../helpers/shared-corpus';

const PREVIEW = [
  '# Agenda preview — City Council Regular Meeting, 2026-06-11',
  '',
  '- Legistar: https://example.org/MeetingDetail.aspx',
  '',
  '## Topics',
  '',
  '### 7. ANNOUNCEMENTS AND PRESENTATIONS',
  '',
  '- 2026-583      Annual report from the Advisory Council (HPCAC). City Council Regular Meeting                  Agenda                                   June 11, 2026',
  '',
  '### 4. APPROVAL OF THE MINUTES OF PREVIOUS MEETING(S)',
  '',
  '- 2026-581      Minutes of the Regular Meeting held on May 28, 2026. (Minutes Received)',
  '',
  '### 10. PUBLIC HEARINGS TO BE SET',
  '',
  '- 2026-585     Resolution to set a public hearing on the zoning of 2.41 acres. (Set July 23, 2026, Regular Council Meeting) *(Ordinance No. 26-491, sponsors: Planning)*',
  '- 2026-586     Resolution to set a public hearing on Lot 2 (DRP Concord). *(Ordinance No. 26-493, sponsors: Planning)*',
  '',
  'Sections with no listed items: 1. INVOCATION; 13. COUNCILMEMBER COMMENTS; 23. ADJOURNMENT',
  '',
  '## Link check',
  '',
  '- 103/103 agenda links OK.',
].join('\n');

describe('agenda preview', () => {
  test('item titles lose the file number, the sponsor tail, bookkeeping notes and a page footer, and keep their own parentheses', () => {
    expect(itemTitle('2026-586     Resolution on Lot 2 (DRP Concord). *(Ordinance No. 26-493, sponsors: Planning)*')).toBe('Resolution on Lot 2 (DRP Concord).');
    expect(itemTitle('2026-581 Minutes held on May 28, 2026. (Minutes Received)')).toBe('Minutes held on May 28, 2026.');
    expect(itemTitle('2026-583  Annual report (HPCAC). City Council Regular Meeting        Agenda        June 11, 2026')).toBe('Annual report (HPCAC).');
  });

  test('a regular meeting: one session per section in number order, listed and empty ones alike, titled with the number', () => {
    const sessions = agendaSessions(parseAgendaSections(PREVIEW), 'regular');
    expect(sessions.map((s) => [s.id, s.title])).toEqual([
      ['item-1', '1. INVOCATION'],
      ['item-4', '4. APPROVAL OF THE MINUTES OF PREVIOUS MEETING(S)'],
      ['item-7', '7. ANNOUNCEMENTS AND PRESENTATIONS'],
      ['item-10', '10. PUBLIC HEARINGS TO BE SET'],
      ['item-13', '13. COUNCILMEMBER COMMENTS'],
      ['item-23', '23. ADJOURNMENT'],
    ]);
    expect(sessions[3]!.description).toBe('Resolution to set a public hearing on the zoning of 2.41 acres.; Resolution to set a public hearing on Lot 2 (DRP Concord).');
    expect(sessions[2]!.description).toBe('Annual report from the Advisory Council (HPCAC).');
    expect(sessions[0]!.description).toBeUndefined();
  });

  test('a work session: a section listing several items becomes one session per item', () => {
    const sessions = agendaSessions(parseAgendaSections(PREVIEW), 'work-session');
    expect(sessions.map((s) => s.id)).toEqual(['item-1', 'item-4', 'item-7', 'item-10a', 'item-10b', 'item-13', 'item-23']);
    expect(sessions[4]!.title).toBe('Resolution to set a public hearing on Lot 2 (DRP Concord).');
    expect(meetingKind('City Council Work Session')).toBe('work-session');
    expect(meetingKind('City Council Regular Meeting')).toBe('regular');
    expect([0, 25, 26, 27].map(itemLetter)).toEqual(['a', 'z', 'aa', 'ab']);
  });
});

describe('synthetic timing of a transcript', () => {
  const text = 'Call to order. Docket number 0710, an ordinance on demolition! One two three four five six seven eight nine ten eleven twelve thirteen';

  test('turns end at . ? ! or a line break; a turn of n words becomes ceil(n/12) balanced cues', () => {
    expect(turnsOf('a b.\nc d\ne? f').map((t) => t.map((w) => w.text))).toEqual([['a', 'b.'], ['c', 'd'], ['e?'], ['f']]);
    expect(cueSizes(0)).toEqual([]);
    expect(cueSizes(12)).toEqual([12]);
    expect(cueSizes(13)).toEqual([7, 6]);
    expect(cueSizes(25)).toEqual([9, 8, 8]);
  });

  test('2.6 words/s, 0.4 s between turns, first turn at 0; a boundary takes the time of its word', () => {
    const { words, cues, endMs } = timeTranscript(text);
    // turn 1: 3 words [0, 1153.8); turn 2 starts 1553.8 ms, 7 words; turn 3 starts 1553.8 + 2692.3 + 400 = 4646.2 ms, 13 words
    expect(cues.map((c) => [c.startMs, c.endMs])).toEqual([
      [0, 1154],
      [1554, 4246],
      [4646, 7338],
      [7338, 9646],
    ]);
    expect(cues[3]!.text).toBe('eight nine ten eleven twelve thirteen');
    expect(endMs).toBe(9646);
    const docket = text.indexOf('Docket');
    expect(timeAtOffset(words, docket)).toBe(1554);
    // an offset inside a word, or in the space before it, gives that word's time
    expect(timeAtOffset(words, docket + 3)).toBe(1554);
    expect(timeAtOffset(words, docket - 1)).toBe(1554);
    expect(timeAtOffset(words, text.length)).toBeNull();
  });

  test('the WebVTT escapes markup and reads back with the same times', () => {
    const { cues } = timeTranscript('Fees & <costs> rise. Next.');
    const vtt = toWebVtt(cues);
    expect(vtt).toContain('Fees &amp; &lt;costs&gt; rise.');
    expect(cueTimes(vtt).map((c) => [c.startMs, c.endMs])).toEqual(cues.map((c) => [c.startMs, c.endMs]));
  });

  test('a docket boundary is titled by its number with the next words as description; other boundaries by position', () => {
    const record = { text, boundaries: [] };
    const b = { start: text.indexOf('Docket'), end: text.indexOf('0710') + 4, span_text: 'Docket number 0710' };
    expect(boundarySession(record, b, 1)).toEqual({ id: 'item-1', title: 'Docket #0710', description: 'an ordinance on demolition One two three four five six seven eight' });
    expect(boundarySession(record, { start: 0, end: 4, span_text: 'April 5, 2023' }, 2)).toEqual({ id: 'item-2', title: 'Item 2' });
  });
});

describeCorpus('council sets built from the shared corpus', () => {
  test('every Huntsville gold file matches its agenda and caption file, and gold starts are cue starts in agenda order', () => {
    const sets = huntsvilleSets();
    expect(sets.length).toBe(goldFiles().length);
    expect(sets.length).toBeGreaterThanOrEqual(4);
    for (const set of sets) {
      expect(set.gold.items.map((i) => i.id)).toEqual(set.sessions.map((s) => s.id));
      const starts = new Set(cueTimes(set.captions.text).map((c) => c.startMs));
      const timed = set.gold.items.filter((i) => i.startMs !== null).map((i) => i.startMs!);
      for (const t of timed) expect(starts.has(t)).toBe(true);
      expect([...timed].sort((a, b) => a - b)).toEqual(timed);
      expect(set.gold.items.some((i) => i.status === 'held')).toBe(true);
    }
    // a meeting's Whisper file is a second track only when the meeting has official captions too
    const primary = new Map(sets.map((s) => [s.id, s.primary]));
    expect(primary.get('huntsville-2026-06-11-whisper')).toBe(false);
    expect(primary.get('huntsville-2026-06-11')).toBe(true);
    expect(primary.get('huntsville-2026-04-09')).toBe(true);
  });

  test('a gold file whose time is not its cue start is refused, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'council-gold-'));
    try {
      const source = goldFiles()[0]!;
      const gold = JSON.parse(readFileSync(source, 'utf8')) as { sessions: Array<{ startMs?: number }> };
      const timed = gold.sessions.find((s) => s.startMs !== undefined)!;
      timed.startMs! += 1;
      const file = join(dir, 'changed.json');
      writeFileSync(file, JSON.stringify(gold));
      expect(() => huntsvilleSet(file)).toThrow(/changed\.json: .*does not start at/);
      copyFileSync(source, join(dir, 'same.json'));
      expect(() => huntsvilleSet(join(dir, 'same.json'))).not.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('every Boston set: an opening and one session per boundary, gold starts non-decreasing and inside the captions', () => {
    const sets = bostonSets();
    expect(sets.length).toBeGreaterThanOrEqual(3);
    for (const set of sets) {
      expect(set.sessions[0]!.id).toBe('opening');
      const starts = set.gold.items.map((i) => i.startMs);
      expect(starts.every((t) => t !== null && t >= 0 && t < set.gold.endMs)).toBe(true);
      expect([...(starts as number[])].sort((a, b) => a - b)).toEqual(starts);
      // each gold start lies in a cue: it is the time of a word of the synthetic captions
      const cues = cueTimes(set.captions.text);
      for (const t of starts as number[]) expect(cues.some((c) => c.startMs <= t && t < c.endMs)).toBe(true);
    }
  });
});
