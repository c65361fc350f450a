import type { RssFigures } from './rss';

/** Goals the figures are judged against (from the task that set up this benchmark). */
export const GOALS = { maxRatio: 1.3, maxPeakRssMb: 150 };

/** One side's speed; MB is 10^6 bytes of the file as stored (before decoding). */
export interface Speed {
  medianMs: number;
  runsMs: number[];
  mbPerS: number;
  cuesPerS: number;
}

export interface CaseResult {
  format: string;
  size: string;
  fileName: string;
  bytes: number;
  /** cues written into the generated file */
  cues: number;
  /** cues recap's ingest returned, and the library found (null: no cue list) */
  recapCues: number;
  libCues: number | null;
  reference: string | null;
  recap: Speed;
  lib: Speed | null;
  /** recap median time / library median time; above GOALS.maxRatio misses the goal */
  ratio: number | null;
  /** median over rounds of recap time / library time in the same round (less hit by bursts of load) */
  pairedRatio: number | null;
  /** only on the largest size: peak RSS of fresh child processes */
  rss?: RssFigures;
}

export function speedOf(runsMs: number[], medianMs: number, bytes: number, cues: number): Speed {
  const seconds = medianMs / 1000;
  return { medianMs, runsMs, mbPerS: bytes / 1e6 / seconds, cuesPerS: cues / seconds };
}

const HEADER = ['format', 'size', 'bytes', 'cues', 'recap MB/s', 'lib MB/s', 'ratio', 'recap cues/s', 'peak RSS MB'];

function fixed(value: number | null | undefined, digits: number): string {
  return value === null || value === undefined ? '-' : value.toFixed(digits);
}

function row(r: CaseResult): string[] {
  const flag = r.ratio !== null && r.ratio > GOALS.maxRatio ? ' !' : '';
  return [
    r.format,
    r.size,
    String(r.bytes),
    String(r.cues),
    fixed(r.recap.mbPerS, 2),
    fixed(r.lib?.mbPerS, 2),
    `${fixed(r.ratio, 2)}${flag}`,
    fixed(r.recap.cuesPerS, 0),
    fixed(r.rss?.recapPeakMb, 1),
  ];
}

/** A plain-text table with right-aligned numbers, then a line per RSS measurement. */
export function formatTable(results: CaseResult[]): string {
  const rows = [HEADER, ...results.map(row)];
  const widths = HEADER.map((_h, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const lines = rows.map((r) => r.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(' | '));
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('-|-'));
  const notes = [`ratio = recap time / library time (goal <= ${GOALS.maxRatio}; "!" marks a miss)`];
  for (const r of results.filter((x) => x.rss)) {
    const rss = r.rss!;
    const lib = rss.libPeakMb === null ? 'no library' : `library ${fixed(rss.libPeakMb, 1)} MB (+${fixed(rss.libPeakMb - rss.baselineMb, 1)})`;
    notes.push(
      `peak RSS ${r.format} ${r.size}: modules only ${fixed(rss.baselineMb, 1)} MB; recap ${fixed(rss.recapPeakMb, 1)} MB (+${fixed(rss.recapPeakMb - rss.baselineMb, 1)}); ${lib}` +
        (rss.recapPeakMb > GOALS.maxPeakRssMb ? ` ! over ${GOALS.maxPeakRssMb} MB` : ''),
    );
  }
  return [...lines, '', ...notes].join('\n');
}
