import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { alignmentSessions } from './metrics';
import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';

/** How recap was run on one set (always `recap process` now; kept in the report's shape). */
export type RecapRoute = 'cli';

export interface RecapRun {
  route: RecapRoute;
  /** wall time of the recap call, ms */
  ms: number;
  /** exit code of recap process */
  exitCode: number;
  /** what recap wrote to stderr, for the report */
  message: string;
}

function captureIo(): CliIo & { text: () => string } {
  let text = '';
  return { out: () => undefined, err: (s) => void (text += s), isTty: false, text: () => text };
}

/** Runs `recap process` on one manifest into storeDir, in this process, timed. */
export async function runRecap(manifestPath: string, storeDir: string, summaryWords: number): Promise<RecapRun> {
  const io = captureIo();
  // timed from here: only recap's own work is charged to it
  const start = process.hrtime.bigint();
  let exitCode: number;
  let message: string;
  try {
    // --summary-words as EVAL.md runs it (W = words of the gold summary); left out when W is 0
    const words = summaryWords > 0 ? ['--summary-words', String(summaryWords)] : [];
    exitCode = await runCli(['process', resolve(manifestPath), '--out', storeDir, ...words], io);
    message = io.text();
  } catch (e) {
    // runCli rethrows internal errors; the set then fails, the evaluation goes on
    exitCode = 70;
    message = `${io.text()}internal error: ${e instanceof Error ? e.message : String(e)}`;
  }
  return { route: 'cli', ms: Number(process.hrtime.bigint() - start) / 1e6, exitCode, message: message.trim() };
}

/** alignment.json's sessions list from the store recap wrote, or null (a failed set) when absent or unreadable. */
export function readStoredAlignment(storeDir: string, eventId: string): unknown[] | null {
  try {
    return alignmentSessions(JSON.parse(readFileSync(join(storeDir, 'events', eventId, 'alignment.json'), 'utf8')));
  } catch {
    return null;
  }
}
