import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { writeLongRecordingEvent } from './generate-recording';

/**
 * bench/long-recording: `recap process` on one recording of 150,000 cues (a day-long sitting, a
 * live stream's auto-captions), in a child process under `/usr/bin/time -v`, against the bundled
 * fixture event processed the same way in the same run (the reference of the ratios).
 */
const ROOT = path.resolve(__dirname, '../..');
const TSX_LOADER = path.join(ROOT, 'node_modules/tsx/dist/loader.mjs');
const CUES = Number(process.env.BENCH_CUES ?? 150_000);
const FIXTURE = path.join(ROOT, 'fixtures/itu-forum-2021-04-23');

interface Figures {
  wallS: number;
  maxRssMb: number;
}

/** `recap process <event> --out <out>` from the sources (tsx, as the other benches start recap), timed by /usr/bin/time. */
function processEvent(event: string, out: string, timeFile: string): Figures {
  const recap = [process.execPath, '--import', TSX_LOADER, path.join(ROOT, 'src/cli/main.ts'), 'process', event, '--out', out];
  const run = spawnSync('/usr/bin/time', ['-v', '-o', timeFile, ...recap], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 << 20 });
  if (run.status !== 0) throw new Error(`recap process ${event} exited ${run.status ?? run.signal}:\n${(run.stderr ?? '').slice(-4000)}`);
  const report = readFileSync(timeFile, 'utf8');
  const field = (label: string): string => {
    const line = report.split('\n').find((l) => l.trim().startsWith(label));
    if (!line) throw new Error(`/usr/bin/time -v printed no "${label}":\n${report}`);
    return line.slice(line.lastIndexOf(': ') + 2).trim();
  };
  // "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.31"
  const wallS = field('Elapsed (wall clock)').split(':').reduce((total, part) => total * 60 + Number(part), 0);
  // "Maximum resident set size (kbytes): 123456"
  return { wallS, maxRssMb: Number(field('Maximum resident set size')) / 1024 };
}

const temp = mkdtempSync(path.join(os.tmpdir(), 'recap-long-recording-'));
try {
  const started = process.hrtime.bigint();
  const manifest = writeLongRecordingEvent(path.join(temp, 'event'), { cues: CUES, cueSpacingMs: 600, sessions: 6 });
  const generatedS = Number(process.hrtime.bigint() - started) / 1e9;
  const fixture = processEvent(FIXTURE, path.join(temp, 'out-fixture'), path.join(temp, 'time-fixture.txt'));
  const long = processEvent(manifest, path.join(temp, 'out-long'), path.join(temp, 'time-long.txt'));
  console.log(`generated ${CUES.toLocaleString('en')} cues (one every 600 ms, ${((CUES * 0.6) / 3600).toFixed(1)} h, 6 sessions) in ${generatedS.toFixed(1)} s`);
  console.log('event                 | wall s | peak RSS MB');
  console.log(`fixture (reference)   | ${fixture.wallS.toFixed(1).padStart(6)} | ${fixture.maxRssMb.toFixed(0).padStart(11)}`);
  console.log(`${CUES.toLocaleString('en')} cues`.padEnd(22) + `| ${long.wallS.toFixed(1).padStart(6)} | ${long.maxRssMb.toFixed(0).padStart(11)}`);
  console.log(`ratio                 | ${(long.wallS / fixture.wallS).toFixed(1).padStart(6)} | ${(long.maxRssMb / fixture.maxRssMb).toFixed(1).padStart(11)}`);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
