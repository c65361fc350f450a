import type { ReadCue } from '../agreement';

/** What a reader made of one file: its cues, or why it could not read it. */
export type ReadOutcome = { cues: ReadCue[] } | { error: string };

export interface FileToRead {
  path: string;
  /** registry id of the format recap wrote it in */
  format: string;
}

/** An independent reader of caption files, run on a batch of files at once. */
export interface ClientReader {
  id: string;
  /** the formats (registry ids) it reads */
  formats: readonly string[];
  /** whether its cues carry a speaker field (WebVTT voices); else speakers are labels in the text */
  speakerField: boolean;
  read(files: readonly FileToRead[]): Promise<Map<string, ReadOutcome>>;
}
