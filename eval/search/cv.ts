import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_RANKING, searchIndexes, type Ranking } from '../../src/search/search';
import { fitCoordinates, leaveOneOut, type DomainScore, type Grid } from './cross-validation';
import { scoreQuery, type Interval } from './metrics';
import { prepareSet, setNames, type PreparedSet } from './prepared-sets';

/**
 * `npm run eval:search -- --cv [--root DIR] [--stores DIR]`: leave one QMSum domain out. Every set
 * is processed once (`--stores DIR` keeps the stores there for the next run); then, per fold, each
 * ranking constant is fitted on the two training domains by coordinate search over GRID, in
 * process on the segments recap wrote, and the fitted and the shipped constants are scored on the
 * held-out domain next to EVAL.md's BM25 baseline. Also each constant alone (the others shipped):
 * what every value of it gives on each domain. Writes eval/out/search-cv.json.
 */

const OUT_FILE = join(__dirname, '..', 'out', 'search-cv.json');

/** The fitted constants and the values tried; each shipped value is among them. */
export const GRID: Grid<Omit<Ranking, 'windowMs'>> = {
  variantWeight: [0, 0.25, 0.5, 0.75, 1],
  speakerBoost: [1, 1.5, 2, 3, 4],
  sessionBoost: [0, 0.5, 1, 2, 4],
  dropQuestionWords: [true, false],
};

/**
 * The hit window is not fitted: a longer window makes longer hits, and a longer hit overlaps a
 * relevant range more often whatever its rank, so fitting it would only grow the hits (the folds
 * pick the largest value tried). It is set to the baseline's 30 s window, so hits are of the
 * baseline's size; these values are shown with their hit lengths.
 */
export const WINDOW_VALUES = [15_000, 30_000, 45_000, 60_000, 90_000, 120_000];

type Engine = (set: PreparedSet, query: string) => Interval[];

/** Per domain: Recall@10, MRR and mean hit length of an engine over every query of the sets. */
function scoreByDomain(sets: PreparedSet[], engine: Engine): Map<string, DomainScore> {
  const acc = new Map<string, { queries: number; recall: number; rr: number; hitMs: number; hits: number }>();
  for (const set of sets) {
    let a = acc.get(set.domain);
    if (!a) acc.set(set.domain, (a = { queries: 0, recall: 0, rr: 0, hitMs: 0, hits: 0 }));
    for (const q of set.gold.queries) {
      const s = scoreQuery(engine(set, q.query), q.relevantMs, set.gold.durationMs);
      a.queries++;
      a.recall += s.recall;
      a.rr += s.reciprocalRank;
      a.hits += s.hitLengths.length;
      a.hitMs += s.hitLengths.reduce((x, y) => x + y, 0);
    }
  }
  return new Map(
    [...acc].map(([d, a]) => [d, { queries: a.queries, recallAt10: a.recall / Math.max(1, a.queries), mrr: a.rr / Math.max(1, a.queries), meanHitSeconds: a.hitMs / Math.max(1, a.hits) / 1000 }]),
  );
}

const f3 = (x: number) => x.toFixed(3);
const rankingText = (r: Ranking) => `windowMs ${r.windowMs}, variantWeight ${r.variantWeight}, speakerBoost ${r.speakerBoost}, sessionBoost ${r.sessionBoost}, dropQuestionWords ${r.dropQuestionWords}`;

export async function runCrossValidation(root: string, storesDir: string | undefined, only: string | undefined): Promise<void> {
  const scratch = storesDir ?? mkdtempSync(join(tmpdir(), 'recap-eval-search-cv-'));
  const sets: PreparedSet[] = [];
  try {
    for (const name of setNames(root, only)) sets.push(await prepareSet(root, name, join(scratch, name)));
  } finally {
    if (storesDir === undefined) rmSync(scratch, { recursive: true, force: true });
  }
  if (sets.length === 0) {
    console.log(`eval:search --cv: no evaluation sets at ${root}; skipped`);
    return;
  }
  const cache = new Map<string, Map<string, DomainScore>>();
  const evaluate = (ranking: Ranking) => {
    const key = JSON.stringify(ranking);
    let scores = cache.get(key);
    if (!scores) cache.set(key, (scores = scoreByDomain(sets, (set, query) => searchIndexes(set.indexes, query, { eventId: set.eventId, limit: 10, ranking }))));
    return scores;
  };
  const bm25 = scoreByDomain(sets, (set, query) => set.bm25.search(query));
  const shipped = evaluate({ ...DEFAULT_RANKING });
  const folds = leaveOneOut(sets.map((s) => s.domain)).map((fold) => {
    const trainBm25 = { recallAt10: fold.train.reduce((a, d) => a + bm25.get(d)!.recallAt10, 0) / fold.train.length };
    const { fitted } = fitCoordinates({ ...DEFAULT_RANKING }, GRID, evaluate, fold.train, trainBm25);
    const heldOut = evaluate(fitted).get(fold.test)!;
    return { ...fold, fitted, heldOut, shipped: shipped.get(fold.test)!, bm25: bm25.get(fold.test)! };
  });
  const domains = [...bm25.keys()].sort();
  const grids: Grid<Ranking> = { windowMs: WINDOW_VALUES, ...GRID };
  const alone = (Object.keys(grids) as (keyof Ranking)[]).map((key) => ({
    constant: key,
    shipped: DEFAULT_RANKING[key],
    values: grids[key].map((value) => ({ value, byDomain: Object.fromEntries(domains.map((d) => [d, evaluate({ ...DEFAULT_RANKING, [key]: value }).get(d)!])) })),
  }));

  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(`${sets.length} qmsum sets; leave one domain out; per fold: ${Object.keys(GRID).join(', ')} fitted on the other two domains (coordinate search over GRID); windowMs ${DEFAULT_RANKING.windowMs} not fitted`);
  console.log(`${pad('held out', 16)} ${pad('queries', 8)} ${pad('bm25 R@10/MRR', 14)} ${pad('fitted R@10/MRR', 16)} ${pad('shipped R@10/MRR', 17)} ${pad('hit s', 6)} goal`);
  let allMet = true;
  for (const f of folds) {
    const met = (s: DomainScore) => s.recallAt10 >= f.bm25.recallAt10 && s.mrr >= f.bm25.mrr + 0.05;
    allMet &&= met(f.heldOut) && met(f.shipped);
    console.log(
      `${pad(f.test, 16)} ${pad(String(f.bm25.queries), 8)} ${pad(`${f3(f.bm25.recallAt10)}/${f3(f.bm25.mrr)}`, 14)} ${pad(`${f3(f.heldOut.recallAt10)}/${f3(f.heldOut.mrr)}`, 16)} ${pad(`${f3(f.shipped.recallAt10)}/${f3(f.shipped.mrr)}`, 17)} ${pad(f.heldOut.meanHitSeconds.toFixed(1), 6)} fitted ${met(f.heldOut) ? 'met' : 'NOT met'}, shipped ${met(f.shipped) ? 'met' : 'NOT met'}`,
    );
    console.log(`  fitted on ${f.train.join(' + ')}: ${rankingText(f.fitted)}`);
  }
  console.log(`shipped: ${rankingText(DEFAULT_RANKING)}`);
  console.log(`each constant alone (others shipped): R@10/MRR and mean hit length per domain; bm25: ${domains.map((d) => `${d} ${f3(bm25.get(d)!.recallAt10)}/${f3(bm25.get(d)!.mrr)} ${bm25.get(d)!.meanHitSeconds.toFixed(0)} s`).join('  ')}`);
  for (const c of alone) {
    console.log(`  ${c.constant} (shipped ${c.shipped})`);
    for (const v of c.values) console.log(`    ${pad(String(v.value), 8)} ${domains.map((d) => `${d} ${f3(v.byDomain[d]!.recallAt10)}/${f3(v.byDomain[d]!.mrr)} ${v.byDomain[d]!.meanHitSeconds.toFixed(0)} s`).join('  ')}`);
  }
  console.log(`goal (every fold, fitted and shipped: Recall@10 >= bm25, MRR >= bm25 + 0.05): ${allMet ? 'met' : 'NOT met'}`);
  mkdirSync(join(OUT_FILE, '..'), { recursive: true });
  writeFileSync(OUT_FILE, `${JSON.stringify({ generatedAt: new Date().toISOString(), root, shipped: DEFAULT_RANKING, grid: GRID, folds, alone, goalMet: allMet }, null, 2)}\n`);
  console.log(`written: ${OUT_FILE}`);
}
