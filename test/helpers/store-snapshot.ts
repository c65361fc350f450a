import { createHash } from 'crypto';
import type { BlobStore } from '../../src/store/blob-store';

/** Every key under `prefix` with the sha256 of its bytes: two stores are byte-identical when their snapshots are equal. */
export async function snapshotStore(store: BlobStore, prefix = ''): Promise<Record<string, string>> {
  const snapshot: Record<string, string> = {};
  for (const key of await store.list(prefix)) snapshot[key] = createHash('sha256').update(await store.get(key)).digest('hex');
  return snapshot;
}
