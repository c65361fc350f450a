import { BlobNotFoundError, InvalidBlobKeyError, type BlobStore } from '../../src/store/blob-store';

/**
 * What every BlobStore adapter must do alike, so the stages run the same on a folder and on S3.
 * `freshStore` gives an empty store each time.
 */
export function describeBlobStoreContract(adapter: string, freshStore: () => Promise<BlobStore>): void {
  describe(`${adapter}: the BlobStore contract`, () => {
    test('put then get gives the same bytes, text or binary; a put replaces', async () => {
      const store = await freshStore();
      const binary = Uint8Array.from([0, 255, 0xef, 0xbb, 0xbf, 13, 10, 13]);
      await store.put('events/x/recordings/main/source.scc', binary);
      await store.put('events/x/manifest.json', '{"é": 1}\n');
      expect([...(await store.get('events/x/recordings/main/source.scc'))]).toEqual([...binary]);
      expect((await store.get('events/x/manifest.json')).toString('utf8')).toBe('{"é": 1}\n');
      await store.put('events/x/manifest.json', 'second');
      expect((await store.get('events/x/manifest.json')).toString('utf8')).toBe('second');
      await store.put('empty.txt', '');
      expect((await store.get('empty.txt')).length).toBe(0);
    });

    test('exists, and get of a missing key', async () => {
      const store = await freshStore();
      await store.put('a/b.txt', 'x');
      expect(await store.exists('a/b.txt')).toBe(true);
      expect(await store.exists('a/c.txt')).toBe(false);
      expect(await store.exists('a')).toBe(false);
      await expect(store.get('a/c.txt')).rejects.toThrow(new BlobNotFoundError(store.location, 'a/c.txt'));
      await expect(store.get('a')).rejects.toBeInstanceOf(BlobNotFoundError);
    });

    test('stat: size and a version that changes with the bytes, even at the same length; null when missing', async () => {
      const store = await freshStore();
      expect(await store.stat('events/x/search-index.json')).toBeNull();
      await store.put('events/x/search-index.json', 'Bilal Jamoussi');
      const first = await store.stat('events/x/search-index.json');
      expect(first).toEqual({ size: 14, version: expect.any(String) });
      expect(await store.stat('events/x/search-index.json')).toEqual(first);
      await store.put('events/x/search-index.json', 'Bilel Jamoussi');
      const second = await store.stat('events/x/search-index.json');
      expect(second!.size).toBe(14);
      expect(second!.version).not.toBe(first!.version);
      expect(await store.stat('events/x')).toBeNull();
      await expect(store.stat('../x')).rejects.toBeInstanceOf(InvalidBlobKeyError);
    });

    test('list: sorted keys under a plain string prefix', async () => {
      const store = await freshStore();
      for (const key of ['events/b/manifest.json', 'events/a/recordings/main/track.json', 'events/a/alignment.json', 'events/ab/manifest.json', 'other.txt']) {
        await store.put(key, key);
      }
      expect(await store.list('events/a/')).toEqual(['events/a/alignment.json', 'events/a/recordings/main/track.json']);
      expect(await store.list('events/a')).toEqual(['events/a/alignment.json', 'events/a/recordings/main/track.json', 'events/ab/manifest.json']);
      expect(await store.list('')).toEqual([
        'events/a/alignment.json',
        'events/a/recordings/main/track.json',
        'events/ab/manifest.json',
        'events/b/manifest.json',
        'other.txt',
      ]);
      expect(await store.list('nothing/here/')).toEqual([]);
      expect(await (await freshStore()).list('')).toEqual([]);
    });

    test('delete removes the blobs named, ignores missing ones, and a repeat does the same', async () => {
      const store = await freshStore();
      for (const key of ['events/a/one.json', 'events/a/sub/two.json', 'events/a/keep.json', 'events/ab/one.json']) await store.put(key, key);
      await store.delete(['events/a/one.json', 'events/a/sub/two.json', 'events/a/never-was.json']);
      expect(await store.list('')).toEqual(['events/a/keep.json', 'events/ab/one.json']);
      await store.delete(['events/a/one.json', 'events/a/sub/two.json']);
      await store.delete([]);
      expect(await store.list('')).toEqual(['events/a/keep.json', 'events/ab/one.json']);
      expect((await store.get('events/a/keep.json')).toString('utf8')).toBe('events/a/keep.json');
    });

    test('delete of more keys than one S3 request takes (1,000)', async () => {
      const store = await freshStore();
      const keys = Array.from({ length: 1001 }, (_, i) => `events/many/k${String(i).padStart(4, '0')}.txt`);
      await Promise.all(keys.map((key) => store.put(key, 'x')));
      await store.put('events/many/last.txt', 'kept');
      await store.delete(keys);
      expect(await store.list('events/many/')).toEqual(['events/many/last.txt']);
    }, 60_000);

    test('bad keys are refused before the store is touched', async () => {
      const store = await freshStore();
      await expect(store.put('../escape.txt', 'x')).rejects.toThrow('invalid store key "../escape.txt": it has a ".." segment');
      await expect(store.get('/etc/passwd')).rejects.toBeInstanceOf(InvalidBlobKeyError);
      await expect(store.exists('a//b')).rejects.toBeInstanceOf(InvalidBlobKeyError);
      await expect(store.list('/')).rejects.toBeInstanceOf(InvalidBlobKeyError);
      await store.put('kept.txt', 'x');
      await expect(store.delete(['kept.txt', '../kept.txt'])).rejects.toBeInstanceOf(InvalidBlobKeyError);
      expect(await store.exists('kept.txt')).toBe(true);
    });
  });
}
