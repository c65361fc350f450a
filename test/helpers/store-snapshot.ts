import { createHash } from 'crypto';
import { CATALOGUE_STAMP_KEY } from '../../src/model/event-layout';
import type { BlobStore } from '../../src/store/blob-store';

/** Every key under `prefix` with the sha256 of its bytes: two stores are byte-identical when their snapshots are equal. */
export async function snapshotStore(store: BlobStore, prefix = ''): Promise<Record<string, string>> {
  const snapshot: Record<string, string> = {};
  // The catalogue's stamp is a change signal, fresh bytes on every write: two equal runs differ there.
  for (const key of (await store.list(prefix)).filter((k) => k !== CATALOGUE_STAMP_KEY)) snapshot[key] = createHash('sha256').update(await store.get(key)).digest('hex');
  return snapshot;
}
