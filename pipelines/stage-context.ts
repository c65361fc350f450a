import { DEFAULT_LIMITS, type Limits } from '../src/model/limits';
import type { StageContext } from '../src/stages/stage-registry';
import { pagefindIndexer } from './pagefind-indexer';

/**
 * What a process that runs the stages (`recap process`, `recap worker`) gives them: the limits it
 * read at start-up and the adapters that do I/O on their behalf (the site's search indexer).
 */
export function processStageContext(limits: Limits = DEFAULT_LIMITS): StageContext {
  return { limits, siteIndexer: pagefindIndexer };
}
