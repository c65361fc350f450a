/**
 * What each caption format recap writes can carry, so a reader is held to what the format allows:
 * times to its unit, ends only where cues cannot overlap, line breaks only where it has them.
 */
export interface FormatTraits {
  /** registry id of the format (src/formats/registry.ts) */
  id: string;
  /** file extension recap writes */
  ext: string;
  /** smallest step of time the format writes, in ms: a read time within it agrees */
  unitMs: number;
  /** one cue at a time (SAMI, LRC): a cue ends at the latest where the next begins */
  endsAtNextStart: boolean;
  /** no line breaks inside a cue (LRC): recap joins a cue's lines with a space */
  oneLine: boolean;
}

const traits = (id: string, ext: string, unitMs: number, more: Partial<FormatTraits> = {}): FormatTraits => ({
  id,
  ext,
  unitMs,
  endsAtNextStart: false,
  oneLine: false,
  ...more,
});

/** recap's writers that an independent reader here can read (json is recap's own). */
export const WRITTEN_FORMATS: readonly FormatTraits[] = [
  traits('webvtt', 'vtt', 1),
  traits('srt', 'srt', 1),
  traits('sbv', 'sbv', 1),
  traits('ttml', 'ttml', 1),
  // centiseconds
  traits('ass', 'ass', 10),
  traits('ssa', 'ssa', 10),
  traits('sami', 'smi', 1, { endsAtNextStart: true }),
  traits('lrc', 'lrc', 10, { endsAtNextStart: true, oneLine: true }),
  // frames at the 25 fps recap states on the first line
  traits('microdvd', 'sub', 40),
];

export function formatTraits(id: string): FormatTraits {
  const found = WRITTEN_FORMATS.find((f) => f.id === id);
  if (!found) throw new Error(`no reader traits for format ${id}`);
  return found;
}
