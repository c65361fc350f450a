import type { AlignParams } from './params';
import { unitsWithin, type Unit } from './units';

export type BoundaryWeights = AlignParams['boundary'];

/** The phrase with which a chair or moderator hands over or moves on in `text` (lower case), by the language's patterns (MeetingWords.handOver). */
export function handOverPhrase(text: string, handOver: readonly RegExp[]): string | null {
  for (const re of handOver) {
    const m = re.exec(text);
    if (m) return m[0];
  }
  return null;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, x] of a) {
    na += x * x;
    const y = b.get(t);
    if (y) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

type Features = (unit: Unit) => Iterable<[string, number]>;

const termFeatures: Features = function* (unit) {
  for (const t of unit.terms) yield [t, 1];
};
const speakerFeatures: Features = (unit) => unit.speakerMs;

function bag(units: Unit[], from: number, to: number, features: Features): Map<string, number> {
  const m = new Map<string, number>();
  for (let u = Math.max(0, from); u < Math.min(units.length, to); u++) for (const [t, x] of features(units[u]!)) m.set(t, (m.get(t) ?? 0) + x);
  return m;
}

/**
 * Cohesion across each candidate boundary (TextTiling): the similarity of what comes just before
 * and just after it (words, or who speaks how long), and how deep a valley that similarity
 * makes. 0..1 per unit.
 */
function cohesionDepth(units: Unit[], windowMs: number, features: Features = termFeatures): Float64Array {
  const n = units.length;
  const sim = new Float64Array(n);
  const within = unitsWithin(units, windowMs);
  for (let u = 1; u < n; u++) sim[u] = cosine(bag(units, within.before[u]!, u, features), bag(units, u, within.after[u]!, features));
  const depth = new Float64Array(n);
  let max = 0;
  for (let u = 1; u < n; u++) {
    let left = sim[u]!;
    for (let i = u - 1; i >= 1 && sim[i]! >= left; i--) left = sim[i]!;
    let right = sim[u]!;
    for (let i = u + 1; i < n && sim[i]! >= right; i++) right = sim[i]!;
    depth[u] = left - sim[u]! + (right - sim[u]!);
    max = Math.max(max, depth[u]!);
  }
  if (max > 0) for (let u = 0; u < n; u++) depth[u] = depth[u]! / max;
  return depth;
}

/** The bonus for starting a session at each unit; also keeps what was seen, for evidence. */
export function boundaryScores(units: Unit[], windowMs: number, w: BoundaryWeights, handOver: readonly RegExp[]): { score: Float64Array; phrases: (string | null)[] } {
  const depth = cohesionDepth(units, windowMs);
  const floor = units.some((u) => u.speakerMs.size > 0) ? cohesionDepth(units, windowMs, speakerFeatures) : new Float64Array(units.length);
  const score = new Float64Array(units.length);
  const phrases = units.map((u) => handOverPhrase(u.text, handOver));
  units.forEach((unit, u) => {
    const pause = Math.min(1, unit.gapBeforeMs / 30_000);
    score[u] = w.pause * pause + w.phrase * (phrases[u] ? 1 : 0) + w.depth * depth[u]! + w.speakers * floor[u]!;
  });
  return { score, phrases };
}
