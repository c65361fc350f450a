import { z } from 'zod';
import { LanguageTag } from '../model/manifest-fields';
import { eventIdOfKey, eventPageKey, EVENTS_ROOT, manifestKey } from '../model/event-layout';
import { BlobNotFoundError, type BlobStore } from '../store/blob-store';

/**
 * What the server shows of an event; read loosely, so a newer manifest field never hides an event
 * (and a language that is not a tag is dropped, never put in a page).
 */
const EventHead = z.object({ id: z.string(), title: z.string(), date: z.string().optional(), language: LanguageTag.optional().catch(undefined) });

/** An event's title, and the language its words are in when the manifest says. */
export interface EventName {
  title: string;
  language?: string;
}

export interface StoreEvent extends EventName {
  id: string;
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

/** Names of the given events by id (the id itself when the manifest cannot tell). */
export async function eventNames(store: BlobStore, ids: Iterable<string>): Promise<Map<string, EventName>> {
  const out = new Map<string, EventName>();
  for (const id of new Set(ids)) out.set(id, nameOf(id, await readEventHead(store, manifestKey(id))));
  return out;
}

function nameOf(id: string, head: z.infer<typeof EventHead> | undefined): EventName {
  return { title: head?.title ?? id, ...(head?.language !== undefined ? { language: head.language } : {}) };
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
    out.push({ id, ...nameOf(id, head), ...(head?.date ? { date: head.date } : {}), hasPage: present.has(eventPageKey(id)) });
  }
  return out.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
}
