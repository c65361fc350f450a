import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { UsageError } from '../../src/model/errors';
import { FsBlobStore } from '../../src/store/fs-store';
import { openStore } from '../../src/store/open-store';
import { S3BlobStore } from '../../src/store/s3-store';
import { testS3Config } from '../helpers/s3-server';

const noS3 = (): never => {
  throw new Error('the S3 config was read for a folder store');
};

describe('openStore', () => {
  test('a folder, relative or absolute, is an FsBlobStore on its absolute path, without reading S3 config', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'recap-open-'));
    const absolute = openStore(folder, noS3);
    expect(absolute).toBeInstanceOf(FsBlobStore);
    expect(absolute.location).toBe(folder);
    expect(openStore('recap-data', noS3).location).toBe(path.resolve('recap-data'));
  });

  test('an s3:// URL is an S3BlobStore on its bucket and prefix', async () => {
    const store = openStore('s3://recap-bucket/events/2026', () => testS3Config('http://127.0.0.1:9'));
    try {
      expect(store).toBeInstanceOf(S3BlobStore);
      expect(store.location).toBe('s3://recap-bucket/events/2026/');
      expect((store as S3BlobStore).bucket).toBe('recap-bucket');
    } finally {
      await store.close?.();
    }
  });

  test('a bad URL or an empty target is a usage error', () => {
    expect(() => openStore('s3://Bad_Bucket/x', noS3)).toThrow(UsageError);
    expect(() => openStore('', noS3)).toThrow(UsageError);
  });
});
