import { randomBytes } from 'crypto';
import { z } from 'zod';
import { CATALOGUE_STAMP_KEY, catalogueEntryKey, eventIdOfKey, eventPageKey, EVENTS_ROOT, manifestKey, searchIndexKey } from '../model/event-layout';
import { LanguageTag } from '../model/manifest-fields';
import { BlobNotFoundError, type BlobStore } from '../store/blob-store';
import { toStableJson } from './json-blob';

/**
 * The event catalogue: what a server lists and searches, without listing the store per request.
 *
 * Design, for many pipelines writing one store at once (queue mode, several `recap process`):
 * - Each event has its own entry, events/<id>/catalogue-entry.json (title, date, language),
 *   written by the pages stage from the manifest. One writer per event, so no lost update.
 * - A store-wide stamp, catalogue-stamp.json, is rewritten (with fresh bytes) by every stage
 *   that changes what the catalogue shows: the pages stage and the index stage. It carries no
 *   data that must survive a race: two pipelines that write it at once both change its version.
 * - A reader keeps the catalogue in memory and asks for the stamp's version (one stat, a HEAD on
 *   S3) at most once per CHECK_MS. Only when the version changed does it rebuild from a listing
 *   of events/ and the entries, so a request costs the same with 10 or 10,000 events. Since a
 *   stage writes its outputs before the stamp, a listing made after a new version is seen holds
 *   them. Writers that do not stamp (a store made by an older recap, a hand-made folder) are
 *   caught by a rebuild at least every REBUILD_MS.
 */

/** How long a reader trusts its catalogue before it asks for the stamp's version again. */
export const CHECK_MS = 1_000;
/** How long at most before a reader rebuilds from a listing even without a new stamp. */
export const REBUILD_MS = 5 * 60_000;

const GENERATOR = 'catalogue@1';

/** An event's entry; read loosely, so a language that is not a tag is dropped, never put in a page. */
export const CatalogueEntry = z.object({
  generator: z.string(),
  id: z.string(),
  title: z.string(),
  date: z.string().optional(),
  language: LanguageTag.optional().catch(undefined),
});
export type CatalogueEntry = z.infer<typeof CatalogueEntry>;

/** The manifest's fields an entry is made of (also how an unstamped event's manifest is read). */
const EventHead = CatalogueEntry.omit({ generator: true });

export interface CatalogueEvent {
  id: string;
  title: string;
  date?: string;
  language?: string;
  /** whether events/<id>/manifest.json exists: the events a server lists */
  listed: boolean;
  /** whether the event page (events/<id>/index.html) has been published */
  hasPage: boolean;
  /** whether events/<id>/search-index.json exists */
  indexed: boolean;
}

/** Tells readers that the catalogue changed: fresh bytes every time, so the version changes on S3 too (an ETag is the bytes' hash). */
export async function stampCatalogue(store: BlobStore, eventId: string): Promise<void> {
  const stamp = { generator: GENERATOR, changed: eventId, at: new Date().toISOString(), nonce: randomBytes(8).toString('hex') };
  await store.put(CATALOGUE_STAMP_KEY, `${JSON.stringify(stamp)}\n`);
}

/** Writes the event's entry; the caller stamps the catalogue once its other outputs are written. */
export async function writeCatalogueEntry(store: BlobStore, head: { id: string; title: string; date?: string; language?: string }): Promise<string> {
  const key = catalogueEntryKey(head.id);
  const entry = { generator: GENERATOR, id: head.id, title: head.title, ...(head.date ? { date: head.date } : {}), ...(head.language ? { language: head.language } : {}) };
  await store.put(key, toStableJson(CatalogueEntry, entry));
  return key;
}

/** The entry's fields, from the blob at `key`; undefined when there is none or it cannot be read. */
async function readHead(store: BlobStore, key: string): Promise<z.infer<typeof EventHead> | undefined> {
  try {
    const parsed = EventHead.safeParse(JSON.parse((await store.get(key)).toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch (e) {
    // Removed between list and get, or not JSON: the caller falls back to the id.
    if (!(e instanceof BlobNotFoundError) && !(e instanceof SyntaxError)) throw e;
    return undefined;
  }
}

/** The catalogue from a listing: O(events) reads, done only when the stamp says something changed. */
async function buildCatalogue(store: BlobStore): Promise<CatalogueEvent[]> {
  const keys = await store.list(EVENTS_ROOT);
  const present = new Set(keys);
  const ids = [...new Set(keys.map((k) => eventIdOfKey(k)).filter((id): id is string => id !== undefined))];
  const out: CatalogueEvent[] = [];
  for (const id of ids) {
    const listed = present.has(manifestKey(id));
    // The small entry when the pages stage wrote one; else the manifest (an event still in its pipeline, an older store).
    const head = present.has(catalogueEntryKey(id)) ? await readHead(store, catalogueEntryKey(id)) : listed ? await readHead(store, manifestKey(id)) : undefined;
    out.push({
      id,
      title: head?.title ?? id,
      ...(head?.date ? { date: head.date } : {}),
      ...(head?.language !== undefined ? { language: head.language } : {}),
      listed,
      hasPage: present.has(eventPageKey(id)),
      indexed: present.has(searchIndexKey(id)),
    });
  }
  return out.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
}

/** What readCatalogue gives: the events, by id, and which rebuild of the catalogue they come from. */
export interface Catalogue {
  events: CatalogueEvent[];
  byId: ReadonlyMap<string, CatalogueEvent>;
  /**
   * Grows with every rebuild: a cache of something the stages stamp (a search index) may trust
   * what it checked under the same generation without asking the store again.
   */
  generation: number;
}

interface Cached extends Catalogue {
  /** the stamp's version when the listing began ('' for no stamp) */
  version: string;
  checkedAt: number;
  builtAt: number;
}

/** Catalogues by store location; a rebuild in progress is shared by the requests that wait for it. */
const cache = new Map<string, Cached>();
const building = new Map<string, Promise<Cached>>();
let generations = 0;

async function rebuild(store: BlobStore, version: string, now: number): Promise<Cached> {
  const pending = building.get(store.location);
  if (pending) return pending;
  const work = buildCatalogue(store).then((events) => {
    const fresh = { version, checkedAt: now, builtAt: now, events, byId: new Map(events.map((e) => [e.id, e])), generation: ++generations };
    cache.set(store.location, fresh);
    return fresh;
  });
  building.set(store.location, work);
  try {
    return await work;
  } finally {
    building.delete(store.location);
  }
}

/** The store's catalogue, by date (newest first) then id; see the top of this file for its cost. */
export async function readCatalogue(store: BlobStore, now: number = Date.now()): Promise<Catalogue> {
  const cached = cache.get(store.location);
  if (cached && now - cached.checkedAt < CHECK_MS) return cached;
  const version = (await store.stat(CATALOGUE_STAMP_KEY))?.version ?? '';
  if (cached && cached.version === version && now - cached.builtAt < REBUILD_MS) {
    cached.checkedAt = now;
    return cached;
  }
  return rebuild(store, version, now);
}
