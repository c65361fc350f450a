import { UsageError } from '../../src/model/errors';
import { isS3Url, parseS3Url } from '../../src/store/s3-url';

describe('isS3Url', () => {
  test('s3:// in any case, nothing else', () => {
    expect(isS3Url('s3://bucket')).toBe(true);
    expect(isS3Url('S3://bucket/x')).toBe(true);
    expect(isS3Url('./s3://x')).toBe(false);
    expect(isS3Url('recap-data')).toBe(false);
    expect(isS3Url('https://bucket.s3.amazonaws.com/')).toBe(false);
  });
});

describe('parseS3Url', () => {
  test.each([
    ['s3://bucket', { bucket: 'bucket', prefix: '' }],
    ['s3://bucket/', { bucket: 'bucket', prefix: '' }],
    ['s3://my.bucket-2/events', { bucket: 'my.bucket-2', prefix: 'events/' }],
    ['s3://bucket/some/prefix', { bucket: 'bucket', prefix: 'some/prefix/' }],
    ['s3://bucket/some/prefix/', { bucket: 'bucket', prefix: 'some/prefix/' }],
    ['s3://abc/a..b/c.d', { bucket: 'abc', prefix: 'a..b/c.d/' }],
  ])('%s', (url, expected) => {
    expect(parseS3Url(url)).toEqual(expected);
  });

  test.each([
    ['http://bucket/x', 'http://bucket/x: not an S3 URL (s3://bucket or s3://bucket/prefix)'],
    ['s3://', 's3://: it names no bucket'],
    ['s3:///prefix', 's3:///prefix: it names no bucket'],
    ['s3://ab', 's3://ab: the bucket name "ab" must be 3 to 63 characters long'],
    [`s3://${'a'.repeat(64)}`, `s3://${'a'.repeat(64)}: the bucket name "${'a'.repeat(64)}" must be 3 to 63 characters long`],
    ['s3://My-Bucket', 's3://My-Bucket: the bucket name "My-Bucket" may hold only lowercase letters, digits, "." and "-"'],
    ['s3://bucket_1', 's3://bucket_1: the bucket name "bucket_1" may hold only lowercase letters, digits, "." and "-"'],
    ['s3://-bucket', 's3://-bucket: the bucket name "-bucket" must start and end with a letter or digit'],
    ['s3://bucket./x', 's3://bucket./x: the bucket name "bucket." must start and end with a letter or digit'],
    ['s3://my..bucket', 's3://my..bucket: the bucket name "my..bucket" has two "." in a row'],
    ['s3://192.168.0.1', 's3://192.168.0.1: the bucket name "192.168.0.1" looks like an IP address'],
    ['s3://bucket//x', 's3://bucket//x: the prefix "/x/" is not usable: it starts with \'/\' (keys are relative)'],
    ['s3://bucket/a//b', 's3://bucket/a//b: the prefix "a//b/" is not usable: it has an empty segment'],
    ['s3://bucket/a/../b', 's3://bucket/a/../b: the prefix "a/../b/" is not usable: it has a ".." segment'],
    ['s3://bucket/./b', 's3://bucket/./b: the prefix "./b/" is not usable: it has a "." segment'],
    ['s3://bucket/a\\b', 's3://bucket/a\\b: the prefix "a\\b/" is not usable: it holds \'\\\' (the separator is \'/\')'],
  ])('%s is a usage error', (url, message) => {
    expect(() => parseS3Url(url)).toThrow(UsageError);
    expect(() => parseS3Url(url)).toThrow(message);
  });
});
