import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The evaluation sets under shared/corpus/eval (see its README.md): align/<set> with a titles-only
 * and a scheduled manifest, qmsum/<set> with titles only.
 */

export type Track = 'titles' | 'scheduled';
export type SetKind = 'align' | 'qmsum';

export interface GoldSession {
  id: string;
  startMs: number;
  endMs: number;
}

export interface Gold {
  id: string;
  corpus: string;
  durationMs: number;
  sessions: GoldSession[];
  summary: string;
}

export interface EvalSet {
  id: string;
  kind: SetKind;
  /** ami, icsi, qmsum-product, qmsum-academic, qmsum-committee */
  corpus: string;
  dir: string;
  gold: Gold;
  tracks: Track[];
}

/** ../shared/corpus/eval beside the repo. */
export const DEFAULT_EVAL_ROOT = resolve(__dirname, '../../../shared/corpus/eval');

const MANIFEST: Record<Track, string> = { titles: 'event.json', scheduled: 'event-scheduled.json' };

export function manifestPath(set: EvalSet, track: Track): string {
  return join(set.dir, MANIFEST[track]);
}

/** Every set of both kinds, in folder-name order; a folder without gold.json is skipped. */
export function listSets(root: string): EvalSet[] {
  const sets: EvalSet[] = [];
  for (const kind of ['align', 'qmsum'] as const) {
    const kindDir = join(root, kind);
    if (!existsSync(kindDir)) continue;
    for (const name of readdirSync(kindDir).sort()) {
      const dir = join(kindDir, name);
      const goldFile = join(dir, 'gold.json');
      if (!existsSync(goldFile)) continue;
      const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Gold;
      const tracks: Track[] = kind === 'align' ? ['titles', 'scheduled'] : ['titles'];
      sets.push({ id: name, kind, corpus: gold.corpus, dir, gold, tracks });
    }
  }
  return sets;
}

/** EVAL.md's W: whitespace-separated words of the gold summary (passed as --summary-words). */
export function summaryWords(gold: Gold): number {
  return gold.summary.split(/\s+/).filter((w) => w !== '').length;
}
