import { searchIndexKey } from '../model/event-layout';
import { deserializeIndexes, type SearchIndex } from '../search/inverted-index';
import { BlobNotFoundError, type BlobStore } from '../store/blob-store';
import { readCatalogue, type Catalogue } from './event-catalogue';

/**
 * Where an event's search index lies in a store, and the query path across all events of a
 * store: list events/<id>/search-index.json, load each once, keep it in memory until its bytes
 * change. Only the BlobStore port is used, so a folder and an S3 prefix work alike. It sits with
 * the stages, not in src/search, because it reads a store: the search core stays data in, data out.
 */
interface CachedIndex {
  /** the blob's version (BlobStat) when loaded: a re-run that rewrites the index changes it, whatever its length */
  version: string;
  /** the catalogue generation under which the version was last checked (0: never under one) */
  generation: number;
  /** the event's indexes, one per language it holds */
  indexes: SearchIndex[];
}

/** Loaded indexes by store location and key; lives as long as the process (a server reuses it). */
const cache = new Map<string, CachedIndex>();

function indexedIds(catalogue: Catalogue): string[] {
  return catalogue.events
    .filter((e) => e.indexed)
    .map((e) => e.id)
    .sort();
}

/** Event ids of a store that have a search index, sorted: from the event catalogue, not a listing per query. */
export async function indexedEvents(store: BlobStore): Promise<string[]> {
  return indexedIds(await readCatalogue(store));
}

/**
 * The indexes of the given events (default: every indexed event), one per language each event
 * holds (search.ts reads a query in each index's language). Each given one costs one stat
 * per call (a HEAD on S3); its bytes are fetched and parsed again only when its version changed.
 * Across every event, an index checked under the current catalogue generation is not asked for
 * again: the index stage stamps the catalogue after each write, so a search costs no store
 * request per event while nothing changed.
 */
export async function loadIndexes(store: BlobStore, eventIds?: string[], now: number = Date.now()): Promise<SearchIndex[]> {
  const catalogue = eventIds === undefined ? await readCatalogue(store, now) : undefined;
  const ids = eventIds ?? indexedIds(catalogue!);
  const generation = catalogue?.generation ?? 0;
  const out: SearchIndex[] = [];
  for (const id of ids) {
    const key = searchIndexKey(id);
    const cacheKey = `${store.location}\0${key}`;
    const hit = cache.get(cacheKey);
    if (hit && generation !== 0 && hit.generation === generation) {
      out.push(...hit.indexes);
      continue;
    }
    const stat = await store.stat(key);
    if (!stat) {
      cache.delete(cacheKey);
      continue;
    }
    if (hit && hit.version === stat.version) {
      hit.generation = generation;
      out.push(...hit.indexes);
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
    const indexes = deserializeIndexes(bytes.toString('utf8'));
    // The version read before the bytes: a write in between makes the next call load again, never keeps stale text.
    cache.set(cacheKey, { version: stat.version, generation, indexes });
    out.push(...indexes);
  }
  return out;
}
