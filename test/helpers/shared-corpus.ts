import { existsSync } from 'fs';
import path from 'path';

/** The shared data folder beside the repo (../shared); absent on a user's clone. */
export const SHARED_DIR = path.resolve(__dirname, '../../../shared');
export const CORPUS_DIR = path.join(SHARED_DIR, 'corpus');
export const hasCorpus = existsSync(CORPUS_DIR);

export function corpusPath(...parts: string[]): string {
  return path.join(CORPUS_DIR, ...parts);
}

/**
 * `describe` for tests that read ../shared/corpus: skipped, with a printed notice, when the
 * corpus is not there (a user's clone), so the rest of the suite still runs.
 */
export function describeCorpus(name: string, body: () => void): void {
  if (hasCorpus) {
    describe(name, body);
  } else {
    console.warn(`[skipped] ${name}: ${CORPUS_DIR} is absent (the shared corpus is only beside the repo in CI and development)`);
    describe.skip(name, body);
  }
}
