import { UsageError } from '../model/errors';
import { PROFILE_NAMES, type ProfileName } from '../publish/caption-profiles';

/** `--profile NAME` checked against the caption profiles (UsageError, exit 2, when unknown). */
export function profileOption(flag: string): ProfileName {
  const profile = PROFILE_NAMES.find((p) => p === flag);
  if (!profile) throw new UsageError(`unknown profile "${flag}"; profiles: ${PROFILE_NAMES.join(', ')}`);
  return profile;
}

export const PROFILE_HELP = `caption profile (CAPTION-RULES.md): ${PROFILE_NAMES.join(', ')}`;
