import { createHash } from 'crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { runCli } from '../../src/cli/main';
import { copyEvent } from './event-copies';
import { alive, sleep } from './processes';

/**
 * The store `recap process` writes for the ITU fixture event, built once and shared by every
 * test file that reads it. Processing the 2 h 40 min fixture takes seconds; two dozen files each
 * doing it was most of the suite's time. Copies of the event under other ids (the queue fault
 * tests run several at once) are built and kept the same way.
 *
 * The build is cached under node_modules/.cache, keyed by a hash of everything that decides its
 * bytes (src/, pipelines/, the fixture folder, the lockfile, these helpers), so a change to any
 * of them builds it anew, and an unchanged tree reuses it across runs. Jest's workers are
 * separate processes: a lock folder makes one of them build while the others wait for it.
 *
 * The shared store is read-only by agreement: a test that writes (re-runs a stage, adds an event)
 * works on copyItuStore()'s private copy.
 */

const ROOT = path.resolve(__dirname, '../..');
export const ITU_EVENT = 'itu-forum-2021-04-23';
export const ITU_FIXTURE = path.join(ROOT, 'fixtures', ITU_EVENT);
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'recap-fixture-store');
/** Longest wait for another worker's build (processing takes seconds alone, far more on a loaded machine). */
const WAIT_MS = 300_000;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Hash of the path and bytes of every file that decides what a build holds (this one included). */
function sourceHash(): string {
  const hash = createHash('sha256');
  const helpers = ['fixture-store.ts', 'event-copies.ts'].map((f) => path.join(__dirname, f));
  const files = [...['src', 'pipelines', path.join('fixtures', ITU_EVENT)].flatMap((d) => filesUnder(path.join(ROOT, d))), path.join(ROOT, 'package-lock.json'), ...helpers];
  for (const file of files) hash.update(`${path.relative(ROOT, file)}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/**
 * The event folder a build is processed from: the fixture itself, or a copy under the other id
 * kept beside the build. The ingest stage's job (and so its stamp) holds the caption file's
 * path, so a test that compares a run of its own with the build must run it from this folder.
 */
function eventFolder(target: string, eventId: string): string {
  return eventId === ITU_EVENT ? ITU_FIXTURE : path.join(`${target}.event`, eventId);
}

async function build(target: string, eventId: string, hash: string): Promise<void> {
  const building = `${target}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  const folder = eventFolder(target, eventId);
  if (folder !== ITU_FIXTURE) {
    rmSync(path.dirname(folder), { recursive: true, force: true });
    copyEvent(ITU_FIXTURE, eventId, path.dirname(folder));
  }
  let err = '';
  const code = await runCli(['process', folder, '--out', building], { out: () => undefined, err: (s) => void (err += s), isTty: false }, {});
  if (code !== 0) throw new Error(`recap process ${folder} failed (exit ${code}): ${err}`);
  // A rename is atomic: a waiting worker sees no store or the whole store.
  renameSync(building, target);
  // Builds of older sources are of no further use.
  for (const entry of readdirSync(CACHE)) if (!entry.startsWith(`${hash}-`)) rmSync(path.join(CACHE, entry), { recursive: true, force: true });
}

const built = new Map<string, Promise<string>>();

async function buildOnce(eventId: string): Promise<string> {
  mkdirSync(CACHE, { recursive: true });
  const hash = sourceHash();
  const target = path.join(CACHE, `${hash}-${eventId}`);
  const lock = `${target}.lock`;
  const until = Date.now() + WAIT_MS;
  while (!existsSync(target)) {
    try {
      mkdirSync(lock);
    } catch {
      // Another worker builds it; take over if that worker died.
      let owner = 0;
      try {
        owner = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
      } catch {
        // the lock's pid file is not written yet
      }
      if (owner > 0 && !alive(owner)) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > until) throw new Error(`the fixture store ${target} was not built within ${WAIT_MS / 1000} s (lock ${lock})`);
      await sleep(200);
      continue;
    }
    try {
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      if (!existsSync(target)) await build(target, eventId, hash);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return target;
}

/**
 * Root of a shared, read-only store holding the processed ITU fixture (events/<id>/...), under
 * its own id or, for tests that need several events, under another (the manifest's id changed,
 * nothing else: copyEvent).
 */
export function ituStore(eventId: string = ITU_EVENT): Promise<string> {
  let store = built.get(eventId);
  if (!store) built.set(eventId, (store = buildOnce(eventId)));
  return store;
}

/**
 * The copy of the fixture under `eventId` that ituStore(eventId) was processed from (read-only
 * too): a test that runs it itself and compares with that build must run this folder.
 */
export async function ituEventFolder(eventId: string): Promise<string> {
  const store = await ituStore(eventId);
  return eventFolder(store, eventId);
}

/** The shared store's folder of the ITU event: events/itu-forum-2021-04-23. */
export async function ituEventDir(): Promise<string> {
  return path.join(await ituStore(), 'events', ITU_EVENT);
}

/** A private copy of the shared store in a new temp folder, for a test that writes to it. */
export async function copyItuStore(into: string = mkdtempSync(path.join(tmpdir(), 'recap-itu-copy-'))): Promise<string> {
  cpSync(await ituStore(), into, { recursive: true });
  return into;
}
