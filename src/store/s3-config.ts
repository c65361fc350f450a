import { S3Client } from '@aws-sdk/client-s3';
import { z } from 'zod';
import { UsageError } from '../model/errors';

/**
 * How to reach S3 or an S3-compatible server (MinIO, s3rver), from the environment of
 * CONTRACT.md "Configuration". Read once at start-up and passed down: src/store never reads
 * process.env itself.
 */
export const S3Config = z.strictObject({
  /** S3_ENDPOINT: an http(s) URL; absent for AWS itself, where the SDK derives it from the region */
  endpoint: z.url({ protocol: /^https?$/ }).optional(),
  region: z.string().min(1),
  /** absent: the SDK's default chain (environment, profile, instance role) */
  credentials: z
    .strictObject({ accessKeyId: z.string().min(1), secretAccessKey: z.string().min(1), sessionToken: z.string().min(1).optional() })
    .optional(),
  /** bucket in the path (http://host/bucket/key) rather than in the host name; what local servers need */
  forcePathStyle: z.boolean(),
});
export type S3Config = z.infer<typeof S3Config>;

/** The variables as given; each issue's path is the variable's name, so messages can name it. */
const S3Environment = z.object({
  S3_ENDPOINT: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL, such as http://127.0.0.1:9000' }).optional(),
  S3_REGION: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, { error: 'must be a region name such as us-east-1 (letters, digits, "-", "_")' })
    .optional(),
  AWS_ACCESS_KEY_ID: z.string().optional(),
  AWS_SECRET_ACCESS_KEY: z.string().optional(),
  AWS_SESSION_TOKEN: z.string().optional(),
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false', '1', '0'], { error: 'must be true, false, 1 or 0' }).optional(),
});
const VARIABLES = Object.keys(S3Environment.shape) as (keyof typeof S3Environment.shape)[];

export function readS3Config(env: Record<string, string | undefined>): S3Config {
  // An empty variable (S3_ENDPOINT=) counts as unset, as shells treat it.
  const given: Record<string, string> = {};
  for (const name of VARIABLES) {
    const value = env[name];
    if (value !== undefined && value !== '') given[name] = name === 'S3_FORCE_PATH_STYLE' ? value.toLowerCase() : value;
  }
  const parsed = S3Environment.safeParse(given);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0]);
    throw new UsageError(`${name}="${given[name] ?? ''}": ${issue.message}`);
  }
  const vars = parsed.data;
  if ((vars.AWS_ACCESS_KEY_ID === undefined) !== (vars.AWS_SECRET_ACCESS_KEY === undefined)) {
    const [set, unset] = vars.AWS_ACCESS_KEY_ID !== undefined ? ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'] : ['AWS_SECRET_ACCESS_KEY', 'AWS_ACCESS_KEY_ID'];
    throw new UsageError(`${set} is set but ${unset} is not: give both or neither`);
  }
  const credentials =
    vars.AWS_ACCESS_KEY_ID !== undefined && vars.AWS_SECRET_ACCESS_KEY !== undefined
      ? {
          accessKeyId: vars.AWS_ACCESS_KEY_ID,
          secretAccessKey: vars.AWS_SECRET_ACCESS_KEY,
          // Temporary credentials are useless without their token, which the SDK would no longer read once keys are given.
          ...(vars.AWS_SESSION_TOKEN !== undefined ? { sessionToken: vars.AWS_SESSION_TOKEN } : {}),
        }
      : undefined;
  return S3Config.parse({
    ...(vars.S3_ENDPOINT !== undefined ? { endpoint: vars.S3_ENDPOINT } : {}),
    region: vars.S3_REGION ?? 'us-east-1',
    ...(credentials !== undefined ? { credentials } : {}),
    // A custom endpoint is nearly always a local server without wildcard DNS for bucket host names.
    forcePathStyle: vars.S3_FORCE_PATH_STYLE === undefined ? vars.S3_ENDPOINT !== undefined : vars.S3_FORCE_PATH_STYLE === 'true' || vars.S3_FORCE_PATH_STYLE === '1',
  });
}

/** The SDK client for a config. Whoever makes it owns it: `destroy()` it (or close the store that took it). */
export function makeS3Client(config: S3Config): S3Client {
  return new S3Client({
    region: config.region,
    ...(config.endpoint !== undefined ? { endpoint: config.endpoint } : {}),
    forcePathStyle: config.forcePathStyle,
    ...(config.credentials !== undefined ? { credentials: config.credentials } : {}),
    // With the SDK's default (checksums always), a streamed body is sent aws-chunked, which s3rver
    // stores framing and all (GOTCHAS.md); AWS and MinIO accept this setting too.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    // Few retries: callers (BullMQ jobs) retry with their own backoff, and a dead server should fail soon.
    maxAttempts: 3,
    // A server that accepts no connection fails in seconds instead of hanging a job.
    requestHandler: { connectionTimeout: 5000 },
  });
}
