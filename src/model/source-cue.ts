import type { CueSettings } from './track';

/** A piece of cue text, already free of markup, with the voice (speaker) it was tagged with. */
export interface TextSpan {
  text: string;
  /** speaker named by markup (WebVTT `<v Name>`, TTML `ttm:agent`, ...) */
  voice?: string;
  /** an inline timestamp that precedes this span (WebVTT `<00:01:02.000>`) */
  atMs?: number;
}

/** A cue as a reader found it, before speaker marks, sounds and rolling repeats are handled. */
export interface SourceCue {
  id: string;
  startMs: number;
  endMs: number;
  spans: TextSpan[];
  settings?: CueSettings;
  raw?: string;
  /** 1-based line where the cue starts in the source */
  line: number;
}
