import type { CaptionFormat } from './types';
import { webvtt } from './webvtt';
import { srt } from './srt';
import { sbv } from './sbv';
import { json } from './json';
import { ass } from './ass';
import { ssa } from './ssa';
import { sami } from './sami';
import { lrc } from './lrc';
import { microdvd } from './microdvd';
import { scc } from './scc';
import { ttml } from './ttml';
import { timedTranscript } from './timed-transcript';

/** Every caption format recap knows, by id. Adding a format: a folder and one line here. */
export const FORMATS: readonly CaptionFormat[] = [webvtt, srt, sbv, json, ass, ssa, sami, lrc, microdvd, scc, ttml, timedTranscript];

export function formatById(id: string): CaptionFormat | undefined {
  return FORMATS.find((f) => f.id === id);
}

export function formatByExtension(fileName: string): CaptionFormat | undefined {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  return FORMATS.find((f) => f.extensions.includes(ext));
}

/**
 * Picks the format by content; the file's extension only breaks near-ties, so a mislabelled
 * file is still read by what it holds.
 */
export function detectFormat(text: string, fileName?: string): CaptionFormat | undefined {
  const byExt = fileName ? formatByExtension(fileName) : undefined;
  let best: CaptionFormat | undefined;
  let bestScore = 0;
  for (const format of FORMATS) {
    const score = format.sniff(text) + (format === byExt ? 0.05 : 0);
    if (score > bestScore + 1e-9 && format.sniff(text) > 0) {
      best = format;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The format a file of this name is written in: the one whose usual extension it is (".sub" is
 * MicroDVD's, and only SubViewer's second), else any writable format that takes the extension.
 */
export function writerByExtension(fileName: string): CaptionFormat | undefined {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  const writers = FORMATS.filter((f) => f.write);
  return writers.find((f) => f.extensions[0] === ext) ?? writers.find((f) => f.extensions.includes(ext));
}

export function writableFormats(): string[] {
  return [...new Set(FORMATS.filter((f) => f.write).flatMap((f) => f.extensions))];
}
