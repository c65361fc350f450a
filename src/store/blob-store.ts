/**
 * The BlobStore port: where every stage reads its inputs and writes its outputs. A folder on disk
 * (fs-store.ts) and an S3 bucket prefix (queue mode) hold the same keys, so the output layout of
 * CONTRACT.md is the same in both.
 *
 * Keys are '/'-separated relative paths ("events/forum/alignment.json"), checked by
 * assertBlobKey: no leading '/', no empty, '.' or '..' segment, so a key never leaves the
 * store's root.
 */
export interface BlobStore {
  /** where the store is, for messages: a folder path or an s3:// URL */
  readonly location: string;
  /** Writes the whole blob; a reader sees the old bytes or the new ones, never a part. */
  put(key: string, data: Uint8Array | string): Promise<void>;
  /** The blob's bytes; throws BlobNotFoundError when there is none. */
  get(key: string): Promise<Buffer>;
  exists(key: string): Promise<boolean>;
  /**
   * The blob's size and a version that changes whenever its bytes do, without reading them (a
   * HEAD on S3); null when there is no blob. Cheap enough to ask before every use of a cached copy.
   */
  stat(key: string): Promise<BlobStat | null>;
  /** Every key that starts with `prefix` (a plain string prefix, as S3's), sorted. */
  list(prefix: string): Promise<string[]>;
  /**
   * Removes these blobs; a key with no blob is no error, so a repeated delete does the same. Used
   * to drop what the current plan of an event no longer produces (prune-event-stage.ts).
   */
  delete(keys: readonly string[]): Promise<void>;
  /**
   * Releases what the store holds open (an S3 client's sockets), so a worker or command can exit;
   * the store is not used afterwards. Optional: FsBlobStore holds nothing between calls.
   */
  close?(): Promise<void>;
}

/** What stat() tells of a blob. */
export interface BlobStat {
  /** bytes */
  size: number;
  /**
   * Differs whenever the bytes differ (S3's ETag; a folder's inode, modification time and size:
   * every put writes a new file). Equal versions of one key mean equal bytes; the converse need
   * not hold, so a version is for detecting change, never for comparing two keys.
   */
  version: string;
}

/** A key that is not a safe relative path. A programming error, never the user's input. */
export class InvalidBlobKeyError extends Error {
  override readonly name = 'InvalidBlobKeyError';
  constructor(
    readonly key: string,
    readonly problem: string,
  ) {
    super(`invalid store key "${key}": ${problem}`);
  }
}

export class BlobNotFoundError extends Error {
  override readonly name = 'BlobNotFoundError';
  constructor(
    readonly location: string,
    readonly key: string,
  ) {
    super(`${location}: no blob at "${key}"`);
  }
}

/**
 * Why a store failed, when the cause is known: 'full' (no space or quota left: the environment's
 * to fix, and a later retry can succeed), 'name-too-long' (a key the file system cannot name).
 */
export type BlobStoreFailure = 'full' | 'name-too-long';

/** The store cannot be read or written (permissions, a file where a folder should be, a full disk). */
export class BlobStoreError extends Error {
  override readonly name = 'BlobStoreError';
  constructor(
    readonly location: string,
    readonly key: string,
    readonly problem: string,
    readonly failure?: BlobStoreFailure,
  ) {
    super(`${location}: cannot access "${key}": ${problem}`);
  }
}
