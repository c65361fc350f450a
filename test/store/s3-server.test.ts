import { HeadBucketCommand } from '@aws-sdk/client-s3';
import { existsSync } from 'fs';
import { makeS3Client } from '../../src/store/s3-config';
import { S3BlobStore } from '../../src/store/s3-store';
import { createBucket, startS3Server, testS3Config, useS3ForTests, type S3Server } from '../helpers/s3-server';

/** The test helper itself: a private s3rver that survives restarts, and the S3_ENDPOINT switch. */
describe('startS3Server', () => {
  let server: S3Server;

  beforeAll(async () => {
    server = await startS3Server();
  });

  afterAll(async () => {
    await server?.stop();
  });

  test('data outlives a restart and a kill; port and directory stay', async () => {
    expect(server.endpoint).toBe(`http://127.0.0.1:${server.port}`);
    expect(existsSync(server.directory)).toBe(true);
    const config = testS3Config(server.endpoint);
    await createBucket(config, 'kept');
    const store = new S3BlobStore(makeS3Client(config), 'kept', '');
    try {
      await store.put('a.txt', 'one');
      await server.restart();
      expect((await store.get('a.txt')).toString()).toBe('one');
      server.kill();
      await server.restart();
      expect((await store.get('a.txt')).toString()).toBe('one');
      expect(server.endpoint).toBe(`http://127.0.0.1:${server.port}`);
    } finally {
      await store.close();
    }
  });
});

describe('useS3ForTests', () => {
  const saved = { ...process.env };

  afterEach(() => {
    process.env = { ...saved };
  });

  test('without S3_ENDPOINT: a private s3rver with a new bucket, gone on stop()', async () => {
    delete process.env.S3_ENDPOINT;
    const s3 = await useS3ForTests();
    const client = makeS3Client(s3.config);
    try {
      expect(s3.bucket).toMatch(/^recap-test-[a-z0-9-]+$/);
      await client.send(new HeadBucketCommand({ Bucket: s3.bucket }));
      await s3.stop();
      await expect(client.send(new HeadBucketCommand({ Bucket: s3.bucket }))).rejects.toThrow();
    } finally {
      client.destroy();
    }
  });

  test('with S3_ENDPOINT: that server, with a new bucket that stop() empties and removes', async () => {
    const external = await startS3Server();
    Object.assign(process.env, { S3_ENDPOINT: external.endpoint, AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER', S3_REGION: '', S3_FORCE_PATH_STYLE: '' });
    const client = makeS3Client(testS3Config(external.endpoint));
    try {
      const s3 = await useS3ForTests();
      expect(s3.config.endpoint).toBe(external.endpoint);
      const store = new S3BlobStore(makeS3Client(s3.config), s3.bucket, 'x/');
      await store.put('left/behind.txt', 'by a test');
      await store.close();
      await s3.stop();
      await expect(client.send(new HeadBucketCommand({ Bucket: s3.bucket }))).rejects.toThrow();
    } finally {
      client.destroy();
      await external.stop();
    }
  });
});
