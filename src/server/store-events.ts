import { z } from 'zod';
import { eventIdOfKey, eventPageKey, EVENTS_ROOT, manifestKey } from '../model/event-layout';
import { BlobNotFoundError, type BlobStore } from '../store/blob-store';

/** What the server shows of an event; read loosely, so a newer manifest field never hides an event. */
const EventHead = z.object({ id: z.string(), title: z.string(), date: z.string().optional() });

export interface StoreEvent {
  id: string;
  title: string;
  date?: string;
  /** whether the event page (events/<id>/index.html) has been published */
  hasPage: boolean;
}

/** An event's title and date from its manifest.json; undefined when it has none (or an unreadable one). */
async function readEventHead(store: BlobStore, key: string): Promise<z.infer<typeof EventHead> | undefined> {
  try {
    const parsed = EventHead.safeParse(JSON.parse((await store.get(key)).toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch (e) {
    // Removed between list and get, or not JSON: the caller falls back to the id.
    if (!(e instanceof BlobNotFoundError) && !(e instanceof SyntaxError)) throw e;
    return undefined;
  }
}

/** Titles of the given events by id (the id itself when the manifest cannot tell). */
export async function eventTitles(store: BlobStore, ids: Iterable<string>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const id of new Set(ids)) out.set(id, (await readEventHead(store, manifestKey(id)))?.title ?? id);
  return out;
}

/** The events of a store (those with a manifest.json), by date then id. */
export async function listStoreEvents(store: BlobStore): Promise<StoreEvent[]> {
  const keys = await store.list(EVENTS_ROOT);
  const present = new Set(keys);
  const out: StoreEvent[] = [];
  for (const key of keys) {
    const id = eventIdOfKey(key);
    if (id === undefined || key !== manifestKey(id)) continue;
    const head = await readEventHead(store, key);
    out.push({ id, title: head?.title ?? id, ...(head?.date ? { date: head.date } : {}), hasPage: present.has(eventPageKey(id)) });
  }
  return out.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
}
