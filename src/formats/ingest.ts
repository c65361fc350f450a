import { CaptionInputError } from '../model/errors';
import { DEFAULT_LIMITS, type Limits } from '../model/limits';
import type { SourceCue } from '../model/source-cue';
import { INGEST_GENERATOR, type Track } from '../model/track';
import { normalizeCues } from '../text/normalize';
import { decodeCaptionBytes } from './decode';
import { detectFormat, formatById, FORMATS } from './registry';
import { UnreadableCaptions, type CaptionFormat } from './types';

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
  /** size limits (file bytes, cues, characters of a cue); DEFAULT_LIMITS when not given */
  limits?: Limits;
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
  const limits = options.limits ?? DEFAULT_LIMITS;
  if (bytes.length === 0) throw new CaptionInputError(file, 'the file is empty');
  if (bytes.length > limits.maxCaptionBytes) {
    throw new CaptionInputError(file, `the file has ${bytes.length} bytes, more than the limit of ${limits.maxCaptionBytes} for a caption file`);
  }
  const decoded = decodeCaptionBytes(bytes);
  if (looksBinary(decoded.text)) throw new CaptionInputError(file, 'binary data, not a caption file');
  if (decoded.text.trim() === '') throw new CaptionInputError(file, 'the file holds only white space');
  const format = options.format ? formatById(options.format) : strictFormat(options) ?? detectFormat(decoded.text, file);
  if (!format) {
    const known = FORMATS.map((f) => f.id).join(', ');
    throw new CaptionInputError(file, `not a caption format recap reads (${known})`, 1);
  }
  return refuseOverflow(file, format.id, () => {
    let result;
    try {
      result = format.read(decoded.text, { strict: options.strict ?? false, limits });
    } catch (e) {
      if (e instanceof UnreadableCaptions) throw new CaptionInputError(file, e.problem, e.line);
      throw e;
    }
    if (result.track) {
      checkCueLimits(file, result.track.cues, limits);
      return result.track;
    }
    checkCueLimits(file, result.cues, limits);
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
  });
}

/**
 * A strict read judges the file by the format its name claims: "x.vtt" without its "WEBVTT" line
 * is an invalid WebVTT file (the specification's verdict), not SRT that content detection would
 * find. Only a name that claims one format does: ".sub" is MicroDVD's and SubViewer's, and ".txt"
 * holds anything (an SRT saved as text is common), so those are detected as usual.
 */
function strictFormat(options: IngestOptions): CaptionFormat | undefined {
  if (!options.strict) return undefined;
  const ext = options.fileName.toLowerCase().split('.').pop() ?? '';
  const claiming = FORMATS.filter((f) => f.extensions.includes(ext));
  return claiming.length === 1 && ext !== 'txt' ? claiming[0] : undefined;
}

/**
 * Runs the reading, turning a RangeError into CaptionInputError: the call stack or a string
 * overflowing means the input nests too deeply or holds too much, which is the file's fault
 * (markup nested thousands deep in a 15 KB file), not an internal error.
 */
function refuseOverflow(file: string, formatId: string, read: () => Track): Track {
  try {
    return read();
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    throw new CaptionInputError(file, `this ${formatId} file cannot be read: its markup nests too deeply or it holds too much (${e.message})`);
  }
}

function cueChars(cue: SourceCue | Track['cues'][number]): number {
  if ('spans' in cue) return cue.spans.reduce((n, span) => n + span.text.length, 0);
  return cue.text.length;
}

/** Refuses a file with more cues, or a cue with more characters, than the limits allow. */
function checkCueLimits(file: string, cues: ReadonlyArray<SourceCue | Track['cues'][number]>, limits: Limits): void {
  if (cues.length > limits.maxCues) {
    throw new CaptionInputError(file, `more than ${limits.maxCues} cues, the limit for a caption file`, cues[limits.maxCues]!.line);
  }
  for (const [index, cue] of cues.entries()) {
    const chars = cueChars(cue);
    if (chars <= limits.maxCueChars) continue;
    throw new CaptionInputError(file, `cue ${index + 1} has ${chars} characters of text, more than the limit of ${limits.maxCueChars} for one cue`, cue.line);
  }
}
