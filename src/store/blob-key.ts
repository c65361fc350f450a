import { InvalidBlobKeyError } from './blob-store';

/**
 * Suffix of the temporary files an adapter writes before renaming them into place. Keys may not
 * end with it, so a listing can leave half-written files out.
 */
export const TEMP_SUFFIX = '.recap-tmp';

/** The reason a key is unsafe, or undefined for a good one. */
function keyProblem(key: string, allowTrailingSlash: boolean): string | undefined {
  if (key.startsWith('/')) return "it starts with '/' (keys are relative)";
  if (key.includes('\\')) return "it holds '\\' (the separator is '/')";
  if (key.includes('\0')) return 'it holds a NUL character';
  const segments = key.split('/');
  if (allowTrailingSlash && segments.length > 1 && segments[segments.length - 1] === '') segments.pop();
  for (const segment of segments) {
    if (segment === '') return 'it has an empty segment';
    if (segment === '.' || segment === '..') return `it has a "${segment}" segment`;
  }
  if (key.endsWith(TEMP_SUFFIX)) return `it ends with "${TEMP_SUFFIX}" (reserved for temporary files)`;
  return undefined;
}

/** Why `key` names no blob (a relative path with non-empty segments), or undefined when it does. */
export function blobKeyProblem(key: string): string | undefined {
  return key === '' ? 'it is empty' : keyProblem(key, false);
}

/** Throws InvalidBlobKeyError unless `key` names a blob. */
export function assertBlobKey(key: string): void {
  const problem = blobKeyProblem(key);
  if (problem !== undefined) throw new InvalidBlobKeyError(key, problem);
}

/** A listing prefix: '' (everything) or the start of a key; it may end with '/'. */
export function assertBlobPrefix(prefix: string): void {
  const problem = prefix === '' ? undefined : keyProblem(prefix, true);
  if (problem !== undefined) throw new InvalidBlobKeyError(prefix, problem);
}
