import { closeSync, constants, fstatSync, openSync, readFileSync, statSync } from 'fs';
import path from 'path';
import { ManifestError } from '../model/errors';
import { DEFAULT_LIMITS, type Limits } from '../model/limits';
import { parseManifest } from '../model/manifest-parse';
import type { ResolvedManifest } from '../model/manifest-resolved';

/** The names a folder's manifest may have, in the order they are looked for. */
export const MANIFEST_FILE_NAMES = ['event.yaml', 'event.yml', 'event.json'] as const;

export interface LoadedManifest {
  manifest: ResolvedManifest;
  /** the manifest file as named in messages (the folder joined with event.yaml when a folder was given) */
  file: string;
  /** the folder caption paths are relative to */
  dir: string;
  sourceText: string;
}

function kindOf(target: string): 'file' | 'folder' | 'missing' {
  try {
    return statSync(target).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
}

/** The manifest file a path names: the file itself, or the first of event.yaml, event.yml, event.json in a folder. */
function findManifestFile(target: string): string {
  const kind = kindOf(target);
  if (kind === 'missing') throw new ManifestError(target, [{ path: '', message: 'no such file or folder' }]);
  if (kind === 'file') return target;
  const found = MANIFEST_FILE_NAMES.map((name) => path.join(target, name)).find((file) => kindOf(file) === 'file');
  if (!found) throw new ManifestError(target, [{ path: '', message: `no ${MANIFEST_FILE_NAMES.join(', ')} in this folder` }]);
  return found;
}

/**
 * The manifest's text, refused before it is read when it is larger than the limit (a huge YAML
 * document takes gigabytes to parse) or is not a regular file (a FIFO would block, a device never end).
 */
function readManifestText(file: string, limits: Limits): string {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new ManifestError(file, [{ path: '', message: `cannot read: ${(e as Error).message}` }]);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new ManifestError(file, [{ path: '', message: 'is not a regular file' }]);
    if (stat.size > limits.maxManifestBytes) {
      throw new ManifestError(file, [{ path: '', message: `is ${stat.size} bytes, over the limit of ${limits.maxManifestBytes} bytes (RECAP_MAX_MANIFEST_BYTES)` }]);
    }
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/** Reads and validates an event manifest (a file, or a folder holding one); throws ManifestError. */
export function loadManifestFile(target: string, limits: Limits = DEFAULT_LIMITS): LoadedManifest {
  const file = findManifestFile(target);
  const sourceText = readManifestText(file, limits);
  return { manifest: parseManifest(sourceText, file), file, dir: path.dirname(file), sourceText };
}
