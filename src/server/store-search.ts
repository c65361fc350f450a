import { transcriptPageKey } from '../model/event-layout';
import { segmentAnchor } from '../publish/html/page-links';
import { searchIndexesPage, type Hit } from '../search/search';
import { loadIndexes } from '../stages/search-indexes';
import type { BlobStore } from '../store/blob-store';
import { pathOfKey } from './blob-routes';
import { offsetOf, searchOptionsOf, type SearchQuery } from './search-query';

export interface StoreSearchResult {
  /** the query's page of hits */
  hits: Hit[];
  /** hits in all (at most MAX_COUNTED_HITS), and whether there were more */
  total: number;
  capped: boolean;
  /** the session's title for a hit, from the index (the manifest's agenda) */
  sessionTitle(hit: Hit): string | undefined;
}

/**
 * Searches every indexed event of the store (or the one asked for). loadIndexes keeps the parsed
 * indexes: a query costs a listing and one stat per index, and an index is downloaded again only
 * when its bytes changed (a re-run of the pipeline).
 */
export async function searchStore(store: BlobStore, query: SearchQuery): Promise<StoreSearchResult> {
  // One event asked for: no listing of the whole store (on S3, a page per 1,000 keys of every event).
  const indexes = await loadIndexes(store, query.event === undefined ? undefined : [query.event]);
  const { hits, total, capped } = searchIndexesPage(indexes, query.q, searchOptionsOf(query), offsetOf(query));
  return {
    hits,
    total,
    capped,
    sessionTitle: (hit) => indexes.find((ix) => ix.eventIds.includes(hit.eventId))?.sessionTitles.get(hit.sessionId),
  };
}

/** The session page at the hit's moment: every segment start has the id t-<startMs> there. */
export function hitPage(hit: Hit): string {
  return `${pathOfKey(transcriptPageKey(hit.eventId, hit.sessionId))}#${segmentAnchor(hit.startMs)}`;
}
