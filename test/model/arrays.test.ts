import { maxOf, minOf, pushAll } from '../../src/model/arrays';

// More elements than a call can take as arguments (the limit is about 120,000 on Node 20).
const LONG = 300_000;

describe('array helpers', () => {
  test('maxOf and minOf: the extreme value, or the bound when it wins or nothing is given', () => {
    expect(maxOf([3, 9, -2])).toBe(9);
    expect(minOf([3, 9, -2])).toBe(-2);
    expect(maxOf([], 5)).toBe(5);
    expect(minOf([])).toBe(Infinity);
    expect(maxOf([0.5, 0.2], 1e-9)).toBe(0.5);
    expect(maxOf([-3], 1e-9)).toBe(1e-9);
    expect(minOf([7, 4], 0)).toBe(0);
  });

  test(`maxOf, minOf and pushAll take ${LONG.toLocaleString('en')} values`, () => {
    const values = Array.from({ length: LONG }, (_x, i) => (i * 7919) % LONG);
    expect(maxOf(values)).toBe(LONG - 1);
    expect(minOf(values)).toBe(0);
    const target = ['first'];
    expect(pushAll(target, values.map(String))).toBe(target);
    expect(target).toHaveLength(LONG + 1);
    expect(target[1]).toBe('0');
    expect(target[LONG]).toBe(String(values[LONG - 1]));
  });
});
