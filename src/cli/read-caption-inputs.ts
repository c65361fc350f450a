import { readFileSync } from 'fs';
import path from 'path';
import { CaptionInputError, ServiceUnavailableError } from '../model/errors';
import type { ResolvedManifest } from '../model/manifest-resolved';
import type { CaptionInput } from '../stages/store-event-inputs';
import { BlobNotFoundError, BlobStoreError } from '../store/blob-store';
import { isS3Url } from '../store/s3-url';
import type { CliConfig } from './cli-config';
import { openCliStore } from './cli-store';

/** s3://bucket/some/key.vtt -> the object's bytes, read with the configured S3 client. */
async function readS3Object(url: string, config: CliConfig, recordingId: string, manifestFile: string): Promise<Buffer> {
  const rest = url.slice('s3://'.length);
  const slash = rest.indexOf('/');
  const key = slash < 0 ? '' : rest.slice(slash + 1);
  if (key === '' || key.endsWith('/')) throw new CaptionInputError(manifestFile, `the captions of recording "${recordingId}", ${url}, name no object`);
  const store = openCliStore(`s3://${rest.slice(0, slash)}`, config);
  try {
    return await store.get(key);
  } catch (e) {
    if (e instanceof BlobNotFoundError) throw new CaptionInputError(url, `no such object (the captions of recording "${recordingId}" in ${manifestFile})`);
    if (e instanceof BlobStoreError) throw new ServiceUnavailableError(`cannot read ${url}: ${e.message}`);
    throw e;
  } finally {
    await store.close?.();
  }
}

function readLocalFile(file: string, recordingId: string, manifestFile: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : (e as Error).message;
    throw new CaptionInputError(file, `${why} (the captions of recording "${recordingId}" in ${manifestFile})`);
  }
}

/**
 * Reads every recording's caption file before anything is written: a path relative to the
 * manifest's folder, or an s3://bucket/key. A missing file stops the run naming it and the
 * recording it belongs to.
 */
export async function readCaptionInputs(manifest: ResolvedManifest, dir: string, manifestFile: string, config: CliConfig): Promise<CaptionInput[]> {
  const inputs: CaptionInput[] = [];
  for (const recording of manifest.recordings) {
    if (isS3Url(recording.captions)) {
      const bytes = await readS3Object(recording.captions, config, recording.id, manifestFile);
      inputs.push({ recordingId: recording.id, fileName: recording.captions, bytes });
    } else {
      const file = path.isAbsolute(recording.captions) ? recording.captions : path.join(dir, recording.captions);
      inputs.push({ recordingId: recording.id, fileName: file, bytes: readLocalFile(file, recording.id, manifestFile) });
    }
  }
  return inputs;
}
