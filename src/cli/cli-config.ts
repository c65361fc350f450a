import { z } from 'zod';

/**
 * The command line's configuration from the environment (CONTRACT.md, "Configuration"), read
 * once at start-up and passed down; flags override it. Only what the commands use so far.
 */
export const CliConfig = z.strictObject({
  /** RECAP_STORE: the default store, a folder or s3://bucket/prefix */
  store: z.string().min(1).optional(),
});
export type CliConfig = z.infer<typeof CliConfig>;

export function readCliConfig(env: Record<string, string | undefined>): CliConfig {
  // An empty variable (RECAP_STORE=) counts as unset, as shells treat it.
  return CliConfig.parse({ ...(env.RECAP_STORE ? { store: env.RECAP_STORE } : {}) });
}
