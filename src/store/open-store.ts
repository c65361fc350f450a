import path from 'path';
import { UsageError } from '../model/errors';
import type { BlobStore } from './blob-store';
import { FsBlobStore } from './fs-store';
import { makeS3Client, type S3Config } from './s3-config';
import { S3BlobStore } from './s3-store';
import { isS3Url, parseS3Url } from './s3-url';

/**
 * The store a --store / RECAP_STORE value names: s3://bucket/prefix, else a folder. The S3
 * config comes as a thunk, read only for an s3:// target, so folder users never need S3 settings
 * (nor see their mistakes). Close the store (close?.()) when done.
 */
export function openStore(target: string, s3: () => S3Config): BlobStore {
  if (isS3Url(target)) {
    const { bucket, prefix } = parseS3Url(target);
    return new S3BlobStore(makeS3Client(s3()), bucket, prefix);
  }
  if (target.trim() === '') throw new UsageError('the store must be a folder or an s3://bucket/prefix URL, not an empty string');
  return new FsBlobStore(path.resolve(target));
}
