import { manifestKey, sourceKey } from '../model/event-layout';
import { ResolvedManifest } from '../model/manifest-resolved';
import type { BlobStore } from '../store/blob-store';
import { putJson } from './json-blob';

/** A recording's caption file as received: its bytes and the name it had (for messages and to tell its format). */
export interface CaptionInput {
  recordingId: string;
  fileName: string;
  bytes: Uint8Array;
}

/** Where a recording's caption file was stored, for the ingest stage to read. */
export interface StoredSource {
  recordingId: string;
  sourceKey: string;
  fileName: string;
}

/**
 * Puts an event's inputs into the store before any stage runs: manifest.json (resolved) and each
 * caption file byte for byte as source.caption. Stored first, so that a caption file the ingest
 * then refuses is still there to look at. `recap process` calls this; in queue mode, enqueue does.
 */
export async function storeEventInputs(store: BlobStore, manifest: ResolvedManifest, captions: CaptionInput[]): Promise<StoredSource[]> {
  await putJson(store, manifestKey(manifest.id), ResolvedManifest, manifest);
  const sources: StoredSource[] = [];
  for (const recording of manifest.recordings) {
    const input = captions.find((c) => c.recordingId === recording.id);
    if (!input) throw new Error(`no caption bytes given for recording "${recording.id}"`);
    const key = sourceKey(manifest.id, recording.id);
    await store.put(key, input.bytes);
    sources.push({ recordingId: recording.id, sourceKey: key, fileName: input.fileName });
  }
  return sources;
}
