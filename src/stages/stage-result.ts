/** What a stage hands back to the runner (in-process or a queue worker). */
export interface StageResult {
  /** keys the stage wrote, in the order written */
  outputKeys: string[];
  /** one line for a progress display, e.g. "ingest main: 1,234 cues" */
  summary: string;
  /** counts for a run's final summary, e.g. {cues: 1234} or {sessions: 4, aligned: 3} */
  counts: Record<string, number>;
}

/** 1234 -> "1,234": counts in progress lines, the same on every machine (no locale from the host). */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** "1 cue", "2 cues" */
export function plural(n: number, noun: string): string {
  return `${formatCount(n)} ${noun}${n === 1 ? '' : 's'}`;
}
