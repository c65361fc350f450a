import path from 'path';
import { spawnChild, type Child } from './children';

export const ROOT = path.resolve(__dirname, '../..');
/** tsx's loader, as the integration tests start recap: the sources run directly, never a stale dist/. */
const TSX_LOADER = path.join(ROOT, 'node_modules/tsx/dist/loader.mjs');

/** `node --import tsx <script> <args>`: one process, its pid node's own (no npx or tsx wrapper in between). */
export function spawnTs(script: string, args: string[], env: Record<string, string>): Child {
  return spawnChild(process.execPath, ['--import', TSX_LOADER, script, ...args], { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env }, ROOT);
}

/** `recap <args>` as a user or docker-compose runs it. */
export function spawnRecap(args: string[], env: Record<string, string>): Child {
  return spawnTs(path.join(ROOT, 'src/cli/main.ts'), args, env);
}
