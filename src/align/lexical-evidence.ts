import type { SessionTerms } from './session-terms';
import type { Unit } from './units';

/** How rare a term heard in `df` of `n` units is (a smoothed idf): the weight of hearing it. */
export function rarity(n: number, df: number): number {
  return Math.log((n + 1) / (df + 1));
}

/**
 * How much each unit sounds like each session: the session's terms counted in it beyond their
 * background rate, weighted by how rare each term is in this recording (idf) and shared among
 * the sessions that expect it, then taken relative to the mean over sessions, so only evidence
 * that tells sessions apart counts. Returns one array per session, one value per unit.
 */
export function lexicalScores(units: Unit[], sessions: SessionTerms[], background: number): Float64Array[] {
  const n = units.length;
  const wanted = new Set<string>();
  for (const q of sessions) for (const t of q.keys()) wanted.add(t);

  // Per wanted term: its count in each unit (capped: one unit repeating a word is one signal).
  const counts = new Map<string, Float64Array>();
  units.forEach((unit, u) => {
    for (const list of [unit.terms, unit.matchTerms]) {
      for (const t of list) {
        if (!wanted.has(t)) continue;
        let c = counts.get(t);
        if (!c) counts.set(t, (c = new Float64Array(n)));
        c[u] = Math.min(2, c[u]! + 1);
      }
    }
  });

  // Per term: its count per unit less the share `background` of its mean count per unit, and in
  // how many units it is heard (for its idf).
  const observed = new Map<string, Float64Array>();
  const df = new Map<string, number>();
  for (const [t, c] of counts) {
    let heard = 0;
    let total = 0;
    for (let u = 0; u < n; u++) {
      total += c[u]!;
      if (c[u]! > 0) heard++;
    }
    df.set(t, heard);
    // Evidence is what is said beyond what is said everywhere: a word heard all through the
    // recording ("school" in a joint meeting with the schools) pulls no session its way.
    const expected = (background * total) / n;
    observed.set(t, c.map((x) => x - expected));
  }
  const sharedBy = new Map<string, number>();
  for (const q of sessions) for (const t of q.keys()) sharedBy.set(t, (sharedBy.get(t) ?? 0) + 1);

  const raw = sessions.map((q) => {
    const s = new Float64Array(n);
    for (const [t, weight] of q) {
      const w = observed.get(t);
      if (!w) continue;
      const idf = rarity(n, df.get(t)!);
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
