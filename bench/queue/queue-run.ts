import { enqueueEventFlow, type EnqueuedRun } from '../../pipelines/enqueue-flow';
import { planEventPipeline } from '../../pipelines/event-pipeline';
import { openQueueSet } from '../../pipelines/queue-set';
import { watchRun } from '../../pipelines/watch-run';
import { loadManifestFile } from '../../src/cli/load-manifest';
import { readCaptionInputs } from '../../src/cli/read-caption-inputs';
import { storeEventInputs } from '../../src/stages/store-event-inputs';
import type { BlobStore } from '../../src/store/blob-store';
import { connectRedis } from '../../workers/redis-connection';
import { sleep, stopChild, type Child } from './children';
import { machineBusySeconds, ownCpuSeconds, processCpu, processCpuSeconds } from './process-cpu';
import { spawnRecap } from './recap-process';

export interface QueueSetup {
  label: string;
  workers: number;
  redis: { url: string; pid(): number };
  /** what the workers are given as --store: a fresh folder or s3:// URL */
  storeTarget: string;
  /** the same store, opened in this process for the enqueue side */
  openStore: () => BlobStore;
  /** S3 settings for the workers, when the store is s3:// */
  workerEnv: Record<string, string>;
  /** the S3 server's process, to count its CPU too */
  storePid?: number;
  prefix: string;
  folders: string[];
}

export interface QueueResult {
  label: string;
  events: number;
  workers: number;
  /** from the first enqueue to the last run's completion (seen by a 250 ms poll) */
  wallS: number;
  /** every worker's user + system from its start to just before SIGTERM */
  workerCpuS: number;
  /** of which before "worker ready" (node, tsx, modules, connections) */
  workerStartupCpuS: number;
  /** of which in the kernel (system time) */
  workerSystemCpuS: number;
  redisCpuS: number;
  storeCpuS?: number;
  /** this process: reading, storing and queueing the events */
  enqueueCpuS: number;
  /** this process: polling the runs until they end */
  watchCpuS: number;
  /** finished jobs, from the workers' log lines */
  jobs: number;
  /** CPU the whole machine spent over the wall time, every process included */
  machineBusyS: number;
}

async function startWorker(setup: QueueSetup): Promise<Child> {
  const args = ['worker', '--store', setup.storeTarget, '--prefix', setup.prefix, '--concurrency', '1'];
  const worker = spawnRecap(args, { REDIS_URL: setup.redis.url, LOG_LEVEL: 'info', ...setup.workerEnv });
  const until = Date.now() + 60_000;
  while (!worker.output().includes('"worker ready"')) {
    if (worker.process.exitCode !== null || Date.now() > until) {
      worker.process.kill('SIGKILL');
      throw new Error(`recap worker did not become ready:\n${worker.output()}`);
    }
    await sleep(20);
  }
  return worker;
}

/** The jobs a worker finished: it logs one line with "ms" for each. */
function loggedJobs(log: string): number {
  return log.split('\n').filter((line) => line.startsWith('{') && typeof (JSON.parse(line) as { ms?: unknown }).ms === 'number').length;
}

/**
 * One queue-mode measurement: start the workers and wait until each is ready, queue every event
 * from this process (as `recap enqueue` does: manifest, caption bytes, storeEventInputs, the
 * flow), wait for every run, read every process's CPU, then SIGTERM the workers.
 */
export async function measureQueue(setup: QueueSetup): Promise<QueueResult> {
  const redisBefore = processCpuSeconds(setup.redis.pid());
  const storeBefore = setup.storePid !== undefined ? processCpuSeconds(setup.storePid) : 0;
  const workers = await Promise.all(Array.from({ length: setup.workers }, () => startWorker(setup)));
  const startupCpu = workers.map((w) => processCpuSeconds(w.pid));
  const connection = connectRedis(setup.redis.url);
  connection.on('error', () => undefined);
  const set = openQueueSet(connection, setup.prefix, (e) => process.stderr.write(`redis: ${e.message}\n`));
  const store = setup.openStore();
  try {
    const cpu0 = process.cpuUsage();
    const busy0 = machineBusySeconds();
    const t0 = process.hrtime.bigint();
    const runs: EnqueuedRun[] = [];
    for (const folder of setup.folders) {
      const loaded = loadManifestFile(folder);
      const { manifest } = loaded;
      const captions = await readCaptionInputs(loaded, {});
      const sources = await storeEventInputs(store, manifest, captions);
      runs.push(await enqueueEventFlow(set.producer, manifest.id, planEventPipeline(manifest.id, sources), setup.prefix));
    }
    const enqueueCpuS = ownCpuSeconds(cpu0);
    const cpu1 = process.cpuUsage();
    // One run watched at a time, in queue order: a run already done answers its first poll, and
    // the poller's own load on Redis stays that of one `recap enqueue --wait`, not of fifty.
    for (const run of runs) {
      const outcome = await watchRun(run, set.queues, () => undefined);
      if (!outcome.ok) throw new Error(`${run.eventId} failed: ${outcome.causes.map((c) => `${c.stage}: ${c.reason}`).join('; ')}`);
    }
    const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
    const machineBusyS = machineBusySeconds() - busy0;
    const watchCpuS = ownCpuSeconds(cpu1);
    const workerCpu = workers.map((w) => processCpu(w.pid));
    const redisCpuS = processCpuSeconds(setup.redis.pid()) - redisBefore;
    const storeCpuS = setup.storePid !== undefined ? processCpuSeconds(setup.storePid) - storeBefore : undefined;
    const codes = await Promise.all(workers.map((w) => stopChild(w)));
    if (codes.some((c) => c !== 0)) throw new Error(`a worker exited with ${codes.join(', ')}:\n${workers.map((w) => w.output()).join('\n')}`);
    return {
      label: setup.label,
      events: setup.folders.length,
      workers: setup.workers,
      wallS,
      workerCpuS: workerCpu.reduce((a, b) => a + b.userS + b.systemS, 0),
      workerSystemCpuS: workerCpu.reduce((a, b) => a + b.systemS, 0),
      workerStartupCpuS: startupCpu.reduce((a, b) => a + b, 0),
      redisCpuS,
      ...(storeCpuS !== undefined ? { storeCpuS } : {}),
      enqueueCpuS,
      watchCpuS,
      jobs: workers.map((w) => loggedJobs(w.output())).reduce((a, b) => a + b, 0),
      machineBusyS,
    };
  } finally {
    for (const worker of workers) await stopChild(worker, 'SIGKILL');
    await store.close?.();
    await set.close();
    connection.disconnect();
  }
}
