import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import autocannon from 'autocannon';
import { CATALOGUE_STAMP_KEY, catalogueEntryKey, eventPageKey, manifestKey, searchIndexKey, transcriptKey, transcriptPageKey } from '../../src/model/event-layout';
import type { Segment } from '../../src/model/transcript';
import { buildIndex, serializeIndexes } from '../../src/search/inverted-index';

/**
 * `npm run bench:server`: what a request to `recap serve` costs on a store of BIG events
 * (default 2,000) against one of SMALL (10). Each store is generated directly in the output
 * layout (manifest, catalogue entry, pages, transcript, search index of a few segments per event:
 * small, so only the number of events differs), then served on 127.0.0.1 with a free port and
 * loaded with autocannon at 10 connections for SECONDS (default 5) per kind of request: the event
 * list (GET /), a search across all events and a search of one event. Prints p50/p99 latency
 * (ms), requests/s, and the BIG/SMALL ratios per kind. BENCH_EVENTS and BENCH_SECONDS change the sizes.
 */

const BIG = Number(process.env.BENCH_EVENTS ?? 2000);
const SMALL = 10;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;
const ROOT = join(__dirname, '..', '..');

const WORDS = ['budget', 'council', 'harbour', 'library', 'transport', 'school', 'water', 'housing', 'park', 'energy', 'museum', 'bridge'];

function eventId(n: number): string {
  return `event-${String(n).padStart(5, '0')}`;
}

function write(root: string, key: string, text: string): void {
  const file = join(root, ...key.split('/'));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** One small event in the output layout, as the stages would leave it. */
function writeEvent(root: string, n: number): void {
  const id = eventId(n);
  const date = `2026-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`;
  const title = `Meeting ${n} on the ${WORDS[n % WORDS.length]}`;
  write(root, manifestKey(id), JSON.stringify({ id, title, date, language: 'en', sessions: [{ id: 'main', title: 'Main session' }], recordings: [{ id: 'main' }] }));
  write(root, catalogueEntryKey(id), JSON.stringify({ generator: 'catalogue@1', id, title, date, language: 'en' }));
  write(root, eventPageKey(id), `<!DOCTYPE html><html lang="en"><title>${title}</title><h1>${title}</h1></html>`);
  write(root, transcriptPageKey(id, 'main'), `<!DOCTYPE html><html lang="en"><title>${title}</title></html>`);
  const segments: Segment[] = Array.from({ length: 5 }, (_, i) => ({
    id: `main-${i + 1}`,
    eventId: id,
    sessionId: 'main',
    recording: 'main',
    speaker: null,
    startMs: i * 10_000,
    endMs: i * 10_000 + 9_000,
    text: `We discussed the ${WORDS[(n + i) % WORDS.length]} and the ${WORDS[(n * 7 + i) % WORDS.length]} of meeting ${n}.`,
  }));
  write(root, transcriptKey(id, 'main'), JSON.stringify({ segments }));
  write(root, searchIndexKey(id), serializeIndexes([buildIndex(segments, 'en', {}, { main: 'Main session' })]));
}

function generateStore(events: number): string {
  const root = mkdtempSync(join(tmpdir(), `recap-bench-server-${events}-`));
  for (let n = 0; n < events; n++) writeEvent(root, n);
  write(root, CATALOGUE_STAMP_KEY, JSON.stringify({ generator: 'catalogue@1', changed: 'bench' }));
  return root;
}

/** `recap serve` from the sources (as the tests run it), and the URL it prints once listening. */
async function startServer(store: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', join(ROOT, 'node_modules/tsx/dist/loader.mjs'), join(ROOT, 'src/cli/main.ts'), 'serve', '--store', store, '--port', '0'], {
    env: { ...process.env, REDIS_URL: '', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString('utf8');
      const found = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(log);
      if (found) resolve(found[1]!);
    });
    child.on('exit', (code) => reject(new Error(`recap serve exited (${code}):\n${log}`)));
  });
  return { child, url };
}

interface Figures {
  /** ms; autocannon's percentiles are whole milliseconds, its mean is not */
  mean: number;
  p50: number;
  p99: number;
  rps: number;
  /** the first request's time: the catalogue is built there */
  firstMs: number;
}

async function measure(url: string): Promise<Figures> {
  const started = performance.now();
  const first = await fetch(url);
  await first.arrayBuffer();
  const firstMs = performance.now() - started;
  if (first.status !== 200) throw new Error(`${url}: ${first.status}`);
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { mean: result.latency.average, p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average, firstMs };
}

const KINDS: Record<string, (base: string) => string> = {
  'GET /': (base) => base,
  'search, all events': (base) => `${base}search?q=harbour+budget`,
  'search, one event': (base) => `${base}search?q=harbour&event=${eventId(3)}`,
};

async function benchStore(events: number): Promise<Record<string, Figures>> {
  const generated = performance.now();
  const store = generateStore(events);
  process.stdout.write(`${events} events generated in ${((performance.now() - generated) / 1000).toFixed(1)} s\n`);
  const { child, url } = await startServer(store);
  try {
    const out: Record<string, Figures> = {};
    for (const [kind, path] of Object.entries(KINDS)) {
      out[kind] = await measure(path(url));
      const f = out[kind];
      process.stdout.write(`  ${kind}: first ${f.firstMs.toFixed(0)} ms, mean ${f.mean.toFixed(2)} ms, p50 ${f.p50} ms, p99 ${f.p99} ms, ${f.rps.toFixed(0)} req/s\n`);
    }
    return out;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(store, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  process.stdout.write(`recap serve, ${CONNECTIONS} connections, ${SECONDS} s per kind of request, loopback\n`);
  const small = await benchStore(SMALL);
  const big = await benchStore(BIG);
  process.stdout.write(`\n| request | ${SMALL} events mean / p50 / p99 (ms) | ${BIG} events mean / p50 / p99 (ms) | ratio mean | ratio p50 | ratio p99 |\n|---|---|---|---|---|---|\n`);
  for (const kind of Object.keys(KINDS)) {
    const s = small[kind]!;
    const b = big[kind]!;
    const ratio = (x: number, y: number) => (y === 0 ? 'n/a' : (x / y).toFixed(2));
    process.stdout.write(`| ${kind} | ${s.mean.toFixed(2)} / ${s.p50} / ${s.p99} | ${b.mean.toFixed(2)} / ${b.p50} / ${b.p99} | ${ratio(b.mean, s.mean)} | ${ratio(b.p50, s.p50)} | ${ratio(b.p99, s.p99)} |\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
