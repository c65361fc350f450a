import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uniformSessions } from '../align/baselines';
import { readStoredAlignment, runRecap } from '../align/run-recap';
import { bostonSets, CDP_ROOT } from './boston';
import { writeEvent, type CouncilSet } from './council-set';
import { vttCueSpan } from '../align/vtt-times';
import { huntsvilleSets, HUNTSVILLE_ROOT } from './huntsville';
import { formatItems, formatTable, oneTrackRow, tableRows, type SetResult } from './report';
import { scoreCouncil } from './score';
import { seattlePhraseScores, type Confusion } from './seattle';

/**
 * `npm run eval:council [-- --set SUBSTRING] [--verbose]`: runs `recap process` on every council
 * set (Huntsville meetings with gold item starts from eval/council/gold, Boston transcripts timed
 * synthetically) in this process through runCli, scores alignment.json as README.md defines
 * beside the uniform baseline, and reports recap's hand-over phrase detector on the Seattle
 * windows. Writes eval/out/council.json.
 */

const OUT_FILE = join(__dirname, '..', 'out', 'council.json');
/** The goal of issue 13: at least this share of the council set's held items within 30 s. */
const GOAL_WITHIN_30 = 0.9;

interface Options {
  set?: string;
  verbose: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--set') {
      const v = argv[++i];
      if (v === undefined) throw new Error('--set needs a value');
      options.set = v;
    } else if (arg === '--verbose') options.verbose = true;
    else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

async function evaluate(set: CouncilSet, scratch: string): Promise<SetResult> {
  const manifest = writeEvent(set, join(scratch, 'events'));
  const storeDir = join(scratch, 'store', set.id);
  mkdirSync(storeDir, { recursive: true });
  const run = await runRecap(manifest, storeDir, 0);
  const predicted = readStoredAlignment(storeDir, set.id);
  rmSync(storeDir, { recursive: true, force: true });
  const error = run.exitCode !== 0 ? `exit ${run.exitCode}: ${run.message.split('\n')[0] ?? ''}` : predicted === null ? 'no alignment.json with a sessions list' : undefined;
  const span = vttCueSpan(set.captions.text);
  const uniform = span ? uniformSessions(set.sessions.map((s) => s.id), span.startMs, span.endMs) : null;
  return {
    set: set.id,
    group: set.group,
    captionKind: set.captionKind,
    primary: set.primary,
    recap: scoreCouncil(set.gold, predicted),
    uniform: scoreCouncil(set.gold, uniform),
    recapMs: run.ms,
    ...(error ? { error } : {}),
  };
}

const share = (x: number | null) => (x === null ? '-' : x.toFixed(3));
function confusionLine(name: string, c: Confusion): string {
  return `${name}: ${c.windows} windows, TP ${c.tp} FP ${c.fp} FN ${c.fn} TN ${c.tn}; precision ${share(c.precision)}, recall ${share(c.recall)}, F1 ${share(c.f1)}`;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  for (const root of [HUNTSVILLE_ROOT, CDP_ROOT]) {
    if (!existsSync(root)) throw new Error(`the council corpus is missing: no folder ${root} (the shared corpus lies beside the repo in CI and development)`);
  }
  const sets = [...huntsvilleSets(), ...bostonSets()].filter((s) => options.set === undefined || s.id.includes(options.set));
  if (sets.length === 0) throw new Error('no set matched');
  process.stderr.write(`${sets.length} sets; recap run through runCli(['process', ...])\n`);
  const scratch = mkdtempSync(join(tmpdir(), 'recap-eval-council-'));
  const results: SetResult[] = [];
  try {
    for (const set of sets) {
      process.stderr.write(`${set.id} (${set.captionKind}, ${set.sessions.length} sessions)...\n`);
      results.push(await evaluate(set, scratch));
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  const rows = tableRows(results);
  if (options.verbose) console.log(`${formatItems(results)}\n`);
  console.log(formatTable(rows));
  console.log('');
  // the goal counts each meeting once: a second track of the same meeting would weigh it twice
  const huntsville = rows.find((r) => r.group === oneTrackRow('huntsville')) ?? rows.find((r) => r.group === 'huntsville (all)');
  if (huntsville && huntsville.recap.within[30] !== null) {
    const got = huntsville.recap.within[30];
    console.log(`goal ${huntsville.group}: >= ${100 * GOAL_WITHIN_30}% of held items within 30 s: ${(100 * got).toFixed(1)}% -> ${got >= GOAL_WITHIN_30 ? 'met' : 'NOT met'}`);
  }
  for (const f of results.filter((r) => r.error !== undefined)) console.log(`failed: ${f.set}: ${f.error}`);
  const seattle = seattlePhraseScores();
  if (seattle) {
    console.log(confusionLine('seattle hand-over phrase, both labels', seattle.bothLabels));
    console.log(confusionLine('seattle hand-over phrase, MINUTES-BOUNDARY records only', seattle.boundaryLabelOnly));
  }
  const totalMs = results.reduce((n, r) => n + r.recapMs, 0);
  console.log(`recap time: ${(totalMs / 1000).toFixed(1)} s over ${results.length} runs; run through runCli process`);

  mkdirSync(join(OUT_FILE, '..'), { recursive: true });
  const report = { generatedAt: new Date().toISOString(), node: process.version, options: { set: options.set ?? null }, goalWithin30: GOAL_WITHIN_30, groups: rows, seattle, sets: results };
  writeFileSync(OUT_FILE, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`written: ${OUT_FILE}`);
}

main().catch((e: unknown) => {
  process.stderr.write(`eval:council: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
