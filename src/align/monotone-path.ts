/**
 * The best assignment of units to states in agenda order, by dynamic programming: each unit
 * takes a state, states never go back, and none is skipped except the optional first ("before
 * the first session") and last ("after the last") states. A unit's score in a state plus the
 * boundary bonus of every unit where a new state starts make the total. O(units x states).
 */
export interface PathResult {
  /** state of each unit */
  states: Int32Array;
  total: number;
}

/**
 * `enter[s][u]`, when given, is added when state s starts at unit u (a prior on where each
 * state begins), on top of the shared `boundary[u]` bonus.
 */
export function bestMonotonePath(scores: Float64Array[], boundary: Float64Array, enter?: Array<Float64Array | undefined>): PathResult {
  const states = scores.length;
  const n = scores[0]?.length ?? 0;
  const last = states - 1;
  const NEG = -Infinity;
  let prev = new Float64Array(states).fill(NEG);
  let cur = new Float64Array(states);
  // cameFromPrevious[u * states + s] = 1 when unit u entered state s from s - 1.
  const entered = new Uint8Array(n * states);
  if (n === 0) return { states: new Int32Array(0), total: 0 };
  prev[0] = scores[0]![0]!;
  if (states > 1) prev[1] = scores[1]![0]! + (enter?.[1]?.[0] ?? 0); // the "before" state may be empty
  if (states > 1) entered[1] = 1;
  for (let u = 1; u < n; u++) {
    const b = boundary[u]!;
    for (let s = 0; s < states; s++) {
      const stay = prev[s]!;
      const move = s > 0 ? prev[s - 1]! + b + (enter?.[s]?.[u] ?? 0) : NEG;
      if (move > stay) {
        cur[s] = move + scores[s]![u]!;
        entered[u * states + s] = 1;
      } else {
        cur[s] = stay + scores[s]![u]!;
      }
    }
    [prev, cur] = [cur, prev];
  }
  // End in the last session or in the "after" state.
  let s = states > 2 && prev[last - 1]! > prev[last]! ? last - 1 : last;
  const total = prev[s]!;
  const out = new Int32Array(n);
  for (let u = n - 1; u >= 0; u--) {
    out[u] = s;
    if (u > 0 && entered[u * states + s]) s--;
  }
  // The first unit may have entered state 1 directly (empty "before").
  return { states: out, total };
}
