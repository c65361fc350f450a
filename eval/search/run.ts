import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../../src/cli/main';
import { Bm25Windows, vttCues } from './baseline';
import { hitsOf, scoreQuery, type QueryScore } from './metrics';
import { openPagefindEngine, type PagefindEngine } from './pagefind-engine';
import { runCrossValidation } from './cv';
import { captureIo as capture, DEFAULT_ROOT, setNames, type Gold } from './prepared-sets';

/**
 * `npm run eval:search [-- --set SUBSTRING] [--root DIR] [--pagefind]`: for each qmsum set, `recap process`
 * into a temporary store, then every gold query through `recap search ... --limit 10 --json`
 * (in process, via runCli), scored per EVAL.md (Recall@10, MRR) next to the bm25-over-30-s-windows
 * baseline computed here. `--pagefind` also runs each query through the published site's static
 * search (Pagefind, in Chromium: pagefind-engine.ts). Writes eval/out/search.json.
 * `--cv [--stores DIR]`: the cross-validation of the ranking constants instead (cv.ts).
 */

const OUT_FILE = join(__dirname, '..', 'out', 'search.json');

interface Totals {
  queries: number;
  recall: number;
  rr: number;
  hitMs: number;
  hits: number;
  coverage: number;
}

const empty = (): Totals => ({ queries: 0, recall: 0, rr: 0, hitMs: 0, hits: 0, coverage: 0 });

function add(t: Totals, s: QueryScore): void {
  t.queries++;
  t.recall += s.recall;
  t.rr += s.reciprocalRank;
  t.hits += s.hitLengths.length;
  t.hitMs += s.hitLengths.reduce((a, b) => a + b, 0);
  t.coverage += s.coverage;
}

function summary(t: Totals) {
  return {
    queries: t.queries,
    recallAt10: t.recall / Math.max(1, t.queries),
    mrr: t.rr / Math.max(1, t.queries),
    meanHitSeconds: t.hitMs / Math.max(1, t.hits) / 1000,
    coverage: t.coverage / Math.max(1, t.queries),
  };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const opt = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const root = opt('--root') ?? DEFAULT_ROOT;
  const only = opt('--set');
  if (argv.includes('--cv')) return runCrossValidation(root, opt('--stores'), only);
  const pagefindEngine: PagefindEngine | undefined = argv.includes('--pagefind') ? await openPagefindEngine() : undefined;
  const pagefind = empty();
  const sitePage = empty();
  if (!existsSync(root)) {
    console.log(`eval:search: no evaluation sets at ${root}; skipped`);
    return;
  }
  const sets = setNames(root, only);
  const scratch = mkdtempSync(join(tmpdir(), 'recap-eval-search-'));
  const recap = empty();
  const baseline = empty();
  const perSet: unknown[] = [];
  let failedCalls = 0;
  try {
    for (const name of sets) {
      const dir = join(root, name);
      const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold;
      const manifest = JSON.parse(readFileSync(join(dir, 'event.json'), 'utf8')) as { id: string };
      const storeDir = join(scratch, name);
      mkdirSync(storeDir, { recursive: true });
      const io = capture();
      const code = await runCli(['process', resolve(dir, 'event.json'), '--out', storeDir], io).catch(() => 70);
      if (code !== 0) process.stderr.write(`${name}: recap process exit ${code}: ${io.stderr().split('\n')[0]}\n`);
      const bm25 = new Bm25Windows(vttCues(readFileSync(join(dir, 'captions.vtt'), 'utf8')));
      const setRecap = empty();
      const setBase = empty();
      const setPagefind = empty();
      const setSite = empty();
      const pagefindHits = pagefindEngine ? await pagefindEngine.searchAll(storeDir, manifest.id, gold.queries.map((q) => q.query)) : { raw: [], page: [] };
      for (const [qi, q] of gold.queries.entries()) {
        const sio = capture();
        let hits: ReturnType<typeof hitsOf> = [];
        try {
          const rc = await runCli(['search', q.query, '--store', storeDir, '--event', manifest.id, '--limit', '10', '--json'], sio);
          if (rc === 0) hits = hitsOf(JSON.parse(sio.stdout()));
          else failedCalls++;
        } catch {
          failedCalls++; // a failed call counts as no hits
        }
        const r = scoreQuery(hits, q.relevantMs, gold.durationMs);
        const b = scoreQuery(bm25.search(q.query), q.relevantMs, gold.durationMs);
        add(recap, r);
        add(setRecap, r);
        add(baseline, b);
        add(setBase, b);
        if (pagefindEngine) {
          const p = scoreQuery(pagefindHits.raw[qi] ?? [], q.relevantMs, gold.durationMs);
          add(pagefind, p);
          add(setPagefind, p);
          const s = scoreQuery(pagefindHits.page[qi] ?? [], q.relevantMs, gold.durationMs);
          add(sitePage, s);
          add(setSite, s);
        }
      }
      rmSync(storeDir, { recursive: true, force: true });
      perSet.push({ set: name, recap: summary(setRecap), bm25: summary(setBase), ...(pagefindEngine ? { pagefind: summary(setPagefind), site: summary(setSite) } : {}) });
      process.stderr.write(`${name}: recap MRR ${summary(setRecap).mrr.toFixed(3)}, bm25 ${summary(setBase).mrr.toFixed(3)}${pagefindEngine ? `, pagefind ${summary(setPagefind).mrr.toFixed(3)}, site ${summary(setSite).mrr.toFixed(3)}` : ''}\n`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    await pagefindEngine?.close();
  }
  const r = summary(recap);
  const b = summary(baseline);
  const row = (label: string, s: typeof r) =>
    `${label.padEnd(8)} ${s.recallAt10.toFixed(3).padStart(10)} ${s.mrr.toFixed(3).padStart(7)} ${s.meanHitSeconds.toFixed(1).padStart(12)} ${(100 * s.coverage).toFixed(2).padStart(12)}%`;
  console.log(`${sets.length} qmsum sets, ${r.queries} queries`);
  console.log(`${'method'.padEnd(8)} ${'Recall@10'.padStart(10)} ${'MRR'.padStart(7)} ${'mean hit s'.padStart(12)} ${'recording'.padStart(13)}`);
  console.log(row('recap', r));
  console.log(row('bm25', b));
  if (pagefindEngine) {
    // pagefind: the engine's own search (moments with every word); site: what search.html lists.
    console.log(row('pagefind', summary(pagefind)));
    console.log(row('site', summary(sitePage)));
  }
  const met = r.mrr >= b.mrr + 0.05 && r.recallAt10 >= b.recallAt10;
  console.log(`goal MRR >= bm25 + 0.05 (${(b.mrr + 0.05).toFixed(3)}) and Recall@10 >= bm25 (${b.recallAt10.toFixed(3)}): ${met ? 'met' : 'NOT met'}; failed calls: ${failedCalls}`);
  mkdirSync(join(OUT_FILE, '..'), { recursive: true });
  writeFileSync(OUT_FILE, `${JSON.stringify({ generatedAt: new Date().toISOString(), root, failedCalls, recap: r, bm25: b, ...(pagefindEngine ? { pagefind: summary(pagefind), site: summary(sitePage) } : {}), goalMet: met, sets: perSet }, null, 2)}\n`);
  console.log(`written: ${OUT_FILE}`);
}

main().catch((e: unknown) => {
  process.stderr.write(`eval:search: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
