import path from 'path';
import { z } from 'zod';
import { UsageError } from '../model/errors';
import { Limits, parseLimits } from '../model/limits';
import { isS3Url } from '../store/s3-url';

const Setting = z.string().min(1).optional();

/**
 * The command line's configuration from the environment (CONTRACT.md, "Configuration"), read
 * once at start-up and passed down; flags override it. Values are kept as given here and
 * validated, with messages naming the variable, by the code that needs them (S3 settings only
 * when an s3:// store is used), so a folder user is never stopped by an unrelated variable.
 */
export const CliConfig = z.strictObject({
  /** RECAP_STORE: the default store, a folder or s3://bucket/prefix */
  store: Setting,
  /** REDIS_URL: queue mode */
  redisUrl: Setting,
  /** LOG_LEVEL: workers' structured logs */
  logLevel: Setting,
  /** RECAP_ADMIN_TOKEN: the token `recap serve` asks for at /admin */
  adminToken: Setting,
  /** RECAP_ALLOWED_HOSTS: more Host names `recap serve` answers to, comma-separated */
  allowedHosts: Setting,
  /** S3_ENDPOINT, S3_REGION, AWS_* credentials, S3_FORCE_PATH_STYLE as given */
  s3Env: z.record(z.string(), z.string()).optional(),
  /** RECAP_MAX_*: input size limits (absent: DEFAULT_LIMITS) */
  limits: Limits.optional(),
  /**
   * RECAP_CAPTION_ROOTS: folders (absolute) and s3://bucket/prefix URLs that captions may come
   * from besides the manifest's own folder and the store's own bucket and prefix
   */
  captionRoots: z.array(z.string().min(1)).optional(),
});
export type CliConfig = z.infer<typeof CliConfig>;

const S3_VARIABLES = ['S3_ENDPOINT', 'S3_REGION', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'S3_FORCE_PATH_STYLE'] as const;

export function readCliConfig(env: Record<string, string | undefined>): CliConfig {
  // An empty variable (RECAP_STORE=) counts as unset, as shells treat it.
  const given = (name: string) => (env[name] ? env[name] : undefined);
  const s3Env: Record<string, string> = {};
  for (const name of S3_VARIABLES) {
    const value = given(name);
    if (value !== undefined) s3Env[name] = value;
  }
  return CliConfig.parse({
    ...(given('RECAP_STORE') !== undefined ? { store: given('RECAP_STORE') } : {}),
    ...(given('REDIS_URL') !== undefined ? { redisUrl: given('REDIS_URL') } : {}),
    ...(given('LOG_LEVEL') !== undefined ? { logLevel: given('LOG_LEVEL') } : {}),
    ...(given('RECAP_ADMIN_TOKEN') !== undefined ? { adminToken: given('RECAP_ADMIN_TOKEN') } : {}),
    ...(given('RECAP_ALLOWED_HOSTS') !== undefined ? { allowedHosts: given('RECAP_ALLOWED_HOSTS') } : {}),
    s3Env,
    limits: parseLimits(env),
    captionRoots: readCaptionRoots(given('RECAP_CAPTION_ROOTS')),
  });
}

/**
 * RECAP_CAPTION_ROOTS is a list like PATH (':' between entries, but not the one of "s3://"); a
 * relative folder would depend on where recap runs, so it is refused.
 */
function readCaptionRoots(value: string | undefined): string[] {
  if (value === undefined) return [];
  const roots = value.split(/:(?!\/\/)/).filter((root) => root !== '');
  for (const root of roots) {
    if (!isS3Url(root) && !path.isAbsolute(root)) {
      throw new UsageError(`RECAP_CAPTION_ROOTS: "${root}" must be an absolute folder or an s3://bucket/prefix URL`);
    }
  }
  return roots;
}
