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
  /** cues recap's ingest returned, and the reference parser found */
  recapCues: number;
  refCues: number | null;
  /** "package@version" of the reference parser; null when recap is timed alone */
  reference: string | null;
  /** the reference's timed call, or why there is no reference */
  referenceNote: string;
  recap: Speed;
  ref: Speed | null;
  /** recap median time / reference median time; above GOALS.maxRatio misses the goal */
  ratio: number | null;
  /** median over rounds of recap time / reference time in the same round (less hit by bursts of load) */
  pairedRatio: number | null;
  /** only on the largest size: peak RSS of fresh child processes */
  rss?: RssFigures;
}

export function speedOf(runsMs: number[], medianMs: number, bytes: number, cues: number): Speed {
  const seconds = medianMs / 1000;
  return { medianMs, runsMs, mbPerS: bytes / 1e6 / seconds, cuesPerS: cues / seconds };
}

const HEADER = ['format', 'size', 'bytes', 'cues', 'recap ms', 'ref ms', 'ratio', 'runs', 'recap cues', 'ref cues', 'recap MB/s', 'peak RSS MB', 'reference'];
/** Columns written left-aligned (text); the others are numbers. */
const TEXT_COLUMNS = new Set([0, 1, HEADER.length - 1]);

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
    fixed(r.recap.medianMs, 1),
    fixed(r.ref?.medianMs, 1),
    `${fixed(r.ratio, 2)}${flag}`,
    String(r.recap.runsMs.length),
    String(r.recapCues),
    r.refCues === null ? '-' : String(r.refCues),
    fixed(r.recap.mbPerS, 2),
    fixed(r.rss?.recapPeakMb, 1),
    r.reference ?? '(recap alone)',
  ];
}

/** One line per format: the reference's call, or why recap is timed alone. */
function referenceLines(results: CaseResult[]): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const r of results) {
    if (seen.has(r.format)) continue;
    seen.add(r.format);
    lines.push(r.reference ? `reference ${r.format}: ${r.reference} ${r.referenceNote}` : `recap alone ${r.format}: ${r.referenceNote}`);
  }
  return lines;
}

/** A plain-text table with right-aligned numbers, then the references and a line per RSS measurement. */
export function formatTable(results: CaseResult[]): string {
  const rows = [HEADER, ...results.map(row)];
  const widths = HEADER.map((_h, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const lines = rows.map((r) => r.map((cell, c) => (TEXT_COLUMNS.has(c) ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(' | ').trimEnd());
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('-|-'));
  const notes = [
    `ratio = recap median ms / reference median ms over "runs" interleaved runs each (goal <= ${GOALS.maxRatio}; "!" marks a miss)`,
    ...referenceLines(results),
  ];
  for (const r of results.filter((x) => x.rss)) {
    const rss = r.rss!;
    const ref = rss.refPeakMb === null ? 'no reference' : `reference ${fixed(rss.refPeakMb, 1)} MB (+${fixed(rss.refPeakMb - rss.baselineMb, 1)})`;
    notes.push(
      `peak RSS ${r.format} ${r.size}: modules only ${fixed(rss.baselineMb, 1)} MB; recap ${fixed(rss.recapPeakMb, 1)} MB (+${fixed(rss.recapPeakMb - rss.baselineMb, 1)}); ${ref}` +
        (rss.recapPeakMb > GOALS.maxPeakRssMb ? ` ! over ${GOALS.maxPeakRssMb} MB` : ''),
    );
  }
  return [...lines, '', ...notes].join('\n');
}
