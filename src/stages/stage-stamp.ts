import { createHash } from 'crypto';
import { z } from 'zod';
import type { BlobStore } from '../store/blob-store';
import { canonicalJson } from './canonical-json';
import { putJson } from './json-blob';
import { readIfPresent } from './run-scoped-store';
import type { StageResult } from './stage-result';

/**
 * The stamp a stage leaves once it has succeeded: which version of it ran on which inputs, and
 * what it wrote. A later run with the same version and inputs, whose outputs are still as written,
 * skips the work (run-stage.ts).
 *
 * Stamps live at `events/<eventId>/stamps/<stampName>.json`. This extends CONTRACT.md's output
 * layout compatibly: a new folder beside the listed files, none of which changes; a reader of the
 * layout that does not know stamps never has to open them.
 *
 * A stamp holds no time, run id or host name, so a queue worker and `recap process` given the
 * same inputs write the same bytes, and a store's stamps can be compared across machines.
 */

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/** One blob a stage read; sha256 null: the blob was absent, which the stage allows (e.g. no segments.jsonl). */
export const StampInput = z.strictObject({ key: z.string(), sha256: Sha256Hex.nullable() });
export type StampInput = z.infer<typeof StampInput>;

export const StampOutput = z.strictObject({ key: z.string(), sha256: Sha256Hex });
export type StampOutput = z.infer<typeof StampOutput>;

export const StageStamp = z.strictObject({
  /** the stage's name in the registry, e.g. "align-event" */
  stage: z.string(),
  /** the stage's version, its generators' versions folded in (stage-registry.ts) */
  version: z.string(),
  /** sha256 of the version, the job and every input (inputsHash below) */
  inputsHash: Sha256Hex,
  /** inputs in the order the stage lists them */
  inputs: z.array(StampInput),
  /** outputs in the order the stage wrote them, hashed as stored after the run */
  outputs: z.array(StampOutput),
  /** the stage's progress line, e.g. "align: 4 sessions" */
  summary: z.string(),
  counts: z.record(z.string(), z.number()),
});
export type StageStamp = z.infer<typeof StageStamp>;

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The hash a stamp is matched on, and the inputs it covers. */
export interface InputsDigest {
  inputsHash: string;
  inputs: StampInput[];
}

/**
 * Hashes what decides a stage's outputs: its version, its job (canonical JSON, so key order does
 * not matter) and each input key with its content's sha256, or null when the blob is absent.
 * The three go into one JSON array, so no two different lists of them give the same text.
 */
export async function digestInputs(store: BlobStore, version: string, job: unknown, inputKeys: readonly string[]): Promise<InputsDigest> {
  const inputs: StampInput[] = [];
  for (const key of inputKeys) {
    const bytes = await readIfPresent(store, key);
    inputs.push({ key, sha256: bytes === null ? null : sha256Hex(bytes) });
  }
  const inputsHash = sha256Hex(canonicalJson([version, job, inputs.map((i) => [i.key, i.sha256])]));
  return { inputsHash, inputs };
}

/** The stored stamp, or undefined when there is none or it cannot be read as one (it is then rewritten). */
export async function readStamp(store: BlobStore, key: string): Promise<StageStamp | undefined> {
  const bytes = await readIfPresent(store, key);
  if (bytes === null) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
  const parsed = StageStamp.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** True when every output the stamp records is in the store with the bytes recorded. */
export async function outputsIntact(store: BlobStore, stamp: StageStamp): Promise<boolean> {
  for (const output of stamp.outputs) {
    const bytes = await readIfPresent(store, output.key);
    if (bytes === null || sha256Hex(bytes) !== output.sha256) return false;
  }
  return true;
}

/** Writes the stamp of a stage that has just succeeded; its outputs are hashed as the store now holds them. */
export async function writeStamp(store: BlobStore, key: string, stage: string, version: string, digest: InputsDigest, result: StageResult): Promise<StageStamp> {
  const outputs: StampOutput[] = [];
  for (const output of result.outputKeys) outputs.push({ key: output, sha256: sha256Hex(await store.get(output)) });
  const stamp: StageStamp = { stage, version, inputsHash: digest.inputsHash, inputs: digest.inputs, outputs, summary: result.summary, counts: result.counts };
  await putJson(store, key, StageStamp, stamp);
  return stamp;
}
