import { BlobNotFoundError, type BlobStat, type BlobStore } from '../store/blob-store';

/**
 * The store as one stage run sees it: each blob is fetched at most once. runStage hashes a stage's
 * inputs before the stage reads them and hashes its outputs after it has written them; through
 * this, an input is downloaded once (not twice) and an output is hashed from the bytes written
 * (not read back), which on S3 saves a request per blob. It lives for one run only, so nothing
 * another run writes is ever hidden.
 */
export class RunScopedStore implements BlobStore {
  readonly location: string;
  /** bytes by key; null: known to be absent */
  private readonly known = new Map<string, Buffer | null>();

  constructor(private readonly inner: BlobStore) {
    this.location = inner.location;
  }

  async get(key: string): Promise<Buffer> {
    const known = this.known.get(key);
    if (known) return known;
    if (known === null) throw new BlobNotFoundError(this.location, key);
    try {
      const bytes = await this.inner.get(key);
      this.known.set(key, bytes);
      return bytes;
    } catch (e) {
      if (e instanceof BlobNotFoundError) this.known.set(key, null);
      throw e;
    }
  }

  async exists(key: string): Promise<boolean> {
    const known = this.known.get(key);
    return known === undefined ? this.inner.exists(key) : known !== null;
  }

  stat(key: string): Promise<BlobStat | null> {
    return this.inner.stat(key);
  }

  async put(key: string, data: Uint8Array | string): Promise<void> {
    await this.inner.put(key, data);
    this.known.set(key, Buffer.from(data));
  }

  list(prefix: string): Promise<string[]> {
    return this.inner.list(prefix);
  }
}

/** A blob's bytes, or null when there is none: one request where exists-then-get takes two. */
export async function readIfPresent(store: BlobStore, key: string): Promise<Buffer | null> {
  try {
    return await store.get(key);
  } catch (e) {
    if (e instanceof BlobNotFoundError) return null;
    throw e;
  }
}
