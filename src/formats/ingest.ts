import { CaptionInputError } from '../model/errors';
import { INGEST_GENERATOR, type Track } from '../model/track';
import { normalizeCues } from '../text/normalize';
import { decodeCaptionBytes } from './decode';
import { detectFormat, formatById, FORMATS } from './registry';
import { UnreadableCaptions } from './types';

export interface IngestOptions {
  /** the file's name or path, used in every message and to break format ties */
  fileName: string;
  /** force a format id instead of detecting it */
  format?: string;
  /**
   * Return a track with no cue instead of failing. A valid but empty file is unusable for an
   * event, so ingest refuses it by default; conformance checks of the parser itself allow it.
   */
  allowEmpty?: boolean;
  /** read to the letter of the format's specification (see ReadOptions) */
  strict?: boolean;
}

/** Share of control characters above which the input is taken for binary data. */
const BINARY_SHARE = 0.05;

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 12) control++;
  }
  return sample.length > 0 && control / sample.length > BINARY_SHARE;
}

/**
 * The whole ingest: bytes -> decoded text -> format detection -> reader -> normalised track.
 * Input that cannot be used at all throws CaptionInputError naming the file (and line);
 * everything else that is wrong is returned as diagnostics on the track.
 */
export function ingestCaptions(bytes: Uint8Array, options: IngestOptions): Track {
  const file = options.fileName;
  if (bytes.length === 0) throw new CaptionInputError(file, 'the file is empty');
  const decoded = decodeCaptionBytes(bytes);
  if (looksBinary(decoded.text)) throw new CaptionInputError(file, 'binary data, not a caption file');
  if (decoded.text.trim() === '') throw new CaptionInputError(file, 'the file holds only white space');
  const format = options.format ? formatById(options.format) : detectFormat(decoded.text, file);
  if (!format) {
    const known = FORMATS.map((f) => f.id).join(', ');
    throw new CaptionInputError(file, `not a caption format recap reads (${known})`, 1);
  }
  let result;
  try {
    result = format.read(decoded.text, { strict: options.strict ?? false });
  } catch (e) {
    if (e instanceof UnreadableCaptions) throw new CaptionInputError(file, e.problem, e.line);
    throw e;
  }
  if (result.track) return result.track;
  if (result.cues.length === 0 && !options.allowEmpty) {
    const firstError = result.diagnostics.find((d) => d.severity === 'error') ?? result.diagnostics[0];
    const why = firstError ? `; first problem at line ${firstError.line}: ${firstError.message}` : '';
    throw new CaptionInputError(file, `no cue found in this ${format.id} file${why}`, firstError?.line);
  }
  const normalized = normalizeCues(result.cues);
  return {
    generator: INGEST_GENERATOR,
    format: format.id,
    encoding: decoded.encoding,
    ...(result.language ? { language: result.language } : {}),
    ...(result.regions ? { regions: result.regions } : {}),
    cues: normalized.cues,
    diagnostics: [...result.diagnostics, ...normalized.diagnostics].sort((a, b) => a.line - b.line),
  };
}
