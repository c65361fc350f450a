import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { isCi } from './requirements';

/**
 * Golden files: an output as recap writes it, kept in the repo and compared byte for byte. They
 * are written only on purpose: `UPDATE_GOLDEN=1 npx jest <test file>` rewrites those of that test,
 * and the diff is reviewed before committing (README, "Golden files").
 */
export const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === '1';

/** Compares `actual` with the golden file `dir/name` (or, with UPDATE_GOLDEN=1, writes it). */
export function expectGolden(dir: string, name: string, actual: string, testFile: string): void {
  const file = path.join(dir, name);
  // Rewriting goldens compares nothing: never in CI, where it would turn every golden test green.
  if (UPDATE_GOLDEN && isCi()) throw new Error('UPDATE_GOLDEN=1 under CI=true: goldens are rewritten only on purpose, on a developer machine');
  if (UPDATE_GOLDEN) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`no golden file ${file}: run UPDATE_GOLDEN=1 npx jest ${testFile}`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
