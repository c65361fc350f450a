import type { z } from 'zod';
import type { BlobStore } from '../store/blob-store';

/**
 * JSON outputs as recap writes them: validated by their schema first, keys in the schema's order
 * (zod builds its output in shape order, whatever order the producer used), 2-space indent and a
 * final newline. The same value therefore always gives the same bytes.
 */
export function toStableJson<S extends z.ZodType>(schema: S, value: z.input<S>): string {
  return `${JSON.stringify(schema.parse(value), null, 2)}\n`;
}

export async function putJson<S extends z.ZodType>(store: BlobStore, key: string, schema: S, value: z.input<S>): Promise<void> {
  await store.put(key, toStableJson(schema, value));
}

/** Reads and validates a JSON blob written by an earlier stage. */
export async function getJson<S extends z.ZodType>(store: BlobStore, key: string, schema: S): Promise<z.output<S>> {
  const text = (await store.get(key)).toString('utf8');
  return schema.parse(JSON.parse(text));
}
