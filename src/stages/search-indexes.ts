import { searchIndexKey } from '../model/event-layout';
import { deserializeIndex, type SearchIndex } from '../search/inverted-index';
import { BlobNotFoundError, type BlobStore } from '../store/blob-store';
import { readCatalogue } from './event-catalogue';

/**
 * Where an event's search index lies in a store, and the query path across all events of a
 * store: list events/<id>/search-index.json, load each once, keep it in memory until its bytes
 * change. Only the BlobStore port is used, so a folder and an S3 prefix work alike. It sits with
 * the stages, not in src/search, because it reads a store: the search core stays data in, data out.
 */
interface CachedIndex {
  /** the blob's version (BlobStat) when loaded: a re-run that rewrites the index changes it, whatever its length */
  version: string;
  index: SearchIndex;
}

/** Loaded indexes by store location and key; lives as long as the process (a server reuses it). */
const cache = new Map<string, CachedIndex>();

/** Event ids of a store that have a search index, sorted: from the event catalogue, not a listing per query. */
export async function indexedEvents(store: BlobStore): Promise<string[]> {
  const { events } = await readCatalogue(store);
  return events
    .filter((e) => e.indexed)
    .map((e) => e.id)
    .sort();
}

/**
 * The indexes of the given events (default: every indexed event). Each costs one stat per call
 * (a HEAD on S3); its bytes are fetched and parsed again only when its version changed.
 */
export async function loadIndexes(store: BlobStore, eventIds?: string[]): Promise<SearchIndex[]> {
  const ids = eventIds ?? (await indexedEvents(store));
  const out: SearchIndex[] = [];
  for (const id of ids) {
    const key = searchIndexKey(id);
    const cacheKey = `${store.location}\0${key}`;
    const stat = await store.stat(key);
    if (!stat) {
      cache.delete(cacheKey);
      continue;
    }
    const hit = cache.get(cacheKey);
    if (hit && hit.version === stat.version) {
      out.push(hit.index);
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = await store.get(key);
    } catch (e) {
      // Deleted between the stat and the get: as if it had never been listed.
      if (e instanceof BlobNotFoundError) continue;
      throw e;
    }
    const index = deserializeIndex(bytes.toString('utf8'));
    // The version read before the bytes: a write in between makes the next call load again, never keeps stale text.
    cache.set(cacheKey, { version: stat.version, index });
    out.push(index);
  }
  return out;
}
