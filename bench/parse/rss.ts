import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { median } from './stats';

/** Peak RSS figures of one format, in MB (10^6 bytes) so they read like the MB/s columns. */
export interface RssFigures {
  /** a child that loads the modules and reads the file, and parses nothing */
  baselineMb: number;
  recapPeakMb: number;
  /** null for formats with no reference parser */
  refPeakMb: number | null;
}

const REPO = join(__dirname, '..', '..');
const CHILD = join(__dirname, 'rss-child.ts');

/**
 * Runs the child once in a fresh Node process and returns its peak RSS in MB. tsx is loaded with
 * --require (CommonJS hooks only): `--import tsx` also starts an ESM loader thread that adds ~25 MB
 * to every figure and is not part of recap.
 */
function childPeakMb(format: string, mode: string, file: string): number {
  const run = spawnSync(process.execPath, ['--require', 'tsx/cjs', CHILD, format, mode, file], { cwd: REPO, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`rss child ${format} ${mode} failed: ${run.stderr}`);
  const lastLine = run.stdout.trim().split('\n').pop() ?? '';
  const { maxRssKb } = JSON.parse(lastLine) as { maxRssKb: number };
  return (maxRssKb * 1024) / 1e6;
}

/** Median of a few children: a peak RSS varies by a few MB from one process to the next. */
function medianPeakMb(format: string, mode: string, file: string, repeats: number): number {
  return median(Array.from({ length: repeats }, () => childPeakMb(format, mode, file)));
}

export function measureRss(format: string, file: string, hasReference: boolean, repeats = 3): RssFigures {
  return {
    baselineMb: medianPeakMb(format, 'baseline', file, repeats),
    recapPeakMb: medianPeakMb(format, 'recap', file, repeats),
    refPeakMb: hasReference ? medianPeakMb(format, 'ref', file, repeats) : null,
  };
}
