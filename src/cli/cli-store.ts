import path from 'path';
import { UsageError } from '../model/errors';
import type { BlobStore } from '../store/blob-store';
import { openStore } from '../store/open-store';
import { readS3Config } from '../store/s3-config';
import { isS3Url } from '../store/s3-url';
import type { CliConfig } from './cli-config';

/** Where outputs go when neither --out/--store nor RECAP_STORE says. */
export const DEFAULT_STORE = './recap-data';

/** The store a command was given (--store/--out, else RECAP_STORE, else the default folder). */
export function storeTarget(flag: string | undefined, config: CliConfig): string {
  const target = flag ?? config.store ?? DEFAULT_STORE;
  if (target.trim() === '') throw new UsageError('--store needs a folder or an s3://bucket/prefix');
  return target;
}

/** Opens a folder or s3:// store; S3 settings are read (and checked) only for an s3:// one. */
export function openCliStore(target: string, config: CliConfig): BlobStore {
  return openStore(target, () => readS3Config(config.s3Env ?? {}));
}

/** Where an event's files are, as a person would type it: a folder path or an s3:// URL. */
export function eventLocation(target: string, eventPrefix: string): string {
  if (isS3Url(target)) return `${target.replace(/\/+$/, '')}/${eventPrefix}`;
  return path.join(path.resolve(target), ...eventPrefix.split('/').filter(Boolean));
}
