import type { SourceCue } from '../model/source-cue';
import type { Limits } from '../model/limits';
import type { Diagnostic, Region, Track } from '../model/track';

export interface ReadResult {
  cues: SourceCue[];
  diagnostics: Diagnostic[];
  regions?: Region[];
  language?: string;
  /** set by readers of recap's own JSON: the track is already canonical and is used as it is */
  track?: Track;
}

export interface ReadOptions {
  /**
   * Follow the format's specification to the letter (the WebVTT parsing algorithm drops a cue
   * whose timing is malformed). By default recap is lenient: it recovers such cues when their
   * times can still be read, and reports each one.
   */
  strict?: boolean;
  /**
   * Size limits a reader enforces while it reads, where waiting for its result would cost the
   * memory they protect (TTML's XML tokens and entity expansion); ingest checks cue counts and
   * lengths on every result. DEFAULT_LIMITS when not given.
   */
  limits?: Limits;
}

export interface WriteOptions {
  /** line ending, "\n" by default */
  eol?: string;
  /**
   * The cue texts already show every change of speaker (re-flowed captions carry their profile's
   * label): writers add no visible label of their own, and keep speakers only where their format
   * has a place for them apart from the text (WebVTT `<v>`, TTML `ttm:agent`).
   */
  labelsInText?: boolean;
}

/**
 * One caption format: how to recognise it, read it and (optionally) write it.
 * Adding a format is a folder under src/formats and one line in registry.ts.
 */
export interface CaptionFormat {
  id: string;
  /** file extensions, lowercase, without the dot; the first is the one written */
  extensions: string[];
  /** how confident (0..1) that this decoded text is in this format; 0 = not this format */
  sniff(text: string): number;
  read(text: string, options?: ReadOptions): ReadResult;
  write?(track: Track, options?: WriteOptions): string;
}

/** Thrown by a reader when the text cannot be used at all; ingest adds the file name. */
export class UnreadableCaptions extends Error {
  override readonly name = 'UnreadableCaptions';
  constructor(
    readonly problem: string,
    readonly line?: number,
  ) {
    super(problem);
  }
}
