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

/** Events on one page of GET /: a page's size, and its cost, do not grow with the store. */
export const EVENTS_PER_PAGE = 100;

/** Rendered pages of the event list by the catalogue they show: a catalogue is replaced, never changed, when it is rebuilt. */
const renderedLists = new WeakMap<readonly CatalogueEvent[], { events: StoreEvent[]; pages: Map<number, string> }>();

/**
 * Page `page` (from 1) of GET /, or undefined when there is no such page: rendered once per
 * rebuild of the catalogue, so a request costs the same whatever the number of events.
 */
export async function eventListPage(store: BlobStore, page: number): Promise<string | undefined> {
  const catalogue = (await readCatalogue(store)).events;
  let rendered = renderedLists.get(catalogue);
  if (rendered === undefined) {
    rendered = { events: storeEventsOf(catalogue), pages: new Map() };
    renderedLists.set(catalogue, rendered);
  }
  const pages = Math.max(1, Math.ceil(rendered.events.length / EVENTS_PER_PAGE));
  if (!Number.isSafeInteger(page) || page < 1 || page > pages) return undefined;
  let html = rendered.pages.get(page);
  if (html === undefined) {
    html = renderEventListPage(rendered.events.slice((page - 1) * EVENTS_PER_PAGE, page * EVENTS_PER_PAGE), { page, pages });
    rendered.pages.set(page, html);
  }
  return html;
}
