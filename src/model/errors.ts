/**
 * The one error class for input that cannot be used at all (empty, binary, not a caption
 * format, no cue). Expected, recoverable problems are diagnostics on the track instead.
 */
export class CaptionInputError extends Error {
  override readonly name = 'CaptionInputError';
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly line?: number,
  ) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${problem}`);
  }
}

/** A usage mistake on the command line (exit code 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
