/**
 * Array helpers safe for arrays of any length. Spreading an array into a call (`Math.max(...xs)`,
 * `out.push(...xs)`) passes every element as an argument on the stack, which throws "Maximum call
 * stack size exceeded" past roughly 100,000 elements: a day-long recording has more cues than that.
 */

/** The largest of `values`, or `floor` when it is larger (or `values` is empty). */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** The smallest of `values`, or `ceiling` when it is smaller (or `values` is empty). */
export function minOf(values: Iterable<number>, ceiling = Infinity): number {
  let min = ceiling;
  for (const v of values) if (v < min) min = v;
  return min;
}

/** Appends every item of `items` to `target` (in place) and returns `target`. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
