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

/** One problem in an event manifest; `path` is the field path (`sessions[2].start`), '' for the whole file. */
export interface ManifestIssue {
  path: string;
  /** 1-based line in the manifest's source text, when the field can be found there */
  line?: number;
  message: string;
}

/**
 * An event manifest that cannot be used (exit code 1). The message has one line per issue,
 * `file:line: path: problem`, so that every mistake is reported in one run.
 */
export class ManifestError extends Error {
  override readonly name = 'ManifestError';
  constructor(
    readonly file: string,
    readonly issues: ManifestIssue[],
  ) {
    super(issues.map((issue) => formatManifestIssue(file, issue)).join('\n'));
  }
}

export function formatManifestIssue(file: string, issue: ManifestIssue): string {
  const where = issue.line !== undefined ? `${file}:${issue.line}` : file;
  return `${where}: ${issue.path ? `${issue.path}: ` : ''}${issue.message}`;
}

/**
 * A search asked of a store that has no search index (for the event asked for), exit code 1: the
 * store exists but `recap process` has not written its index there.
 */
export class NoSearchIndexError extends Error {
  override readonly name = 'NoSearchIndexError';
  constructor(
    readonly location: string,
    readonly eventId?: string,
  ) {
    super(`${location}: no search index${eventId === undefined ? '' : ` for event "${eventId}"`} (run recap process into this store first)`);
  }
}

/** A service recap needs (Redis, the S3 store) cannot be reached (exit code 3). */
export class ServiceUnavailableError extends Error {
  override readonly name = 'ServiceUnavailableError';
}
