import { readFileSync } from 'fs';
import path from 'path';
import { CaptionInputError, UsageError } from '../model/errors';
import type { ResolvedManifest } from '../model/manifest-resolved';
import type { CaptionInput } from '../stages/store-event-inputs';
import { isS3Url, S3_NOT_YET } from './process-options';

/**
 * Reads every recording's caption file, relative to the manifest's folder, before anything is
 * written: a missing file stops the run naming its path and the recording it belongs to.
 */
export function readCaptionInputs(manifest: ResolvedManifest, dir: string, manifestFile: string): CaptionInput[] {
  return manifest.recordings.map((recording, i) => {
    if (isS3Url(recording.captions)) {
      throw new UsageError(`${manifestFile}: recordings[${i}].captions "${recording.captions}" is an S3 key; ${S3_NOT_YET}`);
    }
    const file = path.isAbsolute(recording.captions) ? recording.captions : path.join(dir, recording.captions);
    try {
      return { recordingId: recording.id, fileName: file, bytes: readFileSync(file) };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : (e as Error).message;
      throw new CaptionInputError(file, `${why} (the captions of recording "${recording.id}" in ${manifestFile})`);
    }
  });
}
