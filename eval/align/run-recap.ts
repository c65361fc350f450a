import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { alignEvent } from '../../src/align/align-event';
import type { CliIo } from '../../src/cli/io';
import { buildProgram, runCli } from '../../src/cli/main';
import { ingestCaptions } from '../../src/formats/ingest';
import type { EvalManifest } from './manifest';
import { wallClockEpochMs } from './wall-clock';

/** How recap was run on one set: through `recap process`, or the stop-gap below. */
export type RecapRoute = 'cli' | 'fallback';

export interface RecapRun {
  route: RecapRoute;
  /** wall time of the recap call, ms */
  ms: number;
  /** exit code (0 when the fallback returned normally) */
  exitCode: number;
  /** what recap wrote to stderr / the error the fallback threw, for the report */
  message: string;
}

function captureIo(): CliIo & { text: () => string } {
  let text = '';
  return { out: () => undefined, err: (s) => void (text += s), isTty: false, text: () => text };
}

/** True once `recap process` is registered in the real command line. */
export function processCommandExists(): boolean {
  return buildProgram(captureIo()).commands.some((c) => c.name() === 'process');
}

/**
 * STOP-GAP until `recap process` exists (src/cli/commands/process.ts is being written): does the
 * alignment part of it in process — ingest each recording's captions, resolve the agenda's
 * wall-clock times, alignEvent, write events/<id>/alignment.json into the store.
 */
export function processFallbackAlignOnly(manifestPath: string, storeDir: string): void {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as EvalManifest;
  const base = dirname(manifestPath);
  const when = (v: string | undefined) => wallClockEpochMs(v, manifest.date, manifest.timezone) ?? undefined;
  const allIds = manifest.sessions.map((s) => s.id);
  const alignment = alignEvent({
    eventId: manifest.id,
    sessions: manifest.sessions.map((s) => ({
      id: s.id,
      title: s.title,
      ...(s.description !== undefined ? { description: s.description } : {}),
      people: [],
      ...(when(s.start) !== undefined ? { startEpochMs: when(s.start) } : {}),
      ...(when(s.end) !== undefined ? { endEpochMs: when(s.end) } : {}),
    })),
    recordings: manifest.recordings.map((r) => {
      const file = join(base, r.captions);
      const startsAt = when(r.startsAt);
      return {
        id: r.id,
        sessionIds: r.sessions ?? allIds,
        ...(startsAt !== undefined ? { startsAtEpochMs: startsAt } : {}),
        ...(r.url !== undefined ? { url: r.url } : {}),
        track: ingestCaptions(readFileSync(file), { fileName: file }),
      };
    }),
  });
  const eventDir = join(storeDir, 'events', manifest.id);
  mkdirSync(eventDir, { recursive: true });
  writeFileSync(join(eventDir, 'alignment.json'), JSON.stringify(alignment, null, 2));
}

/**
 * Runs recap on one manifest into storeDir, in this process, timed. The real entry point
 * `runCli(['process', ...])` when it exists; otherwise the stop-gap above.
 */
export async function runRecap(manifestPath: string, storeDir: string, summaryWords: number): Promise<RecapRun> {
  const viaCli = processCommandExists();
  // timed from here: only recap's own work is charged to it
  const start = process.hrtime.bigint();
  const elapsed = () => Number(process.hrtime.bigint() - start) / 1e6;
  if (viaCli) {
    const io = captureIo();
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
    return { route: 'cli', ms: elapsed(), exitCode, message: message.trim() };
  }
  try {
    processFallbackAlignOnly(manifestPath, storeDir);
    return { route: 'fallback', ms: elapsed(), exitCode: 0, message: '' };
  } catch (e) {
    return { route: 'fallback', ms: elapsed(), exitCode: 1, message: e instanceof Error ? e.message : String(e) };
  }
}
