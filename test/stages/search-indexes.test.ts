import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { buildIndex, serializeIndexes } from '../../src/search/inverted-index';
import { searchIndexKey } from '../../src/model/event-layout';
import type { Segment } from '../../src/model/transcript';
import { CHECK_MS, stampCatalogue } from '../../src/stages/event-catalogue';
import { loadIndexes } from '../../src/stages/search-indexes';
import type { BlobStat, BlobStore } from '../../src/store/blob-store';
import { FsBlobStore } from '../../src/store/fs-store';
import { searchStore } from '../../src/server/store-search';

function indexBytes(text: string, eventId = 'forum'): string {
  const segment: Segment = { id: 'opening-1', eventId, sessionId: 'opening', recording: 'main', speaker: null, startMs: 0, endMs: 10_000, text };
  return serializeIndexes([buildIndex([segment], 'en')]);
}

/** A folder store that counts the requests made of it. */
function countingStore(): { store: BlobStore; calls: Record<'get' | 'exists' | 'stat' | 'list', number> } {
  const inner = new FsBlobStore(mkdtempSync(path.join(tmpdir(), 'recap-indexes-')));
  const calls = { get: 0, exists: 0, stat: 0, list: 0 };
  const store: BlobStore = {
    location: inner.location,
    put: (key, data) => inner.put(key, data),
    get: (key) => (calls.get++, inner.get(key)),
    exists: (key) => (calls.exists++, inner.exists(key)),
    stat: (key): Promise<BlobStat | null> => (calls.stat++, inner.stat(key)),
    list: (prefix) => (calls.list++, inner.list(prefix)),
    delete: (keys) => inner.delete(keys),
  };
  return { store, calls };
}

describe('loadIndexes: the cache of a long-lived process (recap serve)', () => {
  test('a re-run that corrects a name without changing the length is seen by the next query', async () => {
    const { store } = countingStore();
    const before = indexBytes('Welcome, said Bilal Jamoussi.');
    const after = indexBytes('Welcome, said Bilel Jamoussi.');
    expect(Buffer.byteLength(after)).toBe(Buffer.byteLength(before));
    await store.put(searchIndexKey('forum'), before);
    expect((await loadIndexes(store))[0]!.segments[0]!.text).toBe('Welcome, said Bilal Jamoussi.');
    await store.put(searchIndexKey('forum'), after);
    // As the index stage does after every write: the catalogue changes generation and the index is checked again.
    await stampCatalogue(store, 'forum');
    expect((await loadIndexes(store, undefined, Date.now() + CHECK_MS + 1))[0]!.segments[0]!.text).toBe('Welcome, said Bilel Jamoussi.');
    // Asked for by id, an index is checked on every call, stamp or not.
    await store.put(searchIndexKey('forum'), before);
    expect((await loadIndexes(store, ['forum']))[0]!.segments[0]!.text).toBe('Welcome, said Bilal Jamoussi.');
  });

  test('an unchanged index is not downloaded again, nor asked for while the catalogue is unchanged', async () => {
    const { store, calls } = countingStore();
    await store.put(searchIndexKey('forum'), indexBytes('Welcome to the forum.'));
    await store.put(searchIndexKey('council'), indexBytes('The council meets.', 'council'));
    for (let query = 0; query < 3; query++) expect(await loadIndexes(store)).toHaveLength(2);
    // One listing builds the event catalogue, one stat per index on the first query; later queries
    // check only the catalogue's stamp (one stat, at most once a second).
    const { stat, ...rest } = calls;
    expect(rest).toEqual({ get: 2, exists: 0, list: 1 });
    expect(stat - 2).toBeGreaterThanOrEqual(1);
    expect(stat - 2).toBeLessThanOrEqual(3);
  });

  test('an index deleted since it was cached is no longer searched', async () => {
    const { store } = countingStore();
    await store.put(searchIndexKey('forum'), indexBytes('Welcome to the forum.'));
    expect(await loadIndexes(store, ['forum'])).toHaveLength(1);
    rmSync(path.join(store.location, 'events/forum/search-index.json'));
    expect(await loadIndexes(store, ['forum'])).toHaveLength(0);
  });
});

test('a server search of one event stats that event\'s index only, without listing the store', async () => {
  const { store, calls } = countingStore();
  await store.put(searchIndexKey('forum'), indexBytes('Welcome to the forum.'));
  await store.put(searchIndexKey('council'), indexBytes('The forum of the council.', 'council'));
  const { hits } = await searchStore(store, { q: 'forum', event: 'forum' });
  expect(hits.map((h) => h.eventId)).toEqual(['forum']);
  expect((await searchStore(store, { q: 'forum', event: 'nowhere' })).hits).toEqual([]);
  expect(calls).toMatchObject({ list: 0, stat: 2 });
});
