import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadSources, makeEvent, MEETINGS, prng } from './corpus';
import { flexSearchEngine, miniSearchEngine, recapEngine, type Engine } from './engines';

/**
 * `npm run bench:search`: recap's index against MiniSearch and FlexSearch on the same corpus
 * (BENCH_EVENTS events of about BENCH_SEGMENTS segments each, default 1,000 x 1,000 = 1M,
 * mixed from the shared meetings). Each engine runs in its own child process so its peak memory
 * is its own: build time (s), index bytes (serialised, MB), p50/p99 latency (ms) of 200 QMSum
 * queries run across every event, peak RSS (MB) and heap held by the indexes (MB). Writes
 * bench/out/search.json. BENCH_EVENTS / BENCH_SEGMENTS / BENCH_ENGINES change the size and the engines.
 */

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1000);
const SEGMENTS = Number(process.env.BENCH_SEGMENTS ?? 1000);
const QUERIES = 200;
const ENGINES: Record<string, () => Engine> = { recap: recapEngine, minisearch: miniSearchEngine, flexsearch: flexSearchEngine };
const OUT_FILE = join(__dirname, '..', 'out', 'search.json');

interface Result {
  engine: string;
  segments: number;
  buildS: number;
  indexMB: number;
  p50Ms: number;
  p99Ms: number;
  peakRssMB: number;
  heapMB: number;
  /** top-10 ids of the first query, to see the engines agree on the corpus */
  sample: string[];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function child(name: string): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const { meetings, queries } = loadSources();
  const events = Array.from({ length: EVENTS }, (_, i) => makeEvent(i, meetings, SEGMENTS));
  // 200 queries picked by a seeded shuffle of the QMSum specific queries.
  const rand = prng(42);
  const pool = [...queries].sort(() => 0).map((q) => ({ q, k: rand() })).sort((a, b) => a.k - b.k).map((x) => x.q);
  const picked = Array.from({ length: QUERIES }, (_, i) => pool[i % pool.length]!);
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const engine = ENGINES[name]!();
  const t0 = performance.now();
  for (const segments of events) engine.add(segments);
  const buildS = (performance.now() - t0) / 1000;
  gc();
  const heapMB = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  engine.search(picked[0]!); // warm-up (lazy per-index work, JIT)
  const times: number[] = [];
  for (const q of picked) {
    const s = performance.now();
    engine.search(q);
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  const indexMB = (await engine.bytes()) / 2 ** 20;
  const result: Result = {
    engine: name,
    segments: events.reduce((n, e) => n + e.length, 0),
    buildS,
    indexMB,
    p50Ms: percentile(times, 50),
    p99Ms: percentile(times, 99),
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    heapMB,
    sample: engine.search(picked[0]!),
  };
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

function main(): void {
  if (!existsSync(MEETINGS)) {
    console.log(`bench:search: no shared corpus at ${MEETINGS}; skipped`);
    return;
  }
  console.log(`${EVENTS} events x ${SEGMENTS} segments, ${QUERIES} queries across all events; one child process per engine`);
  const results: Result[] = [];
  // BENCH_ENGINES=recap,flexsearch runs some engines only.
  const names = (process.env.BENCH_ENGINES ?? Object.keys(ENGINES).join(',')).split(',').filter((n) => n in ENGINES);
  for (const name of names) {
    const run = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', '--max-old-space-size=20000', __filename, '--engine', name], { encoding: 'utf8', maxBuffer: 1 << 26, env: process.env });
    const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '));
    if (!line) {
      console.log(`${name}: failed (exit ${run.status}, ${run.signal ?? ''}): ${run.stderr.split('\n').slice(-5).join(' ')}`);
      continue;
    }
    const r = JSON.parse(line.slice(7)) as Result;
    results.push(r);
    console.log(`${name.padEnd(11)} build ${r.buildS.toFixed(1)} s, index ${r.indexMB.toFixed(1)} MB, p50 ${r.p50Ms.toFixed(2)} ms, p99 ${r.p99Ms.toFixed(2)} ms, peak RSS ${r.peakRssMB.toFixed(0)} MB, heap ${r.heapMB.toFixed(0)} MB (${r.segments} segments)`);
  }
  const recap = results.find((r) => r.engine === 'recap');
  if (recap) {
    for (const r of results.filter((x) => x !== recap)) {
      const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '-');
      console.log(`recap / ${r.engine}: build ${ratio(recap.buildS, r.buildS)}x, bytes ${ratio(recap.indexMB, r.indexMB)}x, p50 ${ratio(recap.p50Ms, r.p50Ms)}x, p99 ${ratio(recap.p99Ms, r.p99Ms)}x, peak RSS ${ratio(recap.peakRssMB, r.peakRssMB)}x, heap ${ratio(recap.heapMB, r.heapMB)}x`);
    }
  }
  mkdirSync(join(OUT_FILE, '..'), { recursive: true });
  writeFileSync(OUT_FILE, `${JSON.stringify({ generatedAt: new Date().toISOString(), node: process.version, events: EVENTS, segmentsPerEvent: SEGMENTS, queries: QUERIES, results }, null, 2)}\n`);
  console.log(`written: ${OUT_FILE}`);
}

const engineArg = process.argv.indexOf('--engine');
if (engineArg >= 0) {
  child(process.argv[engineArg + 1]!).catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  });
} else main();
