import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scheduleSessions, uniformSessions } from './baselines';
import { DEFAULT_EVAL_ROOT, listSets, manifestPath, summaryWords, type EvalSet, type Track } from './corpus';
import type { EvalManifest } from './manifest';
import { scoreAlignment } from './metrics';
import { formatGroupTable, formatSetTable, goals, groupRows, type SetResult } from './report';
import { readStoredAlignment, runRecap } from './run-recap';
import { vttCueSpan } from './vtt-times';

/**
 * `npm run eval:align [-- --set SUBSTRING] [--track titles|scheduled] [--verbose] [--root DIR]`:
 * runs recap on every alignment evaluation set and scores alignment.json against gold, with the
 * uniform and schedule baselines, as shared/docs/EVAL.md defines. Writes eval/out/align.json.
 */

const OUT_FILE = join(__dirname, '..', 'out', 'align.json');

interface Options {
  set?: string;
  track?: Track;
  verbose: boolean;
  root: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { verbose: false, root: DEFAULT_EVAL_ROOT };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--set') options.set = value();
    else if (arg === '--track') {
      const t = value();
      if (t !== 'titles' && t !== 'scheduled') throw new Error(`--track must be titles or scheduled, not ${t}`);
      options.track = t;
    } else if (arg === '--verbose') options.verbose = true;
    else if (arg === '--root') options.root = value();
    else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

async function evaluateTrack(set: EvalSet, track: Track, scratch: string): Promise<SetResult[]> {
  const base = { set: set.id, kind: set.kind, corpus: set.corpus, track };
  const manifestFile = manifestPath(set, track);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as EvalManifest;
  const storeDir = join(scratch, `${set.id}-${track}`);
  mkdirSync(storeDir, { recursive: true });
  const run = await runRecap(manifestFile, storeDir, summaryWords(set.gold));
  const predicted = readStoredAlignment(storeDir, manifest.id);
  rmSync(storeDir, { recursive: true, force: true });
  const results: SetResult[] = [];
  const error = run.exitCode !== 0 ? `exit ${run.exitCode}: ${run.message.split('\n')[0] ?? ''}` : predicted === null ? 'no alignment.json with a sessions list' : undefined;
  results.push({ ...base, method: 'recap', scores: scoreAlignment(set.gold, predicted), route: run.route, recapMs: run.ms, ...(error ? { error } : {}) });

  // uniform: the captions' own span, read without recap's parser
  const captions = manifest.recordings[0]?.captions ?? 'captions.vtt';
  const span = vttCueSpan(readFileSync(join(set.dir, captions), 'utf8'));
  const uniform = span ? uniformSessions(manifest.sessions.map((s) => s.id), span.startMs, span.endMs) : null;
  results.push({ ...base, method: 'uniform', scores: scoreAlignment(set.gold, uniform) });
  if (track === 'scheduled') results.push({ ...base, method: 'schedule', scores: scoreAlignment(set.gold, scheduleSessions(manifest)) });
  return results;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(options.root)) throw new Error(`no evaluation sets at ${options.root}`);
  const sets = listSets(options.root).filter((s) => options.set === undefined || s.id.includes(options.set));
  process.stderr.write(`${sets.length} sets; recap run through runCli(['process', ...])\n`);
  const scratch = mkdtempSync(join(tmpdir(), 'recap-eval-align-'));
  const results: SetResult[] = [];
  try {
    for (const set of sets) {
      for (const track of set.tracks) {
        if (options.track !== undefined && track !== options.track) continue;
        process.stderr.write(`${set.id} ${track}...\n`);
        results.push(...(await evaluateTrack(set, track, scratch)));
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  if (results.length === 0) throw new Error('no set matched');

  const rows = groupRows(results);
  const goalList = goals(rows);
  const recapRuns = results.filter((r) => r.recapMs !== undefined);
  const totalMs = recapRuns.reduce((sum, r) => sum + r.recapMs!, 0);
  const slowest = recapRuns.reduce((a, b) => (b.recapMs! > a.recapMs! ? b : a));

  if (options.verbose) console.log(`${formatSetTable(results)}\n`);
  console.log(formatGroupTable(rows));
  console.log('');
  for (const g of goalList) {
    console.log(`goal ${g.name}: ${g.recapPk.toFixed(3)} / ${g.baselinePk.toFixed(3)} = ${g.ratio === null ? '-' : g.ratio.toFixed(3)}x -> ${g.met ? 'met' : 'NOT met'}`);
  }
  const failures = results.filter((r) => r.method === 'recap' && r.scores.failed);
  for (const f of failures) console.log(`failed: ${f.set} ${f.track}: ${f.error ?? ''}`);
  console.log(
    `recap time: ${(totalMs / 1000).toFixed(1)} s total over ${recapRuns.length} runs, max ${(slowest.recapMs! / 1000).toFixed(2)} s (${slowest.set} ${slowest.track}); ` +
      'run through runCli process',
  );

  mkdirSync(join(OUT_FILE, '..'), { recursive: true });
  const report = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    options: { set: options.set ?? null, track: options.track ?? null, root: options.root },
    route: 'cli',
    timing: { totalMs, maxMs: slowest.recapMs, maxSet: `${slowest.set} ${slowest.track}`, runs: recapRuns.length },
    goals: goalList,
    groups: rows,
    sets: results,
  };
  writeFileSync(OUT_FILE, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`written: ${OUT_FILE}`);
}

main().catch((e: unknown) => {
  process.stderr.write(`eval:align: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
