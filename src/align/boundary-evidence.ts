import type { AlignParams } from './params';
import { SPOKEN_NUMBER } from './item-labels';
import { unitsWithin, type Unit } from './units';

/**
 * Phrases with which chairs and moderators hand over or move on. Matched in the text of the unit
 * that starts at a candidate boundary (lower case).
 */
const HAND_OVER = [
  /\b(?:move|moving|turn|turning|go|going|get|getting|proceed|proceeding) (?:on |now |right )*(?:on )?(?:to|with|into) (?:the |our )?(?:next|session|item|agenda|question|our|number|public|consent|new|unfinished|old)/,
  /\b(?:move|moving|turn|turning|go|going|proceed|proceeding) (?:on )?now (?:to|with)\b/,
  /\bwe(?:'ll| will| can| shall)? (?:now )?(?:go|move|turn) on (?:now )?(?:to|with)\b/,
  /\bwe(?:'ll| will| can| shall| are going to)? (?:now )?(?:move|turn|proceed|go) (?:now )?(?:to|into)\b/,
  /\bwe(?:'ll| will)? now (?:hear|have|take up|consider)\b/,
  /\bnext (?:session|item|topic|agenda item|speaker|panel|point|order of business|on (?:the|our) agenda|up)\b/,
  /\b(?:give|giving|hand|handing|pass|passing|turn|turning) (?:you |it |things )?(?:the )?(?:floor|over|microphone|mic)\b/,
  /\b(?:welcome|welcoming) (?:you )?(?:back |all )?to (?:the |our |this )?(?:session|panel|forum|meeting|item)/,
  /\blet(?:'s| us) (?:move|turn|start|begin|go|get started|now)\b/,
  /\b(?:that|this|which) (?:concludes|brings us|takes us|closes|moves us)\b/,
  /\b(?:brings|bring) us (?:to|on to|now to)\b/,
  /\b(?:now )?we (?:now )?come to\b/,
  /\bthe floor is yours\b/,
  /\blet(?:'s| us) proceed (?:with|to)\b/,
  /\bup next(?: is| we have)?\b/,
  /\bcall (?:the |this )?(?:meeting |session |hearing )?to order\b/,
  new RegExp(String.raw`\b(?:agenda )?(?:item|docket) (?:number |no\.? )?${SPOKEN_NUMBER}[a-z]?\b`),
  /\bopen (?:the )?(?:floor|session|public hearing|hearing)\b/,
  /\bquestions? (?:and|&) answers?\b/,
  /\b(?:madam|mister|mr\.?|madame) (?:clerk|secretary|chair)\b.{0,30}\b(?:read|call|next)\b/,
  /\b(?:under|on to|onto) (?:item|section|agenda item)\b/,
];

export type BoundaryWeights = AlignParams['boundary'];

export function handOverPhrase(text: string): string | null {
  for (const re of HAND_OVER) {
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
export function boundaryScores(units: Unit[], windowMs: number, w: BoundaryWeights): { score: Float64Array; phrases: (string | null)[] } {
  const depth = cohesionDepth(units, windowMs);
  const floor = units.some((u) => u.speakerMs.size > 0) ? cohesionDepth(units, windowMs, speakerFeatures) : new Float64Array(units.length);
  const score = new Float64Array(units.length);
  const phrases = units.map((u) => handOverPhrase(u.text));
  units.forEach((unit, u) => {
    const pause = Math.min(1, unit.gapBeforeMs / 30_000);
    score[u] = w.pause * pause + w.phrase * (phrases[u] ? 1 : 0) + w.depth * depth[u]! + w.speakers * floor[u]!;
  });
  return { score, phrases };
}
