import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { planEventPipeline, type PipelineOptions } from '../../pipelines/event-pipeline';
import { runInProcess } from '../../pipelines/run-in-process';
import { loadManifestFile } from '../../src/cli/load-manifest';
import { readCaptionInputs } from '../../src/cli/read-caption-inputs';
import type { ResolvedManifest } from '../../src/model/manifest-resolved';
import type { StageOutcome } from '../../src/stages/run-stage';
import { storeEventInputs, type CaptionInput } from '../../src/stages/store-event-inputs';
import { FsBlobStore } from '../../src/store/fs-store';
import { copyItuStore, ITU_FIXTURE } from '../helpers/fixture-store';

/** An event as `recap process` reads it: the manifest and each recording's caption bytes. */
export interface EventInputs {
  manifest: ResolvedManifest;
  captions: CaptionInput[];
}

export async function loadEvent(target: string = ITU_FIXTURE): Promise<EventInputs> {
  const loaded = loadManifestFile(target);
  return { manifest: loaded.manifest, captions: await readCaptionInputs(loaded, {}) };
}

/** The same event with one recording's caption bytes replaced (same file name). */
export function withCaptions(event: EventInputs, recordingId: string, bytes: string | Buffer): EventInputs {
  const captions = event.captions.map((c) => (c.recordingId === recordingId ? { ...c, bytes: Buffer.from(bytes) } : c));
  return { ...event, captions };
}

const roots: string[] = [];

/** A store in a new temp folder; removeStores() deletes them all (call it in afterAll). */
export function newStore(): FsBlobStore {
  const root = mkdtempSync(path.join(tmpdir(), 'recap-stages-'));
  roots.push(root);
  return new FsBlobStore(root);
}

/** A new temp store holding what `recap process` writes for the ITU fixture (a copy of the shared build). */
export async function processedItuStore(): Promise<FsBlobStore> {
  const store = newStore();
  await copyItuStore(store.root);
  return store;
}

export function removeStores(): void {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** Stores the inputs and runs every step in process, as `recap process` does; outcomes by step id. */
export async function processEvent(store: FsBlobStore, event: EventInputs, options: PipelineOptions = {}): Promise<Map<string, StageOutcome>> {
  const sources = await storeEventInputs(store, event.manifest, event.captions);
  return runInProcess(store, planEventPipeline(event.manifest.id, sources, options));
}

/** The plan's last step: it runs every time (it has no stamp to skip by), so the lists below leave it out. */
export const PRUNE_STEP = 'prune-event';
/** The site's root files, rebuilt from the whole store on every run (unstamped, as prune). */
export const SITE_STEP = 'publish-site';
const ALWAYS_RUN = new Set([PRUNE_STEP, SITE_STEP]);

/** Ids of the stamped steps (all but prune and the site) that were skipped / were run. */
export function skippedSteps(outcomes: Map<string, StageOutcome>): string[] {
  return [...outcomes].filter(([id, o]) => !ALWAYS_RUN.has(id) && o.skipped).map(([id]) => id);
}
export function ranSteps(outcomes: Map<string, StageOutcome>): string[] {
  return [...outcomes].filter(([id, o]) => !ALWAYS_RUN.has(id) && !o.skipped).map(([id]) => id);
}

/** Every file of a store with its bytes, by key. */
export function snapshot(store: FsBlobStore): Map<string, Buffer> {
  const files = readdirSync(store.root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  return new Map(files.map((f) => [path.relative(store.root, f).split(path.sep).join('/'), readFileSync(f)]));
}
