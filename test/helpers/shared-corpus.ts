import { existsSync } from 'fs';
import path from 'path';
import { describeNeeding, type Requirement } from './requirements';

/** The shared data folder beside the repo (../shared); absent on a user's clone. */
export const SHARED_DIR = path.resolve(__dirname, '../../../shared');
export const CORPUS_DIR = path.join(SHARED_DIR, 'corpus');
export const hasCorpus = existsSync(CORPUS_DIR);

export function corpusPath(...parts: string[]): string {
  return path.join(CORPUS_DIR, ...parts);
}

export const CORPUS: Requirement = { what: CORPUS_DIR, present: hasCorpus, hint: 'the shared corpus is only beside the repo in CI and development' };

/**
 * `describe` for tests that read ../shared/corpus: skipped with a printed notice on a user's
 * clone, failing under CI=true (requirements.ts).
 */
export function describeCorpus(name: string, body: () => void): void {
  describeNeeding(CORPUS, name, body);
}
