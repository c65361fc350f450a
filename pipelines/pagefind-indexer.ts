import { spawn } from 'child_process';
import { existsSync } from 'fs';
import path from 'path';
import { pathToFileURL } from 'url';
import type { SiteSearchRecord } from '../src/publish/site/search-records';
import type { SiteIndexer, SiteIndexFile } from '../src/stages/site-indexer';

/**
 * The site's static search index built by Pagefind (npm `pagefind`, its Node API over its own
 * binary): one custom record per search segment. Pagefind is an ES module only, which recap's
 * CommonJS build and its test transform cannot load in-process; so each build runs in a child
 * Node process that imports it, reads the records from stdin and writes the bundle's files to
 * stdout. That also bounds the binary's life to one build, whatever runs the stages.
 */

/** The bundle files a search page needs; Pagefind's ready-made UIs and highlighter are left out. */
export function isNeededBundleFile(file: string): boolean {
  return !/^pagefind-(ui|modular-ui|component-ui|highlight)\b/.test(file) && !file.startsWith('playground/');
}

/** The child's program (an ES module): records in (JSON on stdin), files out (JSON on stdout). */
const CHILD = `
import * as pagefind from process.env.RECAP_PAGEFIND_MODULE;
let text = '';
for await (const chunk of process.stdin) text += chunk;
const records = JSON.parse(text);
const created = await pagefind.createIndex(CONFIG);
if (!created.index) throw new Error('pagefind: ' + created.errors.join('; '));
for (const record of records) {
  const added = await created.index.addCustomRecord(record);
  if (added.errors.length > 0) throw new Error('pagefind: ' + record.url + ': ' + added.errors.join('; '));
}
const built = await created.index.getFiles();
if (built.errors.length > 0) throw new Error('pagefind: ' + built.errors.join('; '));
process.stdout.write(JSON.stringify(built.files.map((f) => ({ path: f.path, content: Buffer.from(f.content).toString('base64') }))));
await pagefind.close();
`;

/**
 * Pagefind writes a file per record (a moment): 29,100 files for 100 three-hour events, each a
 * PUT on S3 at every publish. Beyond this many records of a language it packs them into shared
 * files (bench:site-size: 100 events, 29,242 files -> about 1,100), so a hit's details cost a
 * larger fetch (tens of KiB) instead.
 */
export const PAGEFIND_CONFIG = { maxFragments: 1000 };

/** Where Node would find the package from here (its exports offer no CommonJS entry to resolve). */
function pagefindModule(): string {
  for (const dir of require.resolve.paths('pagefind') ?? []) {
    const entry = path.join(dir, 'pagefind', 'lib', 'index.js');
    if (existsSync(entry)) return pathToFileURL(entry).href;
  }
  throw new Error('pagefind is not installed (npm ci installs it with recap)');
}

export class PagefindIndexError extends Error {
  override readonly name = 'PagefindIndexError';
}

async function runChild(records: readonly SiteSearchRecord[]): Promise<string> {
  // Static import of a specifier from the environment is not valid syntax: the child gets it as text.
  const program = CHILD.replace('process.env.RECAP_PAGEFIND_MODULE', JSON.stringify(pagefindModule())).replace('CONFIG', JSON.stringify(PAGEFIND_CONFIG));
  const child = spawn(process.execPath, ['--input-type=module', '--eval', program], { stdio: ['pipe', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  let err = '';
  child.stdout.on('data', (d: Buffer) => out.push(d));
  child.stderr.on('data', (d: Buffer) => void (err += d.toString()));
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  child.stdin.end(JSON.stringify(records));
  const code = await exited;
  if (code !== 0) throw new PagefindIndexError(`the search index could not be built (pagefind exit ${code}): ${err.trim().split('\n').slice(-3).join(' ')}`);
  return Buffer.concat(out).toString('utf8');
}

export const pagefindIndexer: SiteIndexer = {
  async build(records) {
    const files = JSON.parse(await runChild(records)) as { path: string; content: string }[];
    return files
      .filter((f) => isNeededBundleFile(f.path))
      .map((f): SiteIndexFile => ({ path: f.path, content: Buffer.from(f.content, 'base64') }))
      .sort((a, b) => a.path.localeCompare(b.path));
  },
};
