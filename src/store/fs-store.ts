import { randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import path from 'path';
import { assertBlobKey, assertBlobPrefix, TEMP_SUFFIX } from './blob-key';
import { BlobNotFoundError, BlobStoreError, type BlobStat, type BlobStore } from './blob-store';

function errorCode(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException).code;
}

/**
 * A temporary file older than this is an orphan (its writer was killed between write and rename):
 * no put takes an hour, so removing it cannot break a write in progress.
 */
export const ORPHAN_TEMP_AGE_MS = 60 * 60 * 1000;

/** The BlobStoreError of a failed file operation, naming the cause where the error code tells it. */
function storeError(location: string, key: string, e: unknown): BlobStoreError {
  const code = errorCode(e);
  const message = (e as Error).message;
  if (code === 'ENOSPC' || code === 'EDQUOT') return new BlobStoreError(location, key, `no space left for it (the disk or quota is full: ${message})`, 'full');
  if (code === 'ENAMETOOLONG') return new BlobStoreError(location, key, `a file name on the way is too long for the file system (${message})`, 'name-too-long');
  return new BlobStoreError(location, key, message);
}

/**
 * Removes a temporary file left by a killed writer. Listings find them (every run of an event lists
 * its folder), so orphans go without a sweep of their own. A file that vanished meanwhile (renamed
 * into place, or removed by another process) is no error, nor is one that cannot be removed: a
 * listing must not fail over litter.
 */
async function removeIfOrphan(file: string): Promise<void> {
  try {
    const info = await fs.stat(file);
    if (Date.now() - info.mtimeMs > ORPHAN_TEMP_AGE_MS) await fs.unlink(file);
  } catch {
    return;
  }
}

/**
 * A BlobStore in a folder: key "events/x/track.json" is the file <root>/events/x/track.json.
 * Writes go to a temporary file beside the target and are renamed over it, so a reader (or a
 * crashed run) never leaves a half-written output under its real name.
 */
export class FsBlobStore implements BlobStore {
  readonly location: string;

  /** @param root the store's folder; created on the first write */
  constructor(readonly root: string) {
    this.location = root;
  }

  private fileOf(key: string): string {
    assertBlobKey(key);
    return path.join(this.root, ...key.split('/'));
  }

  /**
   * Throws BlobNotFoundError when the file of `key` is reached through a symbolic link (of the
   * file or of a folder on its way): a store holds what recap wrote, and a link planted in it
   * must not serve /etc/passwd or another store's files. A name too long for the file system
   * cannot name a blob either.
   */
  private async refuseLinks(key: string, file: string): Promise<void> {
    let real: string;
    try {
      real = await fs.realpath(file);
    } catch (e) {
      const code = errorCode(e);
      if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENAMETOOLONG' || code === 'ELOOP') throw new BlobNotFoundError(this.location, key);
      throw new BlobStoreError(this.location, key, (e as Error).message);
    }
    const realRoot = await fs.realpath(this.root).catch(() => this.root);
    if (real !== path.join(realRoot, ...key.split('/'))) throw new BlobNotFoundError(this.location, key);
  }

  async put(key: string, data: Uint8Array | string): Promise<void> {
    const file = this.fileOf(key);
    const temp = `${file}.${process.pid}-${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`;
    try {
      await this.writeThenRename(file, temp, data);
    } catch (e) {
      await fs.rm(temp, { force: true }).catch(() => undefined);
      throw storeError(this.location, key, e);
    }
  }

  /**
   * Writes the temp file in the key's folder and renames it over the key. A delete of the folder's
   * last other file may remove the (then empty) folder in between: one more try makes it again.
   */
  private async writeThenRename(file: string, temp: string, data: Uint8Array | string): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await fs.mkdir(path.dirname(file), { recursive: true });
        // flush: the bytes reach the disk before the rename makes them visible under the key.
        await fs.writeFile(temp, data, { flush: true });
        await fs.rename(temp, file);
        return;
      } catch (e) {
        if (attempt >= 2 || errorCode(e) !== 'ENOENT') throw e;
      }
    }
  }

  async get(key: string): Promise<Buffer> {
    const file = this.fileOf(key);
    try {
      await this.refuseLinks(key, file);
      return await fs.readFile(file);
    } catch (e) {
      const code = errorCode(e);
      if (e instanceof BlobNotFoundError || code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') throw new BlobNotFoundError(this.location, key);
      throw storeError(this.location, key, e);
    }
  }

  async exists(key: string): Promise<boolean> {
    const file = this.fileOf(key);
    try {
      await this.refuseLinks(key, file);
      return (await fs.stat(file)).isFile();
    } catch (e) {
      const code = errorCode(e);
      if (e instanceof BlobNotFoundError || code === 'ENOENT' || code === 'ENOTDIR') return false;
      throw storeError(this.location, key, e);
    }
  }

  async stat(key: string): Promise<BlobStat | null> {
    const file = this.fileOf(key);
    try {
      await this.refuseLinks(key, file);
      const info = await fs.stat(file, { bigint: true });
      if (!info.isFile()) return null;
      // put() renames a new file over the key, so the inode changes with every write; mtime and size catch an edit in place.
      return { size: Number(info.size), version: `${info.ino}-${info.mtimeNs}-${info.size}` };
    } catch (e) {
      const code = errorCode(e);
      if (e instanceof BlobNotFoundError || code === 'ENOENT' || code === 'ENOTDIR') return null;
      throw storeError(this.location, key, e);
    }
  }

  async delete(keys: readonly string[]): Promise<void> {
    // Every key is checked before the first file goes: a bad key deletes nothing.
    const files = keys.map((key) => [key, this.fileOf(key)] as const);
    for (const [key, file] of files) {
      try {
        await fs.unlink(file);
      } catch (e) {
        const code = errorCode(e);
        if (code !== 'ENOENT' && code !== 'ENOTDIR') throw storeError(this.location, key, e);
      }
      await this.removeEmptyFolders(path.dirname(file));
    }
  }

  /**
   * Removes `folder` and then each parent up to the store's root while they are empty, as a key
   * store has no folders: a session dropped from the manifest leaves no empty sessions/<id>/ that
   * a static web server would answer with a listing of nothing.
   */
  private async removeEmptyFolders(folder: string): Promise<void> {
    const root = path.resolve(this.root);
    for (let dir = path.resolve(folder); dir.startsWith(`${root}${path.sep}`); dir = path.dirname(dir)) {
      try {
        await fs.rmdir(dir);
      } catch {
        // not empty (or already gone, or not ours to remove): the folders above are not empty either
        return;
      }
    }
  }

  async list(prefix: string): Promise<string[]> {
    assertBlobPrefix(prefix);
    // Walk only the folder the prefix lies in; the rest of the prefix filters names.
    const folderKey = prefix.includes('/') ? prefix.slice(0, prefix.lastIndexOf('/')) : '';
    const keys: string[] = [];
    await this.walk(folderKey, keys);
    return keys.filter((key) => key.startsWith(prefix) && !key.endsWith(TEMP_SUFFIX)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  private async walk(folderKey: string, into: string[]): Promise<void> {
    const folder = folderKey === '' ? this.root : path.join(this.root, ...folderKey.split('/'));
    let entries;
    try {
      entries = await fs.readdir(folder, { withFileTypes: true });
    } catch (e) {
      const code = errorCode(e);
      if (code === 'ENOENT' || code === 'ENOTDIR') return;
      throw storeError(this.location, folderKey, e);
    }
    for (const entry of entries) {
      const key = folderKey === '' ? entry.name : `${folderKey}/${entry.name}`;
      if (entry.isDirectory()) await this.walk(key, into);
      else if (entry.isFile() && entry.name.endsWith(TEMP_SUFFIX)) await removeIfOrphan(path.join(folder, entry.name));
      else if (entry.isFile()) into.push(key);
    }
  }
}
