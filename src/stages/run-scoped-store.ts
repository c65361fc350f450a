import { BlobNotFoundError, type BlobStat, type BlobStore } from '../store/blob-store';

/**
 * A stage read a blob that its inputKeys do not list: the stamp would not cover that input, so a
 * change to it would not re-run the stage. A bug in the stage's definition, never in the data.
 */
export class UndeclaredInputError extends Error {
  override readonly name = 'UndeclaredInputError';
  constructor(stage: string, key: string, declared: ReadonlySet<string>) {
    super(`stage ${stage} read ${key}, which its inputKeys do not list (they list: ${[...declared].join(', ') || 'nothing'})`);
  }
}

/**
 * The store as one stage run sees it: each blob is fetched at most once. runStage hashes a stage's
 * inputs before the stage reads them and hashes its outputs after it has written them; through
 * this, an input is downloaded once (not twice) and an output is hashed from the bytes written
 * (not read back), which on S3 saves a request per blob. It lives for one run only, so nothing
 * another run writes is ever hidden.
 *
 * While the stage itself runs (readingOnly), it may read only the keys its inputKeys
 * listed and those it wrote itself: what it reads besides is not in its stamp, and a change there
 * would leave stale outputs looking up to date.
 */
export class RunScopedStore implements BlobStore {
  readonly location: string;
  /** bytes by key; null: known to be absent */
  private readonly known = new Map<string, Buffer | null>();
  private readonly written = new Set<string>();
  private declared: { stage: string; keys: ReadonlySet<string> } | null = null;

  constructor(private readonly inner: BlobStore) {
    this.location = inner.location;
  }

  /**
   * Runs `body` (the stage) allowed to read (get, exists, list) only these keys and those written
   * here; anything else throws UndeclaredInputError. The hashing around it reads freely.
   */
  async readingOnly<T>(stage: string, keys: readonly string[], body: () => Promise<T>): Promise<T> {
    this.declared = { stage, keys: new Set(keys) };
    try {
      return await body();
    } finally {
      this.declared = null;
    }
  }

  private checkRead(key: string): void {
    if (this.declared && !this.declared.keys.has(key) && !this.written.has(key)) throw new UndeclaredInputError(this.declared.stage, key, this.declared.keys);
  }

  async get(key: string): Promise<Buffer> {
    this.checkRead(key);
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
    this.checkRead(key);
    const known = this.known.get(key);
    return known === undefined ? this.inner.exists(key) : known !== null;
  }

  stat(key: string): Promise<BlobStat | null> {
    this.checkRead(key);
    return this.inner.stat(key);
  }

  async put(key: string, data: Uint8Array | string): Promise<void> {
    await this.inner.put(key, data);
    this.known.set(key, Buffer.from(data));
    this.written.add(key);
  }

  async delete(keys: readonly string[]): Promise<void> {
    await this.inner.delete(keys);
    for (const key of keys) {
      this.known.set(key, null);
      this.written.delete(key);
    }
  }

  async list(prefix: string): Promise<string[]> {
    // A listing is no declared input: what it returns is hashed nowhere.
    if (this.declared) throw new UndeclaredInputError(this.declared.stage, `${prefix}* (a listing)`, this.declared.keys);
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
