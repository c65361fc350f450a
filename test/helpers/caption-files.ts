import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import { CORPUS_DIR, hasCorpus } from './shared-corpus';

export interface IndexedFile { file: string; format: string; note: string }

/** The format fixtures of ../shared/corpus/formats/index.json (absolute paths). */
export function formatFixtures(formats?: string[]): IndexedFile[] {
  if (!hasCorpus) return [];
  const index = JSON.parse(readFileSync(path.join(CORPUS_DIR, 'formats/index.json'), 'utf8')) as IndexedFile[];
  return index
    .filter((e) => !formats || formats.includes(e.format))
    .map((e) => ({ ...e, file: path.join(CORPUS_DIR, 'formats', e.file) }));
}

/** Real caption files: council captions and the AMI/ICSI meeting renderings. */
export function realCaptionFiles(): string[] {
  if (!hasCorpus) return [];
  const list = (dir: string, ext: string) =>
    readdirSync(path.join(CORPUS_DIR, dir)).filter((f) => f.endsWith(ext)).map((f) => path.join(CORPUS_DIR, dir, f));
  return [...list('real-captions/cdp', '.vtt'), ...list('meetings/ami', '.vtt'), ...list('meetings/icsi', '.vtt')];
}
