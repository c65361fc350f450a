import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { assertBlobKey, assertBlobPrefix } from '../../src/store/blob-key';
import { BlobNotFoundError, BlobStoreError, InvalidBlobKeyError } from '../../src/store/blob-store';
import { FsBlobStore } from '../../src/store/fs-store';

function freshStore(): FsBlobStore {
  return new FsBlobStore(path.join(mkdtempSync(path.join(tmpdir(), 'recap-store-')), 'store'));
}

/** Every file under a folder, '/'-separated, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

describe('blob keys', () => {
  test.each([
    ['', 'invalid store key "": it is empty'],
    ['/events/x', 'invalid store key "/events/x": it starts with \'/\' (keys are relative)'],
    ['events/../etc/passwd', 'invalid store key "events/../etc/passwd": it has a ".." segment'],
    ['..', 'invalid store key "..": it has a ".." segment'],
    ['events/./x', 'invalid store key "events/./x": it has a "." segment'],
    ['events//x', 'invalid store key "events//x": it has an empty segment'],
    ['events/x/', 'invalid store key "events/x/": it has an empty segment'],
    ['events\\x', 'invalid store key "events\\x": it holds \'\\\' (the separator is \'/\')'],
    ['events/x.json.recap-tmp', 'invalid store key "events/x.json.recap-tmp": it ends with ".recap-tmp" (reserved for temporary files)'],
  ])('%j is refused', (key, message) => {
    expect(() => assertBlobKey(key)).toThrow(new InvalidBlobKeyError(key, message.slice(message.indexOf(': ') + 2)));
    expect(() => assertBlobKey(key)).toThrow(message);
  });

  test('good keys and prefixes pass', () => {
    for (const key of ['a', 'events/itu-forum/alignment.json', 'events/x/recordings/main/source.vtt', 'a..b/c.d']) expect(() => assertBlobKey(key)).not.toThrow();
    for (const prefix of ['', 'events/', 'events/itu', 'events/x/recordings/']) expect(() => assertBlobPrefix(prefix)).not.toThrow();
    expect(() => assertBlobPrefix('../')).toThrow('it has a ".." segment');
  });
});

describe('FsBlobStore', () => {
  test('put then get gives the same bytes, text or binary; a put replaces', async () => {
    const store = freshStore();
    const binary = Uint8Array.from([0, 255, 0xef, 0xbb, 0xbf, 13, 10, 13]);
    await store.put('events/x/recordings/main/source.scc', binary);
    await store.put('events/x/manifest.json', '{"é": 1}\n');
    expect([...(await store.get('events/x/recordings/main/source.scc'))]).toEqual([...binary]);
    expect((await store.get('events/x/manifest.json')).toString('utf8')).toBe('{"é": 1}\n');
    await store.put('events/x/manifest.json', 'second');
    expect((await store.get('events/x/manifest.json')).toString('utf8')).toBe('second');
    expect(readFileSync(path.join(store.root, 'events', 'x', 'manifest.json'), 'utf8')).toBe('second');
  });

  test('writes leave no temporary file behind', async () => {
    const store = freshStore();
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.put(`k/${i % 4}.json`, `value ${i}`)));
    expect(filesUnder(store.root)).toEqual(['k/0.json', 'k/1.json', 'k/2.json', 'k/3.json']);
  });

  test('exists and get on missing keys', async () => {
    const store = freshStore();
    await store.put('a/b.txt', 'x');
    expect(await store.exists('a/b.txt')).toBe(true);
    expect(await store.exists('a/c.txt')).toBe(false);
    expect(await store.exists('a')).toBe(false); // a folder is not a blob
    expect(await store.exists('a/b.txt/c')).toBe(false);
    await expect(store.get('a/c.txt')).rejects.toThrow(new BlobNotFoundError(store.root, 'a/c.txt'));
    await expect(store.get('a')).rejects.toBeInstanceOf(BlobNotFoundError);
  });

  test('list: sorted keys under a plain string prefix, without temporary files', async () => {
    const store = freshStore();
    for (const key of ['events/b/manifest.json', 'events/a/recordings/main/track.json', 'events/a/alignment.json', 'events/ab/manifest.json', 'other.txt']) {
      await store.put(key, key);
    }
    writeFileSync(path.join(store.root, 'events', 'a', 'alignment.json.123-abc.recap-tmp'), 'half');
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
    expect(await freshStore().list('')).toEqual([]);
  });

  test('bad keys are refused before any file is touched', async () => {
    const store = freshStore();
    await expect(store.put('../escape.txt', 'x')).rejects.toThrow('invalid store key "../escape.txt": it has a ".." segment');
    await expect(store.get('/etc/passwd')).rejects.toBeInstanceOf(InvalidBlobKeyError);
    await expect(store.exists('a//b')).rejects.toBeInstanceOf(InvalidBlobKeyError);
    await expect(store.list('/')).rejects.toBeInstanceOf(InvalidBlobKeyError);
  });

  test('a blob where a folder must go is a store error naming the key', async () => {
    const store = freshStore();
    await store.put('a', 'file');
    await expect(store.put('a/b', 'x')).rejects.toBeInstanceOf(BlobStoreError);
    await expect(store.put('a/b', 'x')).rejects.toThrow(`${store.root}: cannot access "a/b": `);
  });

  test('a delete leaves no empty folder behind, up to the store root, and keeps folders that still hold a file', async () => {
    const store = freshStore();
    await store.put('events/e/sessions/gone/index.html', 'x');
    await store.put('events/e/sessions/gone/transcript.html', 'x');
    await store.put('events/e/sessions/kept/index.html', 'x');
    await store.delete(['events/e/sessions/gone/index.html', 'events/e/sessions/gone/transcript.html']);
    expect(readdirSync(path.join(store.root, 'events/e/sessions'))).toEqual(['kept']);
    await store.delete(['events/e/sessions/kept/index.html']);
    expect(readdirSync(store.root)).toEqual([]);
    await store.put('events/e/sessions/kept/index.html', 'again');
    expect((await store.get('events/e/sessions/kept/index.html')).toString('utf8')).toBe('again');
  });
});
