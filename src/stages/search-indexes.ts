import { eventIdOfKey, EVENTS_ROOT, searchIndexKey } from '../model/event-layout';
import type { BlobStore } from '../store/blob-store';
import { deserializeIndex, type SearchIndex } from '../search/inverted-index';

/**
 * Where an event's search index lies in a store, and the query path across all events of a
 * store: list events/<id>/search-index.json, load each once, keep it in memory. Only the
 * BlobStore port is used, so a folder and an S3 prefix work alike. It sits with the stages, not in
 * src/search, because it reads a store: the search core stays data in, data out.
 */
interface CachedIndex {
  /** the blob's bytes length when loaded: a re-run of the pipeline usually changes it */
  bytes: number;
  index: SearchIndex;
}

/** Loaded indexes by store location and key; lives as long as the process (a server reuses it). */
const cache = new Map<string, CachedIndex>();

/** Event ids of a store that have a search index, sorted. */
export async function indexedEvents(store: BlobStore): Promise<string[]> {
  const keys = await store.list(EVENTS_ROOT);
  const present = new Set(keys);
  const ids = new Set(keys.map((k) => eventIdOfKey(k)).filter((id): id is string => id !== undefined));
  return [...ids].filter((id) => present.has(searchIndexKey(id))).sort();
}

/** The indexes of the given events (default: every indexed event), from the cache when unchanged. */
export async function loadIndexes(store: BlobStore, eventIds?: string[]): Promise<SearchIndex[]> {
  const ids = eventIds ?? (await indexedEvents(store));
  const out: SearchIndex[] = [];
  for (const id of ids) {
    const key = searchIndexKey(id);
    if (!(await store.exists(key))) continue;
    const bytes = await store.get(key);
    const cacheKey = `${store.location}\0${key}`;
    const hit = cache.get(cacheKey);
    if (hit && hit.bytes === bytes.length) {
      out.push(hit.index);
      continue;
    }
    const index = deserializeIndex(bytes.toString('utf8'));
    cache.set(cacheKey, { bytes: bytes.length, index });
    out.push(index);
  }
  return out;
}
