import { UsageError } from '../model/errors';
import { assertBlobPrefix } from './blob-key';
import { InvalidBlobKeyError } from './blob-store';

/** A store given as s3://bucket or s3://bucket/some/prefix. */
export interface S3Location {
  bucket: string;
  /** '' (the whole bucket) or a key prefix ending with '/' */
  prefix: string;
}

export function isS3Url(s: string): boolean {
  return /^s3:\/\//i.test(s);
}

/** Why `bucket` breaks S3's naming rules for new buckets, or undefined when it keeps them. */
function bucketProblem(bucket: string): string | undefined {
  if (bucket === '') return 'it names no bucket';
  if (bucket.length < 3 || bucket.length > 63) return `the bucket name "${bucket}" must be 3 to 63 characters long`;
  if (!/^[a-z0-9.-]+$/.test(bucket)) return `the bucket name "${bucket}" may hold only lowercase letters, digits, "." and "-"`;
  if (!/^[a-z0-9].*[a-z0-9]$/.test(bucket)) return `the bucket name "${bucket}" must start and end with a letter or digit`;
  if (bucket.includes('..')) return `the bucket name "${bucket}" has two "." in a row`;
  if (/^\d+\.\d+\.\d+\.\d+$/.test(bucket)) return `the bucket name "${bucket}" looks like an IP address`;
  return undefined;
}

/** Splits an s3:// URL into bucket and key prefix; a bad one is the user's mistake (UsageError). */
export function parseS3Url(url: string): S3Location {
  if (!isS3Url(url)) throw new UsageError(`${url}: not an S3 URL (s3://bucket or s3://bucket/prefix)`);
  const rest = url.slice('s3://'.length);
  const slash = rest.indexOf('/');
  const bucket = slash === -1 ? rest : rest.slice(0, slash);
  const problem = bucketProblem(bucket);
  if (problem !== undefined) throw new UsageError(`${url}: ${problem}`);
  const path = slash === -1 ? '' : rest.slice(slash + 1);
  // Keys are joined to the prefix as they are, so it must end at a '/' to stay a folder of its own.
  const prefix = path === '' || path.endsWith('/') ? path : `${path}/`;
  try {
    assertBlobPrefix(prefix);
  } catch (e) {
    if (e instanceof InvalidBlobKeyError) throw new UsageError(`${url}: the prefix "${prefix}" is not usable: ${e.problem}`);
    throw e;
  }
  return { bucket, prefix };
}
