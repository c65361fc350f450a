import type { SiteSearchRecord } from '../publish/site/search-records';

/**
 * The port to the static search engine that builds the site's index at publish time. Building it
 * runs a program (Pagefind's binary), which is I/O: the stages never start one, so the process
 * that runs the stages gives an adapter in their StageContext (pipelines/pagefind-indexer.ts: the lowest layer above the stages
 * that may start a program, where the process assembles what it gives them).
 */
export interface SiteIndexer {
  /** The bundle's files (paths relative to the bundle's folder) for these records. */
  build(records: readonly SiteSearchRecord[]): Promise<SiteIndexFile[]>;
}

export interface SiteIndexFile {
  /** relative to the bundle's folder, '/'-separated */
  path: string;
  content: Uint8Array;
}
