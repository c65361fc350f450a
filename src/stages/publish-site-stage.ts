import { z } from 'zod';
import { catalogueEntryKey, eventIdOfKey, EVENTS_ROOT, manifestKey, SEARCH_BUNDLE_PREFIX, segmentsKey, SITE_HOME_KEY, SITE_SEARCH_KEY, SITE_SETTINGS_KEY } from '../model/event-layout';
import { ManifestError } from '../model/errors';
import { SiteSettings } from '../model/site-settings';
import { ResolvedManifest } from '../model/manifest-resolved';
import { parseSegmentsJsonl } from '../model/segments-jsonl';
import { SEARCH_BUNDLE_LOADER } from '../publish/browser/search-bundle-loader';
import { SITE_SEARCH_SCRIPT } from '../publish/browser/compiled-scripts';
import { siteSearchRecords, type SiteSearchRecord } from '../publish/site/search-records';
import { SEARCH_LOADER_FILE, SEARCH_SCRIPT_FILE } from '../publish/site/site-links';
import { renderArchivePage, renderSiteSearchPage, type SiteEvent } from '../publish/site/site-pages';
import { BlobNotFoundError, type BlobStore } from '../store/blob-store';
import { CatalogueEntry } from './event-catalogue';
import { JobId } from './job-fields';
import type { SiteIndexer } from './site-indexer';
import { plural, type StageResult } from './stage-result';

export const PublishSiteJob = z.strictObject({
  /** the event whose run this step ends; the site is rebuilt from every published event all the same */
  eventId: JobId,
});
export type PublishSiteJob = z.infer<typeof PublishSiteJob>;

/** No indexer was given to the process running the stages (a bug in that process, never in the data). */
export class SiteIndexerMissingError extends Error {
  override readonly name = 'SiteIndexerMissingError';
}

/** How many times a build starts over because another event was published while it ran. */
const MAX_BUILDS = 3;

/**
 * The events the site lists: those with a catalogue entry (written by the pages stage once the
 * event's pages are out) and a manifest. An event whose folder is gone has neither, so it is not
 * listed; an event still in its pipeline is listed once its pages are.
 */
async function publishedEvents(store: BlobStore): Promise<string[]> {
  const keys = new Set(await store.list(EVENTS_ROOT));
  const ids = new Set([...keys].map(eventIdOfKey).filter((id): id is string => id !== undefined));
  return [...ids].filter((id) => keys.has(catalogueEntryKey(id)) && keys.has(manifestKey(id))).sort();
}

/** What the site is built from, as versions: equal signatures, same site. */
async function signature(store: BlobStore): Promise<string> {
  const parts: string[] = [];
  for (const id of await publishedEvents(store)) {
    for (const key of [catalogueEntryKey(id), manifestKey(id), segmentsKey(id)]) parts.push(`${key}=${(await store.stat(key))?.version ?? '-'}`);
  }
  return parts.join('\n');
}

async function readOptional(store: BlobStore, key: string): Promise<Buffer | undefined> {
  try {
    return await store.get(key);
  } catch (e) {
    // Removed since the listing (an event being deleted): left out, as if never listed.
    if (e instanceof BlobNotFoundError) return undefined;
    throw e;
  }
}

/** One event's entry and records; undefined when it is gone, or when what it stored cannot be read (named in `unreadable`). */
async function readEvent(store: BlobStore, id: string, unreadable: string[]): Promise<{ event: SiteEvent; records: SiteSearchRecord[] } | undefined> {
  // Reading may fail as the store does (a queue retries that); only parsing is this event's own trouble.
  const entryBytes = await readOptional(store, catalogueEntryKey(id));
  const manifestBytes = await readOptional(store, manifestKey(id));
  if (entryBytes === undefined || manifestBytes === undefined) return undefined;
  const segments = await readOptional(store, segmentsKey(id));
  try {
    const entry = CatalogueEntry.parse(JSON.parse(entryBytes.toString('utf8')));
    if (entry.id !== id) throw new Error(`its catalogue entry names ${entry.id}`);
    const manifest = ResolvedManifest.parse(JSON.parse(manifestBytes.toString('utf8')));
    return {
      event: { id, title: entry.title, ...(entry.date ? { date: entry.date } : {}), ...(entry.language ? { language: entry.language } : {}), languages: [manifest.language, ...manifest.recordings.flatMap((r) => (r.language !== undefined ? [r.language] : []))] },
      records: segments === undefined ? [] : siteSearchRecords(manifest, parseSegmentsJsonl(segments.toString('utf8'))),
    };
  } catch {
    // A broken file of one event must not keep the others off the site; the step's summary names it.
    unreadable.push(id);
    return undefined;
  }
}

/** Each published event's entry and search records, read from the store as it is now. */
async function readSite(store: BlobStore): Promise<{ events: SiteEvent[]; records: SiteSearchRecord[]; unreadable: string[] }> {
  const events: SiteEvent[] = [];
  const records: SiteSearchRecord[] = [];
  const unreadable: string[] = [];
  for (const id of await publishedEvents(store)) {
    const read = await readEvent(store, id, unreadable);
    if (read === undefined) continue;
    events.push(read.event);
    records.push(...read.records);
  }
  return { events, records, unreadable };
}

/**
 * The organiser's site.json at the store's root, when there is one. A file that holds no valid
 * settings stops the step with every problem named (exit 1), rather than publishing a site under
 * another title than asked.
 */
async function siteSettings(store: BlobStore): Promise<SiteSettings | undefined> {
  if (!(await store.exists(SITE_SETTINGS_KEY))) return undefined;
  let value: unknown;
  try {
    value = JSON.parse((await store.get(SITE_SETTINGS_KEY)).toString('utf8'));
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    throw new ManifestError(SITE_SETTINGS_KEY, [{ path: '', message: `is not JSON: ${e.message}` }]);
  }
  const parsed = SiteSettings.safeParse(value);
  if (!parsed.success) throw new ManifestError(SITE_SETTINGS_KEY, parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })));
  return parsed.data;
}

/**
 * The last step of every event's run: the site's root files from every published event of the
 * store as it is now (not only this event), so a run never drops another event: the archive home
 * page (index.html), the search page (search.html), their script files (site/) and one static
 * search index over every event's segments (pagefind/), built by the indexer the process gives.
 *
 * Several events published at once (queue mode, several `recap process` on one store) each run
 * this. A build that read the store before another event's pages were out would drop that event
 * if it wrote last; so after writing, a build checks that what it read is still the store's state
 * and starts over when it is not: the last writer has read the latest state. Bundle files carry
 * their content's hash in their names, so two builds never write different bytes under one name;
 * a file no build of the current state uses is deleted only once the state is stable.
 */
export async function publishSiteStage(store: BlobStore, job: PublishSiteJob, indexer: SiteIndexer | undefined): Promise<StageResult> {
  if (indexer === undefined) throw new SiteIndexerMissingError(`publish-site ${job.eventId}: no search indexer was given to the stages (StageContext.siteIndexer)`);
  const title = (await siteSettings(store))?.title;
  for (let build = 1; ; build++) {
    const before = await signature(store);
    const { events, records, unreadable } = await readSite(store);
    const files = await indexer.build(records);
    const written: string[] = [];
    // The bundle before the pages that load it; its entry file last, since it names the others.
    const ordered = [...files.filter((f) => f.path !== 'pagefind-entry.json'), ...files.filter((f) => f.path === 'pagefind-entry.json')];
    for (const file of ordered) {
      const key = `${SEARCH_BUNDLE_PREFIX}${file.path}`;
      await store.put(key, file.content);
      written.push(key);
    }
    const site: [string, string][] = [
      [SEARCH_LOADER_FILE, SEARCH_BUNDLE_LOADER],
      [SEARCH_SCRIPT_FILE, SITE_SEARCH_SCRIPT],
      [SITE_SEARCH_KEY, renderSiteSearchPage(events, title)],
      [SITE_HOME_KEY, renderArchivePage(events, title)],
    ];
    for (const [key, text] of site) {
      await store.put(key, text);
      written.push(key);
    }
    if ((await signature(store)) !== before && build < MAX_BUILDS) continue;
    const keep = new Set(written);
    const stale = (await store.list(SEARCH_BUNDLE_PREFIX)).filter((key) => !keep.has(key));
    await store.delete(stale);
    return {
      outputKeys: written,
      summary: `site: home page, search page and search index of ${plural(events.length, 'event')} (${plural(records.length, 'moment')})${unreadable.length > 0 ? `; left out, their files unreadable: ${unreadable.join(', ')}` : ''}`,
      counts: { siteEvents: events.length, siteRecords: records.length },
    };
  }
}
