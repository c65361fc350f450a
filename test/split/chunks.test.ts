import { chunkByTime } from '../../src/split/chunks';
import { SEGMENT } from '../../src/split/split-session';

/** Back-to-back items of the given lengths in seconds. */
function items(seconds: number[]): { startMs: number; endMs: number }[] {
  let t = 0;
  return seconds.map((s) => {
    const item = { startMs: t, endMs: t + s * 1000 };
    t += s * 1000;
    return item;
  });
}
const lengths = (chunks: { startMs: number; endMs: number }[][]) => chunks.map((c) => (c[c.length - 1]!.endMs - c[0]!.startMs) / 1000);

describe('chunkByTime (search segments: 30 s aimed, 15-45 s)', () => {
  test('closes a chunk once it reaches 30 s, cut only between items', () => {
    expect(lengths(chunkByTime(items([10, 10, 10, 10, 10, 10]), SEGMENT))).toEqual([30, 30]);
  });
  test('never grows past 45 s: the item that would overflow starts the next chunk', () => {
    expect(lengths(chunkByTime(items([20, 26, 20]), SEGMENT))).toEqual([20, 26, 20]);
  });
  test('a short tail joins the chunk before when both fit in 45 s', () => {
    expect(lengths(chunkByTime(items([12, 12, 12, 8]), SEGMENT))).toEqual([44]);
    expect(lengths(chunkByTime(items([20, 15, 10]), SEGMENT))).toEqual([45]);
  });
  test('a single item longer than 45 s is a chunk of its own; a short turn is one short chunk', () => {
    expect(lengths(chunkByTime(items([50, 10]), SEGMENT))).toEqual([50, 10]);
    expect(lengths(chunkByTime(items([5]), SEGMENT))).toEqual([5]);
  });
});
