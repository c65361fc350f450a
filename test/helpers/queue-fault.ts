import type { EnqueuedRun } from '../../pipelines/enqueue-flow';
import type { QueueSet } from '../../pipelines/queue-set';
import { FsBlobStore } from '../../src/store/fs-store';
import { ituEventFolder, ituStore } from './fixture-store';
import { snapshotStore } from './store-snapshot';

export interface FaultEvents {
  /** event folders, each a copy of the fixture under its own id */
  folders: string[];
  ids: string[];
  /** per event id: its keys and their sha256 as `recap process` writes them on the filesystem */
  reference: Map<string, Record<string, string>>;
}

/**
 * `count` copies of the fixture event; the reference of each is `recap process`'s output for it,
 * built once and kept with the shared build of the fixture, beside the copy it was made from
 * (fixture-store.ts). The folders are read-only.
 */
export async function faultEvents(tag: string, count: number): Promise<FaultEvents> {
  const ids = Array.from({ length: count }, (_, i) => `${tag}-${i + 1}`);
  const folders: string[] = [];
  const reference = new Map<string, Record<string, string>>();
  for (const id of ids) {
    folders.push(await ituEventFolder(id));
    reference.set(id, await snapshotStore(new FsBlobStore(await ituStore(id)), `events/${id}/`));
  }
  return { folders, ids, reference };
}

/** How many jobs of the runs are in each state now. */
export async function countStates(set: QueueSet, runs: EnqueuedRun[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const run of runs) {
    for (const job of run.jobs) {
      const queue = set.queues.get(job.queueName)!;
      const state = await queue.getJobState(job.jobId);
      counts[state] = (counts[state] ?? 0) + 1;
    }
  }
  return counts;
}

/** Polls until `ready` holds (a Redis hiccup counts as not yet), failing after `timeoutMs`. */
export async function until(what: string, ready: () => Promise<boolean>, timeoutMs = 60_000, everyMs = 25): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await ready()) return;
    } catch {
      // not reachable right now: try again
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
