import { z } from 'zod';
import { Limits, parseLimits } from '../model/limits';

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
  /** S3_ENDPOINT, S3_REGION, AWS_* credentials, S3_FORCE_PATH_STYLE as given */
  s3Env: z.record(z.string(), z.string()).optional(),
  /** RECAP_MAX_*: size limits on what recap reads (src/model/limits.ts) */
  limits: Limits.optional(),
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
    s3Env,
    limits: parseLimits(env),
  });
}
