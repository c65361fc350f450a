import { scheduleSessions, uniformSessions } from '../../eval/align/baselines';
import type { EvalManifest } from '../../eval/align/manifest';
import {
  alignmentSessions,
  BEFORE,
  boundaryF1,
  boundaryMarks,
  gridLabels,
  labelAt,
  pkWindowDiff,
  scoreAlignment,
  usedSessions,
  windowSize,
} from '../../eval/align/metrics';
import { vttCueSpan } from '../../eval/align/vtt-times';

/** Expected numbers below are worked out by hand from shared/docs/EVAL.md's definitions. */

const s = (id: string, startMs: number | null, endMs: number | null, status = 'aligned') => ({ id, status, startMs, endMs });

describe('used sessions', () => {
  test('missing, non-numeric and empty/negative intervals are not used; order is kept', () => {
    const used = usedSessions([s('a', 0, 10), s('b', 0, 10, 'missing'), s('c', null, 10), { id: 'd', startMs: '0', endMs: 10 }, s('e', 10, 10), s('f', 20, 10), null, s('g', 5, 6)]);
    expect(used.map((u) => [u.id, u.order])).toEqual([
      ['a', 0],
      ['g', 1],
    ]);
  });
});

describe('grid labels and tie rules', () => {
  test('inside several sessions: greatest startMs wins', () => {
    // A [0,10000) and B [5000,8000) both hold t = 6500; B starts later -> B (order 1)
    expect(labelAt(usedSessions([s('A', 0, 10000), s('B', 5000, 8000)]), 6500)).toBe(1);
    // listed the other way round, B is still the one: order 0
    expect(labelAt(usedSessions([s('B', 5000, 8000), s('A', 0, 10000)]), 6500)).toBe(0);
  });

  test('inside, same startMs: the later in the list wins', () => {
    expect(labelAt(usedSessions([s('A', 0, 10000), s('B', 0, 4000)]), 1500)).toBe(1);
  });

  test('in a gap: the session with the greatest endMs <= t', () => {
    // A [0,2000), B [1000,3000), C [5000,8000): t = 3500 is inside none; B ended last (3000) -> order 1
    expect(labelAt(usedSessions([s('A', 0, 2000), s('B', 1000, 3000), s('C', 5000, 8000)]), 3500)).toBe(1);
  });

  test('in a gap, equal endMs: greatest startMs, then later in the list', () => {
    // A [0,3000) and B [1000,3000) both end at 3000: B started later -> 1
    expect(labelAt(usedSessions([s('B', 1000, 3000), s('A', 0, 3000)]), 3500)).toBe(0);
    expect(labelAt(usedSessions([s('A', 0, 3000), s('B', 1000, 3000)]), 3500)).toBe(1);
    // identical intervals: the later entry -> 1
    expect(labelAt(usedSessions([s('A', 1000, 3000), s('B', 1000, 3000)]), 3500)).toBe(1);
  });

  test('before every session, and the half-open end', () => {
    const used = usedSessions([s('A', 2000, 3000), s('B', 3000, 4000)]);
    expect(labelAt(used, 500)).toBe(BEFORE);
    // t = 3000 is A's end (excluded) and B's start (included) -> B
    expect(labelAt(used, 3000)).toBe(1);
  });

  test('N = ceil(duration / 1000), sampled at 1000i + 500', () => {
    // duration 2500 ms -> N = 3, instants 500, 1500, 2500; A [0,1500) holds only 500; 1500 is in B
    const labels = gridLabels(usedSessions([s('A', 0, 1500), s('B', 1500, 2600)]), 2500);
    expect(labels).toEqual([0, 1, 1]);
    expect(boundaryMarks(labels)).toEqual([1, 0]);
  });
});

describe('k', () => {
  test('round(mean length in s / 2) with round(x) = floor(x + 0.5)', () => {
    // lengths 10 s and 16 s: mean 13 s, 13 / 2 = 6.5 -> floor(7.0) = 7 (banker's rounding would give 6)
    expect(windowSize(usedSessions([s('a', 0, 10000), s('b', 10000, 26000)]), 100)).toBe(7);
  });

  test('clamped to [1, N-1]', () => {
    // mean 100 s -> 50, but N = 4 -> 3
    expect(windowSize(usedSessions([s('a', 0, 100000)]), 4)).toBe(3);
    // mean 0.8 s -> 0.4 -> floor(0.9) = 0 -> 1
    expect(windowSize(usedSessions([s('a', 0, 800)]), 10)).toBe(1);
  });
});

describe('Pk and WindowDiff', () => {
  // Gold: s1 [0,5000), s2 [5000,10000), duration 10 s -> N = 10, labels s1 x5 then s2 x5, b[4] = 1.
  // k = round(5 / 2) = floor(3.0) = 3; windows i = 0..6 (7 of them), window i covers b[i..i+2].
  // Gold windows with a boundary: i = 2, 3, 4.
  const gold = { durationMs: 10000, sessions: [s('s1', 0, 5000), s('s2', 5000, 10000)] };

  test('one boundary 2 s late', () => {
    // prediction s1 [0,7000), s2 [7000,10000): b[6] = 1 -> windows i = 4, 5, 6.
    // disagree at i = 2, 3, 5, 6 -> Pk = 4/7; counts also differ exactly there -> WD = 4/7
    const r = scoreAlignment(gold, [s('s1', 0, 7000), s('s2', 7000, 10000)]);
    expect(r.k).toBe(3);
    expect(r.n).toBe(10);
    expect(r.pk).toBeCloseTo(4 / 7, 12);
    expect(r.wd).toBeCloseTo(4 / 7, 12);
  });

  test('WD counts boundaries, Pk only their presence; F1, MAE and coverage', () => {
    // prediction s1 [0,4000), s2 [4000,5000), s3 [5000,10000): labels s1 x4, s2, s3 x5 -> b[3] = b[4] = 1.
    // pred counts per window i=0..6: 0,1,2,2,1,0,0; gold: 0,0,1,1,1,0,0.
    // Pk: presence differs only at i = 1 -> 1/7. WD: counts differ at i = 1, 2, 3 -> 3/7.
    // F1: gold boundaries [5000]; predicted starts [0,4000,5000] minus the smallest -> [4000,5000];
    // g = 5000 takes the smallest unmatched p >= -25000, i.e. 4000 (<= 35000): 1 hit.
    // P = 1/2, R = 1/1, F1 = 2 * 0.5 * 1 / 1.5 = 2/3.
    // MAE: gold s2 starts 5000, predicted s2 4000 -> 1.0 s; coverage 1/1.
    const r = scoreAlignment(gold, [s('s1', 0, 4000), s('s2', 4000, 5000), s('s3', 5000, 10000)]);
    expect(r.pk).toBeCloseTo(1 / 7, 12);
    expect(r.wd).toBeCloseTo(3 / 7, 12);
    expect(r.precision).toBeCloseTo(0.5, 12);
    expect(r.recall).toBe(1);
    expect(r.f1).toBeCloseTo(2 / 3, 12);
    expect(r.maeS).toBe(1);
    expect(r.coverage).toBe(1);
    expect(r.failed).toBe(false);
  });

  test('direct: no window disagrees when both are equal; N <= k gives 0', () => {
    expect(pkWindowDiff([0, 1, 0, 0], [0, 1, 0, 0], 2)).toEqual({ pk: 0, wd: 0 });
    expect(pkWindowDiff([], [], 1)).toEqual({ pk: 0, wd: 0 });
  });

  test('an empty sessions list is scored (all "before"), not failed', () => {
    // pred has no boundary: disagree where gold has one, i = 2, 3, 4 -> 3/7 for both.
    // F1: no predicted boundary -> P = 0, hits 0 -> F1 = 0; MAE undefined; coverage 0/1
    const r = scoreAlignment(gold, []);
    expect(r.failed).toBe(false);
    expect(r.pk).toBeCloseTo(3 / 7, 12);
    expect(r.wd).toBeCloseTo(3 / 7, 12);
    expect(r.f1).toBe(0);
    expect(r.maeS).toBeNull();
    expect(r.coverage).toBe(0);
  });

  test('a failed set: Pk = WD = 1, F1 = P = R = 0, no MAE', () => {
    const r = scoreAlignment(gold, alignmentSessions({ generator: 'x', recordings: [] }));
    expect(r).toMatchObject({ failed: true, pk: 1, wd: 1, f1: 0, precision: 0, recall: 0, maeS: null });
    expect(alignmentSessions('not an object')).toBeNull();
    expect(alignmentSessions({ sessions: 'nope' })).toBeNull();
    expect(alignmentSessions({ sessions: [] })).toEqual([]);
  });

  test('MAE uses the first used predicted session with the id; missing ones do not count', () => {
    // gold s2 starts 5000. Predicted s2 (missing) is skipped, the next s2 at 8000 is used: 3.0 s.
    const r = scoreAlignment(gold, [s('s1', 0, 5000), s('s2', 1000, 2000, 'missing'), s('s2', 8000, 9000), s('s2', 5000, 6000)]);
    expect(r.maeS).toBe(3);
    expect(r.coverage).toBe(1);
  });
});

describe('boundary F1 greedy matching (±30 s)', () => {
  test('each g, ascending, takes the smallest unmatched p >= g - 30 s when p <= g + 30 s', () => {
    // predicted [0, 75000, 110000, 125000] given unsorted; without the smallest: [75000, 110000, 125000].
    // g = 100000: smallest p >= 70000 is 75000 (<= 130000) -> hit.
    // g = 140000: smallest unmatched p >= 110000 is 110000 (<= 170000, exactly 30 s) -> hit.
    // hits 2: P = 2/3, R = 2/2, F1 = 2 * (2/3) / (5/3) = 0.8
    const r = boundaryF1([140000, 100000], [125000, 0, 110000, 75000]);
    expect(r.hits).toBe(2);
    expect(r.precision).toBeCloseTo(2 / 3, 12);
    expect(r.recall).toBe(1);
    expect(r.f1).toBeCloseTo(0.8, 12);
  });

  test('one-to-one: a predicted boundary serves one gold boundary only', () => {
    // pred [0, 105000] -> [105000]; g = 100000 takes it; g = 110000 finds none: hits 1, P = 1, R = 1/2, F1 = 2/3
    const r = boundaryF1([100000, 110000], [0, 105000]);
    expect(r).toMatchObject({ hits: 1, precision: 1, recall: 0.5 });
    expect(r.f1).toBeCloseTo(2 / 3, 12);
  });

  test('beyond the tolerance: the smallest candidate is too late, no hit, F1 = 0', () => {
    // pred [0, 130001] -> [130001] > 100000 + 30000: no hit, P = R = F1 = 0
    expect(boundaryF1([100000], [0, 130001])).toEqual({ hits: 0, precision: 0, recall: 0, f1: 0 });
  });

  test('candidates more than 30 s early are skipped', () => {
    // pred [0, 60000, 100000] -> [60000, 100000]; 60000 < 70000 is not a candidate, 100000 hits:
    // P = 1/2, R = 1, F1 = 2/3
    const r = boundaryF1([100000], [0, 60000, 100000]);
    expect(r.hits).toBe(1);
    expect(r.f1).toBeCloseTo(2 / 3, 12);
  });
});

describe('baselines', () => {
  test('uniform: [round(a + i(z-a)/K), round(a + (i+1)(z-a)/K))', () => {
    // a = 1000, z = 2000, K = 3: 1333.33 -> 1333, 1666.67 -> 1667
    expect(uniformSessions(['a', 'b', 'c'], 1000, 2000)).toEqual([
      { id: 'a', startMs: 1000, endMs: 1333 },
      { id: 'b', startMs: 1333, endMs: 1667 },
      { id: 'c', startMs: 1667, endMs: 2000 },
    ]);
    // halves round up: a = 0, z = 5, K = 2 -> 2.5 -> 3
    expect(uniformSessions(['a', 'b'], 0, 5)).toEqual([
      { id: 'a', startMs: 0, endMs: 3 },
      { id: 'b', startMs: 3, endMs: 5 },
    ]);
  });

  test('schedule: wall-clock starts in the event timezone minus startsAt; last ends at its end', () => {
    // 1 July: London is on BST (+01:00), so 10:01 local = 09:01Z = 60 s after startsAt
    const manifest: EvalManifest = {
      id: 'x',
      title: 'x',
      timezone: 'Europe/London',
      date: '2005-07-01',
      sessions: [
        { id: 'a', title: 'A', start: '10:01' },
        { id: 'b', title: 'B', start: '10:05:30', end: '10:20' },
      ],
      recordings: [{ id: 'main', captions: 'c.vtt', startsAt: '2005-07-01T10:00:00+01:00' }],
    };
    expect(scheduleSessions(manifest)).toEqual([
      { id: 'a', startMs: 60000, endMs: 330000 },
      { id: 'b', startMs: 330000, endMs: 1200000 },
    ]);
  });

  test('VTT span: earliest cue start and latest cue end, hours optional', () => {
    const vtt = 'WEBVTT\n\nNOTE a note\n\n1\n00:05.250 --> 00:07.000 align:start\nhi\n\n2\n01:00:00.000 --> 01:00:01.500\nbye\n\n3\n00:01.000 --> 00:02.000\nearly\n';
    expect(vttCueSpan(vtt)).toEqual({ startMs: 1000, endMs: 3601500 });
    expect(vttCueSpan('WEBVTT\n')).toBeNull();
  });
});
