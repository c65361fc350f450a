import { vttCueSpan, vttTimestampMs as timestampMs } from '../../eval/align/vtt-times';
import { cueTimes } from '../../eval/council/cue-times';
import { oneTrackRow, tableRows, type SetResult } from '../../eval/council/report';
import { goldAlignment, scoreCouncil, type CouncilGold } from '../../eval/council/score';
import { BOTH_LABELS, BOUNDARY_LABEL_ONLY, confusion, type SeattleWindow } from '../../eval/council/seattle';

/** Expected figures are worked out by hand from eval/council/README.md's definitions. */

const gold: CouncilGold = {
  endMs: 400_000,
  items: [
    { id: 'a', status: 'held', startMs: 10_000 },
    { id: 'b', status: 'empty', startMs: 100_000 },
    { id: 'c', status: 'held', startMs: 100_000 },
    { id: 'd', status: 'absent', startMs: null },
    { id: 'e', status: 'held', startMs: 300_000 },
  ],
};
const p = (id: string, startMs: number, endMs: number, status = 'aligned') => ({ id, status, startMs, endMs });

describe('council scores', () => {
  test('gold sessions are the held items, each ending where the next held item starts, the last at the captions end', () => {
    expect(goldAlignment(gold)).toEqual({
      durationMs: 400_000,
      sessions: [
        { id: 'a', startMs: 10_000, endMs: 100_000 },
        { id: 'c', startMs: 100_000, endMs: 300_000 },
        { id: 'e', startMs: 300_000, endMs: 400_000 },
      ],
    });
  });

  test('start shares count held items only; a held item predicted missing is a miss at every tolerance', () => {
    // a: +14 s; c: -31 s; e: predicted missing
    const s = scoreCouncil(gold, [p('a', 24_000, 69_000), p('b', 69_000, 69_000), p('c', 69_000, 300_000), p('d', 0, 0, 'missing'), p('e', 300_000, 400_000, 'missing')]);
    expect(s.counts).toEqual({ held: 3, empty: 1, absent: 1 });
    expect(s.within).toEqual({ 15: 1, 30: 1, 60: 2 });
    expect(s.items.map((i) => i.diffMs)).toEqual([14_000, null, -31_000, null, null]);
  });

  test('missing-item accuracy: held must be used, empty and absent must not be (zero length counts as not used)', () => {
    const s = scoreCouncil(gold, [p('a', 0, 50_000), p('b', 50_000, 50_000), p('c', 50_000, 300_000), p('d', 300_000, 310_000), p('e', 310_000, 400_000, 'missing')]);
    expect(s.items.map((i) => i.right)).toEqual([true, true, true, false, false]);
    expect(s.missingRight).toBe(3);
  });

  test('a prediction equal to gold has Pk 0 and every held item within 15 s; no prediction fails with Pk 1', () => {
    const exact = scoreCouncil(gold, [p('a', 10_000, 100_000), p('c', 100_000, 300_000), p('e', 300_000, 400_000)]);
    expect(exact.pk).toBe(0);
    expect(exact.within[15]).toBe(3);
    const none = scoreCouncil(gold, null);
    expect(none.failed).toBe(true);
    expect(none.pk).toBe(1);
    expect(none.within[60]).toBe(0);
  });
});

describe('council report rows', () => {
  const exact = [p('a', 10_000, 100_000), p('c', 100_000, 300_000), p('e', 300_000, 400_000)];
  const late = [p('a', 50_000, 100_000), p('c', 100_000, 300_000), p('e', 300_000, 400_000)];
  const result = (set: string, group: string, primary: boolean, predicted: unknown[]): SetResult => ({
    set,
    group,
    captionKind: 'captions',
    primary,
    recap: scoreCouncil(gold, predicted),
    uniform: scoreCouncil(gold, null),
    recapMs: 1,
  });

  test('item shares are pooled over items, Pk averaged over sets; a group with a second track also gets a row without it', () => {
    const rows = tableRows([result('m1', 'hv', true, exact), result('m1-asr', 'hv', false, late), result('b1', 'bo', true, exact)]);
    expect(rows.map((r) => r.group)).toEqual(['m1', 'm1-asr', 'b1', 'hv (all)', oneTrackRow('hv'), 'bo (all)', 'all sets']);
    const all = rows.find((r) => r.group === 'hv (all)')!;
    // 6 held items, the late "a" (+40 s) is within 60 s only
    expect(all.recap.within).toEqual({ 15: 5 / 6, 30: 5 / 6, 60: 1 });
    expect(all.counts).toEqual({ held: 6, empty: 2, absent: 2 });
    expect(all.recap.pk).toBeCloseTo((0 + rows[1]!.recap.pk) / 2);
    expect(rows[1]!.recap.pk).toBeGreaterThan(0);
    expect(rows.find((r) => r.group === oneTrackRow('hv'))!.recap.within[15]).toBe(1);
    expect(all.uniform.pk).toBe(1);
    expect(all.failed).toBe(0);
  });
});

describe('cue times', () => {
  test('WebVTT and SRT timestamps, numbered in file order', () => {
    expect(timestampMs('01:02.003')).toBe(62_003);
    expect(timestampMs('01:00:00,500')).toBe(3_600_500);
    expect(timestampMs('1:2')).toBeNull();
    const srt = '1\n00:00:01,000 --> 00:00:02,500\nhello\n\n2\n00:00:03,000 --> 00:00:04,000\nworld\n';
    expect(cueTimes(srt)).toEqual([
      { number: 1, startMs: 1000, endMs: 2500 },
      { number: 2, startMs: 3000, endMs: 4000 },
    ]);
    const vtt = 'WEBVTT\n\n00:05.000 --> 00:09.000 align:start\nlater\n\n00:01.000 --> 00:02.000\nearlier\n';
    expect(vttCueSpan(vtt)).toEqual({ startMs: 1000, endMs: 9000 });
    expect(vttCueSpan('WEBVTT\n')).toBeNull();
  });
});

describe('Seattle windows', () => {
  const w = (label: string, answer: string, text: string): SeattleWindow => ({ label, answer, text });
  const windows = [
    w('MINUTES-BOUNDARY', 'accept', 'moving on to item two'),
    w('MINUTES-BOUNDARY', 'accept', 'thank you all'),
    w('MINUTES-BOUNDARY', 'reject', 'moving on to lunch'),
    w('MINUTES-BOUNDARY', 'reject', 'we vote now'),
    w('OTHER', 'reject', 'moving on to public comment'),
    w('OTHER', 'accept', 'moving on'),
    w('OTHER', 'ignore', 'moving on'),
  ];
  const detect = (text: string) => text.includes('moving on');

  test('both labels: accepted boundary or rejected OTHER is a boundary; ignored answers are left out', () => {
    const c = confusion(windows, BOTH_LABELS, detect);
    expect({ tp: c.tp, fp: c.fp, fn: c.fn, tn: c.tn, windows: c.windows }).toEqual({ tp: 2, fp: 2, fn: 1, tn: 1, windows: 6 });
    expect(c.precision).toBeCloseTo(0.5);
    expect(c.recall).toBeCloseTo(2 / 3);
  });

  test('boundary label only: OTHER records are left out', () => {
    const c = confusion(windows, BOUNDARY_LABEL_ONLY, detect);
    expect({ tp: c.tp, fp: c.fp, fn: c.fn, tn: c.tn }).toEqual({ tp: 1, fp: 1, fn: 1, tn: 1 });
    expect(confusion([], BOUNDARY_LABEL_ONLY, detect).precision).toBeNull();
  });
});
