import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';
import { searchIndexKey } from '../../src/model/event-layout';
import { deserializeIndexes, type SearchIndex } from '../../src/search/inverted-index';
import { Bm25Windows, vttCues } from './baseline';

/**
 * The qmsum sets made ready for ranking experiments: each set processed once by `recap process`
 * (in this process, via runCli) and its search index loaded, so that many rankings can be tried
 * on the segments recap wrote without processing again.
 */

export const DEFAULT_ROOT = '/work/shared/corpus/eval/qmsum';

export interface GoldQuery {
  query: string;
  relevantMs: [number, number][];
}

export interface Gold {
  id: string;
  durationMs: number;
  queries: GoldQuery[];
}

export interface PreparedSet {
  name: string;
  /** the QMSum domain: "qmsum-product", "qmsum-academic", "qmsum-committee" (the name's first two parts) */
  domain: string;
  eventId: string;
  gold: Gold;
  /** the event's indexes, one per language (one: the sets are English) */
  indexes: SearchIndex[];
  bm25: Bm25Windows;
}

/** A CliIo that keeps what is written. */
export function captureIo(): CliIo & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return { out: (s) => void (out += s), err: (s) => void (err += s), isTty: false, stdout: () => out, stderr: () => err };
}

/** "qmsum-product-es2002a" -> "qmsum-product". */
export function domainOf(setName: string): string {
  return setName.split('-').slice(0, 2).join('-');
}

/** The set folders under root holding a gold.json, sorted, optionally only those whose name contains `only`. */
export function setNames(root: string, only?: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => existsSync(join(root, name, 'gold.json')) && (only === undefined || name.includes(only)))
    .sort();
}

function readableIndex(file: string): SearchIndex[] | null {
  try {
    return deserializeIndexes(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * One set processed into `storeDir` (kept there: a store already holding the index is used as it
 * is, which lets a run reuse the stores of the one before with `--stores DIR`).
 */
export async function prepareSet(root: string, name: string, storeDir: string): Promise<PreparedSet> {
  const dir = join(root, name);
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold;
  const eventId = (JSON.parse(readFileSync(join(dir, 'event.json'), 'utf8')) as { id: string }).id;
  const indexFile = join(storeDir, ...searchIndexKey(eventId).split('/'));
  let indexes = existsSync(indexFile) ? readableIndex(indexFile) : null;
  if (indexes === null) {
    // None yet, or one this code cannot read (written by other code under the same format name): processed afresh.
    rmSync(storeDir, { recursive: true, force: true });
    mkdirSync(storeDir, { recursive: true });
    const io = captureIo();
    const code = await runCli(['process', resolve(dir, 'event.json'), '--out', storeDir], io);
    if (code !== 0) throw new Error(`${name}: recap process exit ${code}: ${io.stderr().split('\n')[0]}`);
    indexes = deserializeIndexes(readFileSync(indexFile, 'utf8'));
  }
  return {
    name,
    domain: domainOf(name),
    eventId,
    gold,
    indexes,
    bm25: new Bm25Windows(vttCues(readFileSync(join(dir, 'captions.vtt'), 'utf8'))),
  };
}
