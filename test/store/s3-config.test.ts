import { makeS3Client, readS3Config, S3Config } from '../../src/store/s3-config';
import { UsageError } from '../../src/model/errors';

describe('readS3Config', () => {
  test('nothing set: AWS itself, us-east-1, virtual-host style, the default credential chain', () => {
    expect(readS3Config({})).toEqual({ region: 'us-east-1', forcePathStyle: false });
  });

  test('a local server: endpoint, region, keys; path style by default', () => {
    expect(
      readS3Config({ S3_ENDPOINT: 'http://127.0.0.1:9000', S3_REGION: 'eu-west-3', AWS_ACCESS_KEY_ID: 'minio', AWS_SECRET_ACCESS_KEY: 'minio123' }),
    ).toEqual({
      endpoint: 'http://127.0.0.1:9000',
      region: 'eu-west-3',
      credentials: { accessKeyId: 'minio', secretAccessKey: 'minio123' },
      forcePathStyle: true,
    });
  });

  test.each([
    ['true', true],
    ['1', true],
    ['TRUE', true],
    ['false', false],
    ['0', false],
  ])('S3_FORCE_PATH_STYLE=%s overrides the default', (value, expected) => {
    expect(readS3Config({ S3_FORCE_PATH_STYLE: value }).forcePathStyle).toBe(expected);
    expect(readS3Config({ S3_ENDPOINT: 'https://s3.example.com', S3_FORCE_PATH_STYLE: value }).forcePathStyle).toBe(expected);
  });

  test('empty variables count as unset', () => {
    expect(readS3Config({ S3_ENDPOINT: '', S3_REGION: '', AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '', S3_FORCE_PATH_STYLE: '' })).toEqual({
      region: 'us-east-1',
      forcePathStyle: false,
    });
  });

  test('a session token goes with the keys it belongs to', () => {
    expect(readS3Config({ AWS_ACCESS_KEY_ID: 'k', AWS_SECRET_ACCESS_KEY: 's', AWS_SESSION_TOKEN: 't' }).credentials).toEqual({
      accessKeyId: 'k',
      secretAccessKey: 's',
      sessionToken: 't',
    });
  });

  test.each([
    [{ S3_ENDPOINT: 'ftp://files.example.com' }, 'S3_ENDPOINT="ftp://files.example.com": must be an http:// or https:// URL, such as http://127.0.0.1:9000'],
    [{ S3_ENDPOINT: 'localhost:9000' }, 'S3_ENDPOINT="localhost:9000": must be an http:// or https:// URL, such as http://127.0.0.1:9000'],
    [{ S3_REGION: 'us east' }, 'S3_REGION="us east": must be a region name such as us-east-1 (letters, digits, "-", "_")'],
    [{ S3_FORCE_PATH_STYLE: 'yes' }, 'S3_FORCE_PATH_STYLE="yes": must be true, false, 1 or 0'],
    [{ AWS_ACCESS_KEY_ID: 'k' }, 'AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not: give both or neither'],
    [{ AWS_SECRET_ACCESS_KEY: 's', AWS_ACCESS_KEY_ID: '' }, 'AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not: give both or neither'],
  ])('%j is a usage error naming the variable', (env, message) => {
    expect(() => readS3Config(env)).toThrow(UsageError);
    expect(() => readS3Config(env)).toThrow(message);
  });

  test('a secret never appears in a message', () => {
    expect(() => readS3Config({ AWS_SECRET_ACCESS_KEY: 'hush-hush' })).not.toThrow(/hush/);
  });

  test('the schema refuses a config with an endpoint that is not http(s)', () => {
    expect(S3Config.safeParse({ endpoint: 'ftp://x', region: 'us-east-1', forcePathStyle: true }).success).toBe(false);
  });
});

describe('makeS3Client', () => {
  test('carries region, endpoint, path style and checksums only when required', async () => {
    const client = makeS3Client(readS3Config({ S3_ENDPOINT: 'http://127.0.0.1:9000', S3_REGION: 'eu-west-3', AWS_ACCESS_KEY_ID: 'k', AWS_SECRET_ACCESS_KEY: 's' }));
    try {
      expect(await client.config.region()).toBe('eu-west-3');
      const endpoint = await client.config.endpoint!();
      expect(`${endpoint.protocol}//${endpoint.hostname}:${endpoint.port}`).toBe('http://127.0.0.1:9000');
      expect(client.config.forcePathStyle).toBe(true);
      expect(await client.config.requestChecksumCalculation()).toBe('WHEN_REQUIRED');
      expect(await client.config.responseChecksumValidation()).toBe('WHEN_REQUIRED');
      expect(await client.config.maxAttempts()).toBe(3);
      expect(await client.config.credentials()).toMatchObject({ accessKeyId: 'k', secretAccessKey: 's' });
    } finally {
      client.destroy();
    }
  });
});
