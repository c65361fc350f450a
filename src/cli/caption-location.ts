import { lstatSync, realpathSync } from 'fs';
import path from 'path';
import { blobKeyProblem } from '../store/blob-key';
import { isS3Url, parseS3Url, type S3Location } from '../store/s3-url';
import { overCaptionLimit } from './io';

/**
 * Where a manifest's `captions` field may point (issue 10): a manifest is input from whoever
 * wrote it, and what it names is stored and published, so it must not reach files or objects
 * the operator did not mean to publish. A local file lies in the manifest's folder or a
 * configured root (by its real path, no symlink on the way out), and is a regular file; an S3
 * object lies under the store's own bucket and prefix or a configured s3:// root.
 */
export type CaptionLocation = { kind: 'file'; file: string } | { kind: 's3'; bucket: string; key: string; url: string };

/** The roots a run allows: local folders (resolved) and S3 locations. */
export interface CaptionRoots {
  folders: string[];
  s3: S3Location[];
}

/** The manifest's folder, the s3:// store (if it is one) and the configured roots. */
export function captionRoots(manifestDir: string, storeTarget: string | undefined, configured: readonly string[]): CaptionRoots {
  const roots: CaptionRoots = { folders: [path.resolve(manifestDir)], s3: [] };
  if (storeTarget !== undefined && isS3Url(storeTarget)) roots.s3.push(parseS3Url(storeTarget));
  for (const root of configured) {
    if (isS3Url(root)) roots.s3.push(parseS3Url(root));
    else roots.folders.push(path.resolve(root));
  }
  return roots;
}

/** `inner` is `outer` or lies below it (both resolved paths). */
function isInside(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

function realFolder(folder: string): string | undefined {
  try {
    return realpathSync(folder);
  } catch {
    return undefined;
  }
}

/** The local file a captions field names, or why it may not be read. */
function locateFile(captions: string, manifestDir: string, roots: CaptionRoots, maxBytes: number): CaptionLocation | string {
  const file = path.resolve(manifestDir, captions);
  const root = roots.folders.find((folder) => isInside(file, folder));
  if (root === undefined) return `"${captions}" is outside the manifest's folder (set RECAP_CAPTION_ROOTS to allow another folder)`;
  let stat;
  try {
    stat = lstatSync(file);
  } catch (e) {
    // A missing file is reported by the read, as it names the file itself.
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? { kind: 'file', file } : `"${captions}" cannot be read: ${(e as Error).message}`;
  }
  if (stat.isSymbolicLink()) return `"${captions}" is a symbolic link; give the file itself`;
  if (stat.isDirectory()) return `"${captions}" is a folder, not a file`;
  if (!stat.isFile()) return `"${captions}" is not a regular file (a device, pipe or socket)`;
  if (stat.size > maxBytes) return `"${captions}" ${overCaptionLimit(stat.size, maxBytes)}`;
  // A folder on the way may be a symlink leading out of the root: compare real paths.
  const realRoot = realFolder(root);
  const realFile = realFolder(file);
  if (realRoot === undefined || realFile === undefined || !isInside(realFile, realRoot)) {
    return `"${captions}" leads outside the manifest's folder through a symbolic link`;
  }
  return { kind: 'file', file };
}

/** The S3 object a captions URL names, or why it may not be read. */
function locateObject(captions: string, roots: CaptionRoots): CaptionLocation | string {
  const rest = captions.slice('s3://'.length);
  const slash = rest.indexOf('/');
  const bucket = slash < 0 ? rest : rest.slice(0, slash);
  const key = slash < 0 ? '' : rest.slice(slash + 1);
  if (key === '' || key.endsWith('/')) return `${captions} names no object`;
  // Some S3-compatible servers normalise "a/../b"; a key with such segments could land elsewhere,
  // and one the store refuses (a backslash, a NUL, a temporary file's suffix) is no caption file.
  const problem = blobKeyProblem(key);
  if (problem !== undefined) return `${captions}: not a key recap reads (${problem})`;
  const allowed = roots.s3.some((root) => root.bucket === bucket && key.startsWith(root.prefix));
  if (!allowed) return `${captions} is outside the store's bucket and prefix (set RECAP_CAPTION_ROOTS to allow another s3:// location)`;
  return { kind: 's3', bucket, key, url: captions };
}

/** Where the captions are, or why they may not be read; a local file's size is checked here too (an object's only when it is fetched). */
export function locateCaptions(captions: string, manifestDir: string, roots: CaptionRoots, maxBytes: number): CaptionLocation | string {
  return isS3Url(captions) ? locateObject(captions, roots) : locateFile(captions, manifestDir, roots, maxBytes);
}
