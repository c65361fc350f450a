import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestCaptions } from '../../src/formats/ingest';
import { benchFormats, type BenchFormat } from './cases';
import { generateCaptionFile, SIZES, type CaptionFile } from './generate';
import { formatTable, GOALS, speedOf, type CaseResult } from './report';
import { NO_REFERENCE, referenceLabel } from './references';
import { measureRss } from './rss';
import { median } from './stats';
import { timePair, type PairOptions } from './timing';

/**
 * bench/parse: recap's whole ingest (decode + parse + normalise) against the fastest maintained
 * JavaScript parser of each format on the same bytes, per format and file size; peak RSS on the
 * largest file. `npm run bench:parse`.
 */

/**
 * For quick checks while working on one reader: BENCH_FORMATS=srt,sbv times only those formats,
 * BENCH_RSS=0 skips the child processes. A partial run writes its own file, not parse.json.
 */
const ONLY = process.env.BENCH_FORMATS ? new Set(process.env.BENCH_FORMATS.split(',')) : null;
const WITH_RSS = process.env.BENCH_RSS !== '0';
const OUT_FILE = join(__dirname, '..', 'out', ONLY || !WITH_RSS ? 'parse-partial.json' : 'parse.json');

/** Enough timed runs for a stable median without the whole bench taking more than a few minutes. */
const TIMING: PairOptions = { warmups: 3, minRuns: 7, maxRuns: 15, budgetMs: 2500 };

function benchCase(format: BenchFormat, file: CaptionFile): CaseResult {
  const recap = () => ingestCaptions(file.bytes, { fileName: file.fileName });
  // The reference is handed the decoded string, as its API takes: decoding is not charged to it.
  const text = new TextDecoder('utf-8').decode(file.bytes);
  const reference = format.reference;
  const track = recap();
  if (track.format !== format.id) throw new Error(`${file.fileName} was detected as ${track.format}, not ${format.id}`);
  const refCues = reference ? reference.parse(text) : null;
  const timing = timePair(recap, reference ? () => reference.parse(text) : () => undefined, TIMING);
  const recapSpeed = speedOf(timing.aMs, timing.aMedianMs, file.bytes.length, file.cueCount);
  const refSpeed = reference ? speedOf(timing.bMs, timing.bMedianMs, file.bytes.length, file.cueCount) : null;
  return {
    format: format.id,
    size: file.size.id,
    fileName: file.fileName,
    bytes: file.bytes.length,
    cues: file.cueCount,
    recapCues: track.cues.length,
    refCues,
    reference: reference ? referenceLabel(reference) : null,
    referenceNote: reference ? reference.call : (NO_REFERENCE[format.id] ?? ''),
    recap: recapSpeed,
    ref: refSpeed,
    ratio: refSpeed ? recapSpeed.medianMs / refSpeed.medianMs : null,
    pairedRatio: reference ? median(timing.aMs.map((ms, i) => ms / timing.bMs[i]!)) : null,
  };
}

function main(): void {
  const { formats: all, skipped } = benchFormats();
  const formats = ONLY ? all.filter((f) => ONLY.has(f.id)) : all;
  const results: CaseResult[] = [];
  const largest = SIZES[SIZES.length - 1]!;
  const scratch = mkdtempSync(join(tmpdir(), 'recap-bench-parse-'));
  try {
    for (const format of formats) {
      for (const size of SIZES) {
        const file = generateCaptionFile(format.id, size, format.extension);
        process.stderr.write(`timing ${format.id} ${size.id} (${file.bytes.length} bytes)...\n`);
        const result = benchCase(format, file);
        if (size === largest && WITH_RSS) {
          const path = join(scratch, file.fileName);
          writeFileSync(path, file.bytes);
          process.stderr.write(`peak RSS ${format.id} ${size.id} in child processes...\n`);
          result.rss = measureRss(format.id, path, format.reference !== undefined);
        }
        results.push(result);
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(formatTable(results));
  for (const r of results) {
    if (r.recapCues !== r.cues || (r.refCues !== null && r.refCues !== r.cues)) {
      console.log(`note: ${r.format} ${r.size}: ${r.cues} cues written, recap returned ${r.recapCues}, reference ${r.refCues ?? '-'}`);
    }
  }
  for (const s of skipped) console.log(`not benchmarked: ${s.id} (${s.reason})`);
  mkdirSync(join(OUT_FILE, '..'), { recursive: true });
  const machine = { node: process.version, platform: `${process.platform} ${process.arch}`, cpu: cpus()[0]?.model ?? '?', cores: cpus().length };
  writeFileSync(OUT_FILE, `${JSON.stringify({ date: new Date().toISOString(), machine, goals: GOALS, timing: TIMING, results, skipped }, null, 2)}\n`);
  console.log(`figures written to ${OUT_FILE}`);
}

main();
