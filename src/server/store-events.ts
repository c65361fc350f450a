import { z } from 'zod';
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

const MANIFEST_KEY = /^events\/([^/]+)\/manifest\.json$/;

/** The events of a store (those with a manifest.json), by date then id. */
export async function listStoreEvents(store: BlobStore): Promise<StoreEvent[]> {
  const keys = await store.list('events/');
  const pages = new Set(keys.filter((k) => /^events\/[^/]+\/index\.html$/.test(k)));
  const out: StoreEvent[] = [];
  for (const key of keys) {
    const id = MANIFEST_KEY.exec(key)?.[1];
    if (id === undefined) continue;
    let head: z.infer<typeof EventHead> | undefined;
    try {
      const parsed = EventHead.safeParse(JSON.parse((await store.get(key)).toString('utf8')));
      head = parsed.success ? parsed.data : undefined;
    } catch (e) {
      // Removed between list and get, or not JSON: list it by its id rather than fail the page.
      if (!(e instanceof BlobNotFoundError) && !(e instanceof SyntaxError)) throw e;
    }
    out.push({ id, title: head?.title ?? id, ...(head?.date ? { date: head.date } : {}), hasPage: pages.has(`events/${id}/index.html`) });
  }
  return out.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
}
