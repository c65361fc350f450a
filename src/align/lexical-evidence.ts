import type { SessionTerms } from './session-terms';
import { unitsWithin, type Unit } from './units';

/**
 * How much each unit sounds like each session: the session's terms counted over a window of
 * units around it, weighted by how rare each term is in this recording (idf) and shared among
 * the sessions that expect it, then taken relative to the mean over sessions, so only evidence
 * that tells sessions apart counts. Returns one array per session, one value per unit.
 */
export function lexicalScores(units: Unit[], sessions: SessionTerms[], windowMs: number): Float64Array[] {
  const n = units.length;
  const wanted = new Set<string>();
  for (const q of sessions) for (const t of q.keys()) wanted.add(t);

  // Per wanted term: its count in each unit (capped: one unit repeating a word is one signal).
  const counts = new Map<string, Float64Array>();
  units.forEach((unit, u) => {
    for (const t of [...unit.terms, ...unit.matchTerms]) {
      if (!wanted.has(t)) continue;
      let c = counts.get(t);
      if (!c) counts.set(t, (c = new Float64Array(n)));
      c[u] = Math.min(2, c[u]! + 1);
    }
  });

  // Windowed sums through prefix sums: over the units that start within windowMs of u's start.
  const within = unitsWithin(units, windowMs + 1);
  const windowed = new Map<string, Float64Array>();
  let dfMax = 1;
  const df = new Map<string, number>();
  for (const [t, c] of counts) {
    const prefix = new Float64Array(n + 1);
    let d = 0;
    for (let u = 0; u < n; u++) {
      prefix[u + 1] = prefix[u]! + c[u]!;
      if (c[u]! > 0) d++;
    }
    df.set(t, d);
    dfMax = Math.max(dfMax, d);
    const w = new Float64Array(n);
    for (let u = 0; u < n; u++) w[u] = prefix[within.after[u]!]! - prefix[within.before[u]!]!;
    windowed.set(t, w);
  }
  const sharedBy = new Map<string, number>();
  for (const q of sessions) for (const t of q.keys()) sharedBy.set(t, (sharedBy.get(t) ?? 0) + 1);

  const raw = sessions.map((q) => {
    const s = new Float64Array(n);
    for (const [t, weight] of q) {
      const w = windowed.get(t);
      if (!w) continue;
      const idf = Math.log((n + 1) / (df.get(t)! + 1));
      const k = (weight * idf) / sharedBy.get(t)!;
      for (let u = 0; u < n; u++) s[u] = s[u]! + k * w[u]!;
    }
    return s;
  });
  for (let u = 0; u < n; u++) {
    let mean = 0;
    for (const s of raw) mean += s[u]!;
    mean /= Math.max(1, raw.length);
    for (const s of raw) s[u] = s[u]! - mean;
  }
  return raw;
}
