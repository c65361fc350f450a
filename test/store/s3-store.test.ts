import type { S3Client } from '@aws-sdk/client-s3';
import { createHash, randomBytes } from 'crypto';
import { BlobNotFoundError, BlobStoreError, InvalidBlobKeyError } from '../../src/store/blob-store';
import { makeS3Client } from '../../src/store/s3-config';
import { S3BlobStore, type S3BlobStoreOptions } from '../../src/store/s3-store';
import { describeBlobStoreContract } from '../helpers/blob-store-contract';
import { createBucket, startS3Server, testS3Config, useS3ForTests, type S3Server, type TestS3 } from '../helpers/s3-server';

const MiB = 1024 * 1024;

let s3: TestS3;
const openStores: S3BlobStore[] = [];
let storeCount = 0;

/** A store on a prefix no other test uses, in the file's bucket, with the names of the commands its client sends. */
function freshStore(options?: S3BlobStoreOptions, config = s3.config, bucket = s3.bucket): S3BlobStore {
  return recordedStore(options, config, bucket).store;
}

function recordedStore(options?: S3BlobStoreOptions, config = s3.config, bucket = s3.bucket): { store: S3BlobStore; commands: string[] } {
  storeCount += 1;
  const client = makeS3Client(config);
  const commands = recordCommands(client);
  const store = new S3BlobStore(client, bucket, `run-${storeCount}/`, options);
  openStores.push(store);
  return { store, commands };
}

/** The names of the commands a client sends, in order, seen from its own middleware stack. */
function recordCommands(client: S3Client): string[] {
  const names: string[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      names.push(context.commandName ?? '?');
      return next(args);
    },
    { step: 'initialize', name: 'recordCommandNames' },
  );
  return names;
}

/** Runs `task` over `items` with at most `limit` at a time. */
async function forEachLimited<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: limit }, lane));
}

const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

beforeAll(async () => {
  s3 = await useS3ForTests();
});

afterAll(async () => {
  await Promise.all(openStores.map((store) => store.close()));
  await s3?.stop();
});

describeBlobStoreContract('S3BlobStore', async () => freshStore());

describe('S3BlobStore', () => {
  test('location names the bucket and prefix; a prefix without its final / gets one', async () => {
    const store = freshStore();
    expect(store.location).toBe(`s3://${s3.bucket}/run-${storeCount}/`);
    const client = makeS3Client(s3.config);
    const bare = new S3BlobStore(client, s3.bucket, 'some/where');
    expect(bare.location).toBe(`s3://${s3.bucket}/some/where/`);
    await bare.close();
    expect(new S3BlobStore(client, s3.bucket, '').location).toBe(`s3://${s3.bucket}/`);
    expect(() => new S3BlobStore(client, s3.bucket, '../up/')).toThrow(InvalidBlobKeyError);
  });

  test('a blob below the threshold goes up in one PutObject', async () => {
    const { store, commands } = recordedStore({ multipartThresholdBytes: 1 * MiB });
    await store.put('small.bin', randomBytes(1000));
    expect(commands).toEqual(['PutObjectCommand']);
  });

  test('12 MiB of random bytes go up as a multipart upload and come back byte-identical', async () => {
    const { store, commands } = recordedStore();
    const data = randomBytes(12 * MiB);
    await store.put('big/random.bin', data);
    // Default threshold 8 MiB, 5 MiB parts: 5 + 5 + 2.
    expect(commands.filter((name) => name !== 'UploadPartCommand')).toEqual(['CreateMultipartUploadCommand', 'CompleteMultipartUploadCommand']);
    expect(commands.filter((name) => name === 'UploadPartCommand')).toHaveLength(3);
    const back = await store.get('big/random.bin');
    expect(back.length).toBe(data.length);
    expect(sha256(back)).toBe(sha256(data));
  });

  test('a listing of more than 1000 keys pages with continuation tokens', async () => {
    const { store, commands } = recordedStore();
    const keys = Array.from({ length: 1100 }, (_, i) => `many/${String(i).padStart(5, '0')}.json`);
    await forEachLimited(keys, 16, (key) => store.put(key, key));
    commands.length = 0;
    expect(await store.list('many/')).toEqual(keys);
    expect(commands).toEqual(['ListObjectsV2Command', 'ListObjectsV2Command']);
  });

  test('a smaller listPageSize pages the same way', async () => {
    const { store, commands } = recordedStore({ listPageSize: 3 });
    const keys = ['k/a', 'k/b', 'k/c', 'k/d', 'k/e', 'k/f', 'k/g'];
    for (const key of keys) await store.put(key, key);
    commands.length = 0;
    expect(await store.list('k/')).toEqual(keys);
    expect(commands).toEqual(['ListObjectsV2Command', 'ListObjectsV2Command', 'ListObjectsV2Command']);
  });

  test('a blob of exactly the threshold goes multipart, in parts of the size asked for', async () => {
    const { store, commands } = recordedStore({ multipartThresholdBytes: 6 * MiB, partSizeBytes: 5 * MiB });
    const data = randomBytes(6 * MiB);
    await store.put('edge.bin', data);
    expect(commands).toEqual(['CreateMultipartUploadCommand', 'UploadPartCommand', 'UploadPartCommand', 'CompleteMultipartUploadCommand']);
    expect(sha256(await store.get('edge.bin'))).toBe(sha256(data));
  });

  test('settings S3 would refuse are refused at once', () => {
    const client = makeS3Client(s3.config);
    expect(() => new S3BlobStore(client, s3.bucket, '', { partSizeBytes: 1024 })).toThrow("partSizeBytes 1024 is below S3's minimum part size of 5 MiB");
    expect(() => new S3BlobStore(client, s3.bucket, '', { listPageSize: 1001 })).toThrow('listPageSize must be a whole number from 1 to 1000, not 1001');
    expect(() => new S3BlobStore(client, s3.bucket, '', { multipartThresholdBytes: 0 })).toThrow(RangeError);
    client.destroy();
  });

  test('stores on two prefixes of one bucket do not see each other', async () => {
    const first = freshStore();
    const second = freshStore();
    await first.put('same/key.txt', 'first');
    await second.put('same/key.txt', 'second');
    await first.put('only-first.txt', '1');
    expect((await first.get('same/key.txt')).toString()).toBe('first');
    expect((await second.get('same/key.txt')).toString()).toBe('second');
    expect(await first.list('')).toEqual(['only-first.txt', 'same/key.txt']);
    expect(await second.list('')).toEqual(['same/key.txt']);
    expect(await second.exists('only-first.txt')).toBe(false);
    await expect(second.get('only-first.txt')).rejects.toBeInstanceOf(BlobNotFoundError);
  });

  test('a missing bucket is a store error, not a missing blob', async () => {
    const store = new S3BlobStore(makeS3Client(s3.config), `${s3.bucket}-none`, '');
    openStores.push(store);
    await expect(store.get('a.txt')).rejects.toThrow(BlobStoreError);
    await expect(store.get('a.txt')).rejects.toThrow(/NoSuchBucket/);
    await expect(store.put('a.txt', 'x')).rejects.toThrow(BlobStoreError);
    await expect(store.list('')).rejects.toThrow(BlobStoreError);
  });

  test('refused credentials are a store error on every call, exists included', async () => {
    // An unknown key id: s3rver does not check SigV4 signatures, so a wrong secret alone would pass there.
    const config = { ...s3.config, credentials: { accessKeyId: 'NOBODY', secretAccessKey: 'not-the-secret' } };
    const store = freshStore({}, config);
    for (const call of [() => store.get('a.txt'), () => store.put('a.txt', 'x'), () => store.exists('a.txt'), () => store.list('')]) {
      await expect(call()).rejects.toThrow(BlobStoreError);
    }
    await expect(store.get('a.txt')).rejects.toThrow(/\(HTTP 403\)/);
  });
});

describe('S3BlobStore while its server is down', () => {
  // Always a private s3rver, even when S3_ENDPOINT names a shared server: this test stops it.
  let server: S3Server;

  beforeAll(async () => {
    server = await startS3Server();
    await createBucket(testS3Config(server.endpoint), 'outage');
  });

  afterAll(async () => {
    await server?.stop();
  });

  test('calls fail with BlobStoreError, and the same store works again after a restart', async () => {
    const store = freshStore({}, testS3Config(server.endpoint), 'outage');
    await store.put('kept.txt', 'before the outage');
    await server.stop();

    const failures = await Promise.all([
      store.get('kept.txt').catch((e: unknown) => e),
      store.put('new.txt', 'during').catch((e: unknown) => e),
      store.exists('kept.txt').catch((e: unknown) => e),
      store.list('').catch((e: unknown) => e),
    ]);
    for (const failure of failures) {
      expect(failure).toBeInstanceOf(BlobStoreError);
      expect((failure as BlobStoreError).message).toMatch(new RegExp(`^s3://outage/run-\\d+/: cannot access "[^"]*": \\S`));
      expect((failure as BlobStoreError).message).toMatch(/connect ECONNREFUSED 127\.0\.0\.1:\d+$/);
    }

    await server.restart();
    expect((await store.get('kept.txt')).toString()).toBe('before the outage');
    await store.put('new.txt', 'after');
    expect(await store.list('')).toEqual(['kept.txt', 'new.txt']);
  });
});
