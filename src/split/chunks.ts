/** Something with a time span in ms, [startMs, endMs). */
export interface Timed {
  startMs: number;
  endMs: number;
}

export interface ChunkLimits {
  /** close a chunk once it lasts this long, ms */
  targetMs: number;
  /** never grow a chunk past this, ms (a single longer item still forms a chunk) */
  maxMs: number;
  /** a last chunk shorter than this joins the one before when they fit in maxMs together, ms */
  minMs: number;
  /** close a chunk once it holds this many items */
  maxItems?: number;
}

/**
 * Groups consecutive items (sentences of one turn) into chunks of about `targetMs`, cut only
 * between items: never longer than `maxMs` unless one item is, and a short tail is merged back.
 */
export function chunkByTime<T extends Timed>(items: readonly T[], limits: ChunkLimits): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  for (const item of items) {
    if (current.length > 0 && item.endMs - current[0]!.startMs > limits.maxMs) {
      chunks.push(current);
      current = [];
    }
    current.push(item);
    const long = item.endMs - current[0]!.startMs >= limits.targetMs;
    if (long || (limits.maxItems !== undefined && current.length >= limits.maxItems)) {
      chunks.push(current);
      current = [];
    }
  }
  if (current.length > 0) chunks.push(current);
  const last = chunks[chunks.length - 1];
  const before = chunks[chunks.length - 2];
  if (last && before && last[last.length - 1]!.endMs - last[0]!.startMs < limits.minMs && last[last.length - 1]!.endMs - before[0]!.startMs <= limits.maxMs) {
    if (limits.maxItems === undefined || before.length + last.length <= limits.maxItems) {
      chunks.splice(chunks.length - 2, 2, [...before, ...last]);
    }
  }
  return chunks;
}
