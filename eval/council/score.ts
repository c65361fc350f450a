import { scoreAlignment, usedSessions, type UsedSession } from '../align/metrics';

/**
 * Scores of one council set against its gold item starts (README.md): the share of held items
 * whose predicted start lies within 15 / 30 / 60 s of the chair's announcement, Pk and WindowDiff
 * (EVAL.md's grid and k, through eval/align's metrics) with gold sessions = the held items, each
 * ending where the next held item starts and the last at the captions' end, and missing-item
 * accuracy. Pure; times in ms from the recording's 00:00:00.
 */

/** held: announced and dealt with; empty: announced and declared empty; absent: never announced. */
export type ItemStatus = 'held' | 'empty' | 'absent';

export interface GoldItem {
  id: string;
  status: ItemStatus;
  /** start of the cue where the announcement begins; null for an absent item */
  startMs: number | null;
}

export interface CouncilGold {
  items: GoldItem[];
  /** end of the captions (latest cue end): the last held item ends here, and the Pk grid too */
  endMs: number;
}

/** Tolerances of the start-time shares, seconds. */
export const WITHIN_S = [15, 30, 60] as const;
export type Tolerance = (typeof WITHIN_S)[number];

export interface ItemOutcome {
  id: string;
  status: ItemStatus;
  goldMs: number | null;
  /** start of the predicted session when it is used (EVAL.md: not missing, numeric, positive length), else null */
  predictedMs: number | null;
  /** predicted - gold, ms, when both exist */
  diffMs: number | null;
  /** missing-item rule: a held item predicted used, or an empty/absent item predicted not used */
  right: boolean;
}

export interface CouncilScores {
  failed: boolean;
  counts: Record<ItemStatus, number>;
  /** held items whose predicted start is within the tolerance (counts, so sets can be pooled) */
  within: Record<Tolerance, number>;
  /** items right by the missing-item rule */
  missingRight: number;
  pk: number;
  wd: number;
  items: ItemOutcome[];
}

/** Gold as EVAL.md's metrics take it: the held items, each ending where the next held item starts. */
export function goldAlignment(gold: CouncilGold): { durationMs: number; sessions: Array<{ id: string; startMs: number; endMs: number }> } {
  const held = gold.items.filter((i): i is GoldItem & { startMs: number } => i.status === 'held' && i.startMs !== null);
  return {
    durationMs: gold.endMs,
    sessions: held.map((item, k) => ({ id: item.id, startMs: item.startMs, endMs: k + 1 < held.length ? held[k + 1]!.startMs : gold.endMs })),
  };
}

/** predicted = alignment.json's sessions list (or a baseline's), null when the run produced none. */
export function scoreCouncil(gold: CouncilGold, predicted: readonly unknown[] | null): CouncilScores {
  const used = new Map<string, UsedSession>();
  for (const s of usedSessions(predicted ?? [])) if (!used.has(s.id)) used.set(s.id, s);
  const counts: Record<ItemStatus, number> = { held: 0, empty: 0, absent: 0 };
  const within: Record<Tolerance, number> = { 15: 0, 30: 0, 60: 0 };
  let missingRight = 0;
  const items = gold.items.map((item): ItemOutcome => {
    counts[item.status]++;
    const p = used.get(item.id);
    const predictedMs = p ? p.startMs : null;
    const diffMs = predictedMs !== null && item.startMs !== null ? predictedMs - item.startMs : null;
    if (item.status === 'held' && diffMs !== null) {
      for (const s of WITHIN_S) if (Math.abs(diffMs) <= s * 1000) within[s]++;
    }
    const right = item.status === 'held' ? p !== undefined : p === undefined;
    if (right) missingRight++;
    return { id: item.id, status: item.status, goldMs: item.startMs, predictedMs, diffMs, right };
  });
  const { pk, wd } = scoreAlignment(goldAlignment(gold), predicted);
  return { failed: predicted === null, counts, within, missingRight, pk, wd, items };
}
