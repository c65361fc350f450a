import { readCatalogue, type CatalogueEvent } from '../stages/event-catalogue';
import { renderEventListPage } from './event-list-page';
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

/** The events of a catalogue the server lists (those with a manifest.json), in its order: by date then id. */
function storeEventsOf(events: readonly CatalogueEvent[]): StoreEvent[] {
  return events
    .filter((e) => e.listed)
    .map((e) => ({ id: e.id, title: e.title, ...(e.date !== undefined ? { date: e.date } : {}), ...(e.language !== undefined ? { language: e.language } : {}), hasPage: e.hasPage }));
}

/** Rendered event lists by the catalogue they show: a catalogue is replaced, never changed, when it is rebuilt. */
const renderedLists = new WeakMap<readonly CatalogueEvent[], string>();

/**
 * GET /'s page: rendered once per rebuild of the catalogue, so a request costs what sending the
 * page costs, whatever the number of events.
 */
export async function eventListPage(store: BlobStore): Promise<string> {
  const { events } = await readCatalogue(store);
  let page = renderedLists.get(events);
  if (page === undefined) {
    page = renderEventListPage(storeEventsOf(events));
    renderedLists.set(events, page);
  }
  return page;
}
