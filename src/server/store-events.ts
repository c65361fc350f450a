import { readCatalogue } from '../stages/event-catalogue';
import type { BlobStore } from '../store/blob-store';

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

/** Names of the given events by id, from the catalogue (the id itself for an event it does not hold). */
export async function eventNames(store: BlobStore, ids: Iterable<string>): Promise<Map<string, EventName>> {
  const { byId } = await readCatalogue(store);
  const out = new Map<string, EventName>();
  for (const id of new Set(ids)) {
    const e = byId.get(id);
    out.set(id, { title: e?.title ?? id, ...(e?.language !== undefined ? { language: e.language } : {}) });
  }
  return out;
}

/** The events of a store (those with a manifest.json), by date then id, from the catalogue. */
export async function listStoreEvents(store: BlobStore): Promise<StoreEvent[]> {
  const { events } = await readCatalogue(store);
  return events
    .filter((e) => e.listed)
    .map((e) => ({ id: e.id, title: e.title, ...(e.date !== undefined ? { date: e.date } : {}), ...(e.language !== undefined ? { language: e.language } : {}), hasPage: e.hasPage }));
}
