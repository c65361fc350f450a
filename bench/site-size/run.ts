import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pagefindIndexer } from '../../pipelines/pagefind-indexer';
import { runCli } from '../../src/cli/main';
import { EVENTS_ROOT, SEARCH_BUNDLE_PREFIX, SITE_SCRIPTS_PREFIX } from '../../src/model/event-layout';
import { publishSiteStage } from '../../src/stages/publish-site-stage';
import { FsBlobStore } from '../../src/store/fs-store';

/**
 * `npm run bench:site-size [-- --events N]`: the published folder's size and the static search
 * index's share of it, for the fixture event and for N copies of it (default 100) under other ids
 * (each copy's manifest, catalogue entry and segments carry its own id, so each is an event of its
 * own to the site), and how long the site's index takes to build (the publish-site stage alone,
 * median of 3). Prints figures; nothing is kept.
 */

const FIXTURE = join(__dirname, '..', '..', 'fixtures', 'itu-forum-2021-04-23');
const EVENT = 'itu-forum-2021-04-23';

interface Sizes {
  files: number;
  bytes: number;
}

function walk(dir: string): Sizes {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir, { recursive: true }).map(String)) {
    const stat = statSync(join(dir, name));
    if (stat.isFile()) {
      files++;
      bytes += stat.size;
    }
  }
  return { files, bytes };
}

const sizeOf = (dir: string): Sizes => {
  try {
    return walk(dir);
  } catch {
    return { files: 0, bytes: 0 };
  }
};

/** One copy of the fixture's published folder under `id`: the files that name the event say the new id. */
function copyEventFolder(root: string, id: string): void {
  const target = join(root, EVENTS_ROOT, id);
  cpSync(join(root, EVENTS_ROOT, EVENT), target, { recursive: true });
  for (const file of ['manifest.json', 'catalogue-entry.json', 'segments.jsonl']) {
    const path = join(target, file);
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll(`"${EVENT}"`, JSON.stringify(id)));
  }
}

const mib = (bytes: number): string => (bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(2)} MiB`);
const pct = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)}%`;

async function buildMs(root: string): Promise<number[]> {
  const store = new FsBlobStore(root);
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await publishSiteStage(store, { eventId: EVENT }, pagefindIndexer);
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}

function report(label: string, root: string, events: number, times: number[]): void {
  const all = sizeOf(root);
  const bundle = sizeOf(join(root, SEARCH_BUNDLE_PREFIX));
  const scripts = sizeOf(join(root, SITE_SCRIPTS_PREFIX));
  const serverIndexes = readdirSync(join(root, EVENTS_ROOT)).reduce((sum, id) => sum + (statSync(join(root, EVENTS_ROOT, id, 'search-index.json'), { throwIfNoEntry: false })?.size ?? 0), 0);
  const segments = readdirSync(join(root, EVENTS_ROOT)).reduce((sum, id) => sum + readFileSync(join(root, EVENTS_ROOT, id, 'segments.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '').length, 0);
  console.log(`\n${label}: ${events} event${events === 1 ? '' : 's'}, ${segments} moments`);
  console.log(`  published folder      ${mib(all.bytes).padStart(11)}  ${String(all.files).padStart(6)} files`);
  console.log(`  static search bundle  ${mib(bundle.bytes).padStart(11)}  ${String(bundle.files).padStart(6)} files  ${pct(bundle.bytes, all.bytes)} of the folder`);
  console.log(`  site scripts          ${mib(scripts.bytes).padStart(11)}  ${String(scripts.files).padStart(6)} files`);
  console.log(`  server indexes        ${mib(serverIndexes).padStart(11)}  (events/<id>/search-index.json, for recap serve / recap search)`);
  console.log(`  index build (publish-site stage): median ${(times[1]! / 1000).toFixed(2)} s (runs: ${times.map((t) => (t / 1000).toFixed(2)).join(', ')} s)`);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--events');
  const copies = at >= 0 ? Number(argv[at + 1]) : 100;
  if (!Number.isInteger(copies) || copies < 1) throw new Error('--events takes a whole number from 1');
  const root = mkdtempSync(join(tmpdir(), 'recap-site-size-'));
  try {
    const code = await runCli(['process', FIXTURE, '--out', root], { out: () => undefined, err: () => undefined, isTty: false });
    if (code !== 0) throw new Error(`recap process exit ${code}`);
    report('fixture', root, 1, await buildMs(root));
    for (let i = 1; i < copies; i++) copyEventFolder(root, `itu-copy-${String(i).padStart(3, '0')}`);
    report(`${copies} copies of the fixture`, root, copies, await buildMs(root));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:site-size: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
