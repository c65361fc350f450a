import { planEventPipeline } from '../../pipelines/event-pipeline';
import { runInProcess } from '../../pipelines/run-in-process';
import { loadManifestFile } from '../../src/cli/load-manifest';
import { readCaptionInputs } from '../../src/cli/read-caption-inputs';
import { storeEventInputs } from '../../src/stages/store-event-inputs';
import { FsBlobStore } from '../../src/store/fs-store';

/**
 * The in-process reference of bench/queue, in a process of its own: argv = store folder, then
 * event folders. Each event goes through what `recap process` does (manifest, caption bytes,
 * storeEventInputs, runInProcess of planEventPipeline), one after another, in this one process,
 * so node's start-up is paid once, as it is once per worker. Prints one JSON line on stdout.
 */
export interface InProcessResult {
  events: number;
  /** from the first event's start to the last one's end */
  wallS: number;
  /** user + system of the whole process, start-up included (as a worker's /proc figure is) */
  cpuS: number;
  /** of which in the kernel (system time) */
  systemCpuS: number;
  /** of which before the first event: node, tsx and loading the modules */
  startupCpuS: number;
  /** steps run (5 an event) */
  steps: number;
}

/** The child's figures, with what the whole machine spent over the child's life and that life's length (measured by its parent). */
export type InProcessRun = InProcessResult & { machineBusyS: number; lifeS: number };

async function main(): Promise<void> {
  const startup = process.cpuUsage();
  const [storeDir, ...folders] = process.argv.slice(2);
  if (!storeDir || folders.length === 0) throw new Error('usage: in-process-child.ts <store folder> <event folder>...');
  const store = new FsBlobStore(storeDir);
  let steps = 0;
  const started = process.hrtime.bigint();
  for (const folder of folders) {
    const loaded = loadManifestFile(folder);
    const { manifest } = loaded;
    const captions = await readCaptionInputs(loaded, {});
    const sources = await storeEventInputs(store, manifest, captions);
    await runInProcess(store, planEventPipeline(manifest.id, sources), () => void (steps += 1));
  }
  const wallNs = process.hrtime.bigint() - started;
  const cpu = process.cpuUsage();
  const result: InProcessResult = {
    events: folders.length,
    wallS: Number(wallNs) / 1e9,
    cpuS: (cpu.user + cpu.system) / 1e6,
    systemCpuS: cpu.system / 1e6,
    startupCpuS: (startup.user + startup.system) / 1e6,
    steps,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
