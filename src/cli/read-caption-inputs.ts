import { closeSync, constants, fstatSync, openSync } from 'fs';
import { CaptionInputError, ManifestError, ServiceUnavailableError, type ManifestIssue } from '../model/errors';
import { DEFAULT_LIMITS, type Limits } from '../model/limits';
import { readManifestSource } from '../model/manifest-source';
import type { CaptionInput } from '../stages/store-event-inputs';
import { BlobNotFoundError, BlobStoreError } from '../store/blob-store';
import { captionRoots, locateCaptions, type CaptionLocation } from './caption-location';
import type { CliConfig } from './cli-config';
import { openCliStore } from './cli-store';
import { overCaptionLimit, readAtMost } from './io';
import type { LoadedManifest } from './load-manifest';

/** s3://bucket/some/key.vtt -> the object's bytes, its size checked before it is fetched. */
async function readS3Object(location: Extract<CaptionLocation, { kind: 's3' }>, config: CliConfig, limits: Limits, recordingId: string, manifestFile: string): Promise<Buffer> {
  const whose = `the captions of recording "${recordingId}" in ${manifestFile}`;
  const store = openCliStore(`s3://${location.bucket}`, config);
  try {
    const stat = await store.stat(location.key);
    if (stat === null) throw new CaptionInputError(location.url, `no such object (${whose})`);
    if (stat.size > limits.maxCaptionBytes) throw new CaptionInputError(location.url, `${overCaptionLimit(stat.size, limits.maxCaptionBytes)} (${whose})`);
    const bytes = await store.get(location.key);
    // The object may have been replaced since it was measured.
    if (bytes.byteLength > limits.maxCaptionBytes) throw new CaptionInputError(location.url, `${overCaptionLimit(bytes.byteLength, limits.maxCaptionBytes)} (${whose})`);
    return bytes;
  } catch (e) {
    // Deleted between the size check and the read.
    if (e instanceof BlobNotFoundError) throw new CaptionInputError(location.url, `no such object (${whose})`);
    if (e instanceof BlobStoreError) throw new ServiceUnavailableError(`cannot read ${location.url}: ${e.message}`);
    throw e;
  } finally {
    await store.close?.();
  }
}

/**
 * Reads a regular file of at most maxCaptionBytes. Opened without following a symlink and without
 * blocking (a FIFO put in its place after the check would hang the open), then measured on the
 * open descriptor, so what is read is what was checked.
 */
function readLocalFile(file: string, limits: Limits, recordingId: string, manifestFile: string): Buffer {
  const whose = `the captions of recording "${recordingId}" in ${manifestFile}`;
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file' : code === 'ELOOP' ? 'is a symbolic link' : (e as Error).message;
    throw new CaptionInputError(file, `${why} (${whose})`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new CaptionInputError(file, `is not a regular file (${whose})`);
    if (stat.size > limits.maxCaptionBytes) throw new CaptionInputError(file, `${overCaptionLimit(stat.size, limits.maxCaptionBytes)} (${whose})`);
    const bytes = readAtMost(fd, limits.maxCaptionBytes);
    if (bytes === undefined) throw new CaptionInputError(file, `${overCaptionLimit(undefined, limits.maxCaptionBytes)} (${whose})`);
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads every recording's caption file before anything is written: a path relative to the
 * manifest's folder (or a configured root), or an s3://bucket/key under the store's own prefix
 * (or a configured root). A captions field that points elsewhere stops the run with every such
 * field named at its line; a missing file stops it naming the file and its recording.
 */
export async function readCaptionInputs(loaded: LoadedManifest, config: CliConfig, storeTarget?: string): Promise<CaptionInput[]> {
  const { manifest, file: manifestFile, dir } = loaded;
  const limits = config.limits ?? DEFAULT_LIMITS;
  const roots = captionRoots(dir, storeTarget, config.captionRoots ?? []);
  const locations = manifest.recordings.map((recording) => locateCaptions(recording.captions, dir, roots, limits.maxCaptionBytes));
  const refused = locations.flatMap((location, i) => (typeof location === 'string' ? [{ i, message: location }] : []));
  if (refused.length > 0) {
    const source = readManifestSource(loaded.sourceText).source;
    const issues: ManifestIssue[] = refused.map(({ i, message }) => {
      const line = source?.lineOf(['recordings', i, 'captions']);
      return { path: `recordings[${i}].captions`, ...(line !== undefined ? { line } : {}), message };
    });
    throw new ManifestError(manifestFile, issues);
  }
  const inputs: CaptionInput[] = [];
  for (const [i, recording] of manifest.recordings.entries()) {
    const location = locations[i] as CaptionLocation;
    const bytes =
      location.kind === 's3'
        ? await readS3Object(location, config, limits, recording.id, manifestFile)
        : readLocalFile(location.file, limits, recording.id, manifestFile);
    inputs.push({ recordingId: recording.id, fileName: location.kind === 's3' ? location.url : location.file, bytes });
  }
  return inputs;
}
