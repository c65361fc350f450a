import { execFile } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { promisify } from 'util';
import { readFfmpegSrt } from './srt-text';
import type { ClientReader, FileToRead, ReadOutcome } from './types';

export const FFMPEG = '/usr/bin/ffmpeg';

/** ffmpeg's demuxer for each format recap writes that ffmpeg reads (TTML it only writes). */
const DEMUXERS: Record<string, string> = {
  webvtt: 'webvtt',
  srt: 'srt',
  // YouTube's .sbv is the SubViewer layout
  sbv: 'subviewer',
  ass: 'ass',
  ssa: 'ass',
  sami: 'sami',
  lrc: 'lrc',
  microdvd: 'microdvd',
};

const run = promisify(execFile);

/**
 * Arguments turning each input into SubRip through ffmpeg's decoder and its "text" encoder: what
 * a player built on ffmpeg shows (markup gone, references decoded by the decoder), times in ms.
 * The demuxer is named, so what is tested is ffmpeg reading the format, not guessing it.
 */
function conversion(files: readonly FileToRead[], outDir: string): string[] {
  const args = ['-hide_banner', '-loglevel', 'error', '-nostdin', '-y'];
  files.forEach((f) => args.push('-f', DEMUXERS[f.format]!, '-i', f.path));
  files.forEach((_, i) => args.push('-map', `${i}:s`, '-c:s', 'text', '-f', 'srt', path.join(outDir, `${i}.srt`)));
  return args;
}

async function convert(files: readonly FileToRead[]): Promise<Map<string, ReadOutcome>> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'recap-ffmpeg-'));
  try {
    await run(FFMPEG, conversion(files, outDir), { maxBuffer: 64 * 1024 * 1024 });
    return new Map(files.map((f, i) => [f.path, { cues: readFfmpegSrt(readFileSync(path.join(outDir, `${i}.srt`), 'utf8')) }]));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/**
 * Every file in one ffmpeg process. If ffmpeg refuses the batch, each file is tried alone, so
 * the one it cannot read is named with ffmpeg's message and the others are still read.
 */
async function readWithFfmpeg(files: readonly FileToRead[]): Promise<Map<string, ReadOutcome>> {
  const unknown = files.find((f) => !DEMUXERS[f.format]);
  if (unknown) throw new Error(`ffmpeg reads no ${unknown.format} (${unknown.path})`);
  if (files.length === 0) return new Map();
  try {
    return await convert(files);
  } catch {
    const outcomes = new Map<string, ReadOutcome>();
    for (const file of files) {
      try {
        outcomes.set(file.path, (await convert([file])).get(file.path)!);
      } catch (e) {
        outcomes.set(file.path, { error: ((e as { stderr?: string }).stderr || String(e)).trim() });
      }
    }
    return outcomes;
  }
}

export const ffmpegReader: ClientReader = { id: 'ffmpeg', formats: Object.keys(DEMUXERS), speakerField: false, read: readWithFfmpeg };

export const hasFfmpeg = (): boolean => existsSync(FFMPEG);

/** "ffmpeg version 5.1.9-0+deb12u1" */
export async function ffmpegVersion(): Promise<string> {
  const { stdout } = await run(FFMPEG, ['-hide_banner', '-version']);
  return stdout.split('\n')[0]!.replace(/ Copyright.*/, '');
}
