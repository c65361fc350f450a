import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { availableParallelism, loadavg, tmpdir } from 'os';
import path from 'path';
import { FsBlobStore } from '../../src/store/fs-store';
import { openStore } from '../../src/store/open-store';
import { makeEventFolders } from './event-folders';
import type { InProcessResult, InProcessRun } from './in-process-child';
import { CLOCK_TICKS, machineBusySeconds } from './process-cpu';
import { measureQueue, type QueueResult, type QueueSetup } from './queue-run';
import { spawnTs } from './recap-process';
import { startTestRedis, type TestRedis } from '../../test/helpers/redis-server';
import { formatReport } from './report';
import { startS3, type BenchS3 } from './s3-server';

/**
 * `npm run bench:queue [-- --events N] [-- --no-s3]`: N events (default 50, copies of the fixture
 * event) processed in one in-process child, then in queue mode by 1 and by 2 `recap worker`
 * processes (concurrency 1 each) on a private redis-server, then by 1 worker on a private s3rver
 * store. Each mode writes to a fresh store, so no stage is skipped as up to date. Prints
 * events/min and the CPU of every process taking part, with the ratios the goals are
 * about; writes bench/out/queue.json.
 */

function parseArgs(argv: string[]): { events: number; s3: boolean } {
  let events = 50;
  let s3 = true;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--events') {
      events = Number(argv[++i]);
      if (!Number.isInteger(events) || events < 1) throw new Error('--events takes a positive whole number');
    } else if (argv[i] === '--no-s3') s3 = false;
    else throw new Error(`unknown argument ${argv[i]}; use --events N, --no-s3`);
  }
  return { events, s3 };
}

const OUT_FILE = path.join(__dirname, '..', 'out', 'queue.json');

async function runInProcessChild(storeDir: string, folders: string[]): Promise<InProcessRun> {
  const busy0 = machineBusySeconds();
  const t0 = process.hrtime.bigint();
  const child = spawnTs(path.join(__dirname, 'in-process-child.ts'), [storeDir, ...folders], {});
  const code = await child.exited;
  const lifeS = Number(process.hrtime.bigint() - t0) / 1e9;
  const machineBusyS = machineBusySeconds() - busy0;
  if (code !== 0) throw new Error(`the in-process child exited with ${code}:\n${child.output()}`);
  return { ...(JSON.parse(child.stdout().trim()) as InProcessResult), machineBusyS, lifeS };
}

async function main(): Promise<void> {
  const { events, s3: withS3 } = parseArgs(process.argv.slice(2));
  const root = mkdtempSync(path.join(tmpdir(), 'recap-bench-queue-'));
  process.on('exit', () => rmSync(root, { recursive: true, force: true }));
  const load = loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`machine: ${availableParallelism()} cores (nproc ${execFileSync('nproc', { encoding: 'utf8' }).trim()}), node ${process.version}, CLK_TCK ${CLOCK_TICKS}, load average ${load} before the run, ${new Date().toISOString()}`);

  const folders = makeEventFolders(path.join(root, 'events'), events);
  const freshDir = (name: string) => {
    const dir = path.join(root, name);
    mkdirSync(dir);
    return dir;
  };
  let redis: TestRedis | undefined;
  let s3: BenchS3 | undefined;
  try {
    // A private one even when REDIS_URL is set: the bench reads the server's CPU time.
    redis = await startTestRedis({ forceOwn: true });
    const inProcess = await runInProcessChild(freshDir('store-in-process'), folders);
    console.log(`in-process: ${inProcess.wallS.toFixed(1)} s`);
    const folderSetup = (workers: number): QueueSetup => {
      const dir = freshDir(`store-queue-${workers}`);
      return {
        label: `queue, ${workers} worker${workers === 1 ? '' : 's'}`,
        workers,
        redis: redis!,
        storeTarget: dir,
        openStore: () => new FsBlobStore(dir),
        workerEnv: {},
        prefix: `bench${process.pid}w${workers}`,
        folders,
      };
    };
    const one = await measureQueue(folderSetup(1));
    console.log(`${one.label}: ${one.wallS.toFixed(1)} s`);
    const two = await measureQueue(folderSetup(2));
    console.log(`${two.label}: ${two.wallS.toFixed(1)} s`);
    const extra: QueueResult[] = [];
    if (withS3) {
      s3 = await startS3();
      const bucket = `recap-bench-${process.pid}`;
      await s3.createBucket(bucket);
      const target = `s3://${bucket}/recap/`;
      const config = s3.config;
      const s3Row = await measureQueue({
        label: 'queue, 1 worker, S3 (s3rver)',
        workers: 1,
        redis,
        storeTarget: target,
        openStore: () => openStore(target, () => config),
        workerEnv: s3.env,
        storePid: s3.pid,
        prefix: `bench${process.pid}s3`,
        folders,
      });
      console.log(`${s3Row.label}: ${s3Row.wallS.toFixed(1)} s`);
      extra.push(s3Row);
    }
    console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    console.log('');
    for (const line of formatReport(inProcess, one, two, extra)) console.log(line);
    mkdirSync(path.dirname(OUT_FILE), { recursive: true });
    writeFileSync(OUT_FILE, `${JSON.stringify({ date: new Date().toISOString(), loadBefore: load, inProcess, queue: [one, two, ...extra] }, null, 2)}\n`);
  } finally {
    await s3?.stop();
    await redis?.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  // Exiting now runs the exit hooks that kill the workers, redis-server and s3rver and remove the temp folder.
  process.exit(1);
});
