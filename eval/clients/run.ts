import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { ITU_EVENT, ituEventDir } from '../../test/helpers/fixture-store';
import { compareCues, kindCounts, type Agreement } from './agreement';
import { formatTraits } from './formats';
import { readerFaults } from './reader-faults';
import { startChromiumReader, hasChromium } from './readers/chromium';
import { ffmpegReader, ffmpegVersion, hasFfmpeg } from './readers/ffmpeg';
import { hasPythonReader, pythonReaderVersion, pythonSrtReader, ttconvReader, webvttPyReader } from './readers/python';
import type { ClientReader } from './readers/types';
import { publishedCaptionFiles, rewrittenSessionFiles, writeCaptionFiles, writtenClientFiles, type CaptionFile } from './sources';

/**
 * Prints the agreement of independent readers with recap's caption outputs: for each reader and
 * format, how many cues came back with the times, text and speakers recap wrote, and the kinds of
 * disagreement. Files: every track of fixtures/clients through every writer, each session's
 * captions.vtt and captions.srt of the fixture event as `recap process` publishes them, and each
 * session's track through recap's other writers.
 *
 *   npm run eval:clients              the table
 *   npm run eval:clients -- --details every disagreement, file by file
 *
 * A reader that is not installed is left out of the table, with a line saying so.
 */

interface Row {
  reader: string;
  format: string;
  files: number;
  agreeing: number;
  total: number;
  kinds: string;
  unreadable: string[];
}

const sum = (agreements: Agreement[]): Agreement => ({
  total: agreements.reduce((n, a) => n + a.total, 0),
  agreeing: agreements.reduce((n, a) => n + a.agreeing, 0),
  disagreements: agreements.flatMap((a) => a.disagreements),
  explained: agreements.flatMap((a) => a.explained),
});

async function readAll(reader: ClientReader, files: CaptionFile[], dir: string, details: boolean): Promise<Row[]> {
  const mine = files.filter((f) => reader.formats.includes(f.format));
  const paths = writeCaptionFiles(path.join(dir, reader.id.replace(/\W+/g, '-')), mine);
  const outcomes = await reader.read(mine.map((f) => ({ path: paths.get(f)!, format: f.format })));
  const rows: Row[] = [];
  for (const format of reader.formats) {
    const ofFormat = mine.filter((f) => f.format === format);
    const agreements: Agreement[] = [];
    const unreadable: string[] = [];
    for (const file of ofFormat) {
      const outcome = outcomes.get(paths.get(file)!);
      if (!outcome || 'error' in outcome) {
        unreadable.push(`${file.name}: ${outcome ? outcome.error : 'nothing read'}`);
        agreements.push({ total: file.reference.cues.length, agreeing: 0, disagreements: [], explained: [] });
        continue;
      }
      const agreement = compareCues(file.reference, outcome.cues, formatTraits(format), readerFaults(reader.id, format));
      agreements.push(agreement);
      if (details && agreement.agreeing < agreement.total) {
        console.log(`\n${reader.id} on ${file.name}: ${agreement.agreeing}/${agreement.total}`);
        for (const d of agreement.disagreements) console.log(`  cue ${d.cue + 1} ${d.kind}: wrote ${d.wrote} | read ${d.read}`);
        for (const e of agreement.explained) console.log(`  cue ${e.cue + 1} explained: ${e.fault}`);
      }
    }
    const total = sum(agreements);
    rows.push({ reader: reader.id, format, files: ofFormat.length, agreeing: total.agreeing, total: total.total, kinds: kindCounts(total), unreadable });
  }
  return rows;
}

async function main(): Promise<void> {
  const details = process.argv.includes('--details');
  const published = publishedCaptionFiles(await ituEventDir(), ITU_EVENT);
  const files = [...writtenClientFiles(), ...published, ...rewrittenSessionFiles(published)];
  const dir = mkdtempSync(path.join(tmpdir(), 'recap-eval-clients-'));
  const rows: Row[] = [];
  const versions: string[] = [];
  try {
    if (hasChromium()) {
      const chromium = await startChromiumReader();
      versions.push(chromium.version);
      try {
        rows.push(...(await readAll(chromium.reader, files, dir, details)));
      } finally {
        await chromium.close();
      }
    } else console.log('Chromium: not installed, left out');
    if (hasFfmpeg()) {
      versions.push(await ffmpegVersion());
      rows.push(...(await readAll(ffmpegReader, files, dir, details)));
    } else console.log('ffmpeg: not installed, left out');
    for (const [reader, module] of [[webvttPyReader, 'webvtt'], [pythonSrtReader, 'srt'], [ttconvReader, 'ttconv']] as const) {
      if (hasPythonReader(module)) {
        versions.push(pythonReaderVersion(module));
        rows.push(...(await readAll(reader, files, dir, details)));
      } else console.log(`${reader.id}: not installed for /usr/bin/python3, left out`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\nReaders: ${versions.join('; ')} (the Python readers as /usr/bin/python3 imports them)`);
  console.log(
    `Files: ${files.length} (fixtures/clients through each writer; the fixture event's captions.vtt and captions.srt of each session, and each session's track through the other writers)\n`,
  );
  console.log('| reader | format | files | cues agreeing / cues | disagreements |');
  console.log('|---|---|---|---|---|');
  for (const r of rows) {
    const unreadable = r.unreadable.length > 0 ? `${r.kinds ? '; ' : ''}unreadable: ${r.unreadable.join('; ')}` : '';
    console.log(`| ${r.reader} | ${r.format} | ${r.files} | ${r.agreeing} / ${r.total} | ${r.kinds || (unreadable ? '' : 'none')}${unreadable} |`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exitCode = 1;
});
