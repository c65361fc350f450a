import { DeleteObjectsCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { assertBlobKey, assertBlobPrefix } from './blob-key';
import { BlobNotFoundError, BlobStoreError, type BlobStat, type BlobStore } from './blob-store';
import { contentDispositionOf, contentTypeOf } from './content-types';

const MiB = 1024 * 1024;
/** S3's limit of keys in one DeleteObjects request */
const DELETE_BATCH = 1000;

export interface S3BlobStoreOptions {
  /**
   * blobs of at least this many bytes go up as a multipart upload; default 8 MiB. Keep it above
   * partSizeBytes: lib-storage sends a blob that fits in one part as a plain PutObject anyway.
   */
  multipartThresholdBytes?: number;
  /** size of each part of a multipart upload; default (and S3's minimum) 5 MiB */
  partSizeBytes?: number;
  /** keys asked for per ListObjectsV2 page; default (and S3's maximum) 1000 */
  listPageSize?: number;
}

/** Status and S3 error name of an SDK service error; absent for network failures. */
interface ServiceFailure {
  name?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
}

/** Words for a failure that always say something: some network errors carry an empty message. */
function describeFailure(e: unknown): string {
  const failure = e as ServiceFailure;
  const status = failure.$metadata?.httpStatusCode;
  const name = failure.code ?? failure.name ?? 'Error';
  const message = failure.message && failure.message !== 'UnknownError' ? failure.message : '';
  const label = `${name}${status !== undefined ? ` (HTTP ${status})` : ''}`;
  // Node's network errors already name their code ("connect ECONNREFUSED 127.0.0.1:9000").
  if (message === '') return label;
  return status === undefined && message.includes(name) ? message : `${label}: ${message}`;
}

/**
 * A BlobStore under a prefix of an S3 bucket: key "events/x/track.json" is the object
 * <prefix>events/x/track.json. S3 replaces an object whole on PUT, so a reader sees the old bytes or
 * the new ones without any temporary object. Every failure other than a missing key is a
 * BlobStoreError: callers never see the SDK's error classes.
 */
export class S3BlobStore implements BlobStore {
  readonly location: string;
  readonly prefix: string;
  private readonly multipartThresholdBytes: number;
  private readonly partSizeBytes: number;
  private readonly listPageSize: number | undefined;

  /**
   * @param client owned by the store from now on: close() destroys it
   * @param prefix '' or a key prefix; a '/' is added when it lacks one
   */
  constructor(
    private readonly client: S3Client,
    readonly bucket: string,
    prefix: string,
    options: S3BlobStoreOptions = {},
  ) {
    this.prefix = prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/`;
    assertBlobPrefix(this.prefix);
    this.location = `s3://${bucket}/${this.prefix}`;
    this.multipartThresholdBytes = options.multipartThresholdBytes ?? 8 * MiB;
    this.partSizeBytes = options.partSizeBytes ?? 5 * MiB;
    this.listPageSize = options.listPageSize;
    // Settings S3 would refuse only at the first large put or listing: a programming error, caught here.
    if (!(this.partSizeBytes >= 5 * MiB)) throw new RangeError(`partSizeBytes ${this.partSizeBytes} is below S3's minimum part size of 5 MiB`);
    if (!(this.multipartThresholdBytes > 0)) throw new RangeError(`multipartThresholdBytes must be positive, not ${this.multipartThresholdBytes}`);
    if (this.listPageSize !== undefined && !(Number.isInteger(this.listPageSize) && this.listPageSize >= 1 && this.listPageSize <= 1000)) {
      throw new RangeError(`listPageSize must be a whole number from 1 to 1000, not ${this.listPageSize}`);
    }
  }

  private objectKey(key: string): string {
    assertBlobKey(key);
    return this.prefix + key;
  }

  async put(key: string, data: Uint8Array | string): Promise<void> {
    const params = {
      Bucket: this.bucket,
      Key: this.objectKey(key),
      Body: typeof data === 'string' ? Buffer.from(data, 'utf8') : data,
      // What a bucket served as a website sends: a raw caption file must not be labelled as a page.
      ContentType: contentTypeOf(key),
      ...(contentDispositionOf(key) !== undefined ? { ContentDisposition: contentDispositionOf(key) } : {}),
    };
    try {
      if (params.Body.byteLength < this.multipartThresholdBytes) {
        await this.client.send(new PutObjectCommand(params));
      } else {
        // Each part is sent (and retried) on its own, so a hiccup costs one part, not the whole blob;
        // on failure the Upload aborts the multipart upload, leaving no stray parts to pay for.
        await new Upload({ client: this.client, params, partSize: this.partSizeBytes, queueSize: 2 }).done();
      }
    } catch (e) {
      throw new BlobStoreError(this.location, key, describeFailure(e));
    }
  }

  async get(key: string): Promise<Buffer> {
    const objectKey = this.objectKey(key);
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: objectKey }));
      if (answer.Body === undefined) throw new Error('the answer has no body');
      // Reading the body is inside the try: a connection lost halfway is a store error too.
      const bytes = await answer.Body.transformToByteArray();
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    } catch (e) {
      // Only a missing key is "not found": a missing bucket (NoSuchBucket, also 404) is a store error.
      if ((e as ServiceFailure).name === 'NoSuchKey') throw new BlobNotFoundError(this.location, key);
      throw new BlobStoreError(this.location, key, describeFailure(e));
    }
  }

  async exists(key: string): Promise<boolean> {
    const objectKey = this.objectKey(key);
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: objectKey }));
      return true;
    } catch (e) {
      // A HEAD answer has no body to name the error, so a missing bucket also reads as false here;
      // the next get or put names it.
      const failure = e as ServiceFailure;
      if (failure.name === 'NotFound' || failure.name === 'NoSuchKey' || failure.$metadata?.httpStatusCode === 404) return false;
      throw new BlobStoreError(this.location, key, describeFailure(e));
    }
  }

  async stat(key: string): Promise<BlobStat | null> {
    const objectKey = this.objectKey(key);
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: objectKey }));
      if (head.ETag === undefined) throw new Error('the answer has no ETag');
      return { size: head.ContentLength ?? 0, version: head.ETag };
    } catch (e) {
      const failure = e as ServiceFailure;
      if (failure.name === 'NotFound' || failure.name === 'NoSuchKey' || failure.$metadata?.httpStatusCode === 404) return null;
      throw new BlobStoreError(this.location, key, describeFailure(e));
    }
  }

  async delete(keys: readonly string[]): Promise<void> {
    const objectKeys = keys.map((key) => this.objectKey(key));
    // DeleteObjects takes at most 1,000 keys a request; deleting a missing key succeeds on S3.
    for (let start = 0; start < objectKeys.length; start += DELETE_BATCH) {
      const batch = objectKeys.slice(start, start + DELETE_BATCH);
      let failed: { Key?: string; Code?: string; Message?: string } | undefined;
      try {
        const answer = await this.client.send(new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true } }));
        failed = answer.Errors?.[0];
      } catch (e) {
        throw new BlobStoreError(this.location, keys[start]!, describeFailure(e));
      }
      // A 200 answer can still list keys it did not delete (AccessDenied per key).
      if (failed !== undefined) {
        const key = failed.Key !== undefined ? failed.Key.slice(this.prefix.length) : keys[start]!;
        throw new BlobStoreError(this.location, key, `${failed.Code ?? 'Error'}: ${failed.Message ?? 'not deleted'}`);
      }
    }
  }

  async list(prefix: string): Promise<string[]> {
    assertBlobPrefix(prefix);
    const keys: string[] = [];
    let token: string | undefined;
    try {
      do {
        const page = await this.client.send(
          new ListObjectsV2Command({
            Bucket: this.bucket,
            Prefix: this.prefix + prefix,
            ...(token !== undefined ? { ContinuationToken: token } : {}),
            ...(this.listPageSize !== undefined ? { MaxKeys: this.listPageSize } : {}),
          }),
        );
        for (const object of page.Contents ?? []) {
          // Keys ending in '/' are the empty "folder" objects consoles create: not blobs.
          if (object.Key !== undefined && !object.Key.endsWith('/')) keys.push(object.Key.slice(this.prefix.length));
        }
        if (page.IsTruncated === true && page.NextContinuationToken === undefined) throw new Error('a truncated listing page has no continuation token');
        token = page.IsTruncated === true ? page.NextContinuationToken : undefined;
      } while (token !== undefined);
    } catch (e) {
      throw new BlobStoreError(this.location, prefix, describeFailure(e));
    }
    // Code-unit order, as FsBlobStore sorts; S3's own order (UTF-8 bytes) differs for characters beyond U+FFFF.
    return keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  async close(): Promise<void> {
    this.client.destroy();
  }
}
