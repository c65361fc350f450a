import { cueSpan } from '../../src/model/cue-span';

describe('cueSpan', () => {
  test('from the earliest start to the latest end, whatever the order of the cues', () => {
    expect(cueSpan([{ startMs: 5000, endMs: 6000 }, { startMs: 1000, endMs: 9000 }, { startMs: 3000, endMs: 4000 }])).toEqual({ startMs: 1000, endMs: 9000 });
  });

  test('no cues, no span', () => {
    expect(cueSpan([])).toBeUndefined();
  });

  test('a day of cues at one a second (more than a call takes as arguments)', () => {
    const cues = Array.from({ length: 200_000 }, (_x, i) => ({ startMs: (199_999 - i) * 1000, endMs: (199_999 - i) * 1000 + 800 }));
    expect(cueSpan(cues)).toEqual({ startMs: 0, endMs: 199_999_800 });
  });
});
