import type { z } from 'zod';
import { ALIGN_GENERATOR } from '../align/align-event';
import { alignmentKey, manifestKey, segmentsKey, stampKey, trackKey, transcriptKey, warningsKey } from '../model/event-layout';
import { PLAUSIBILITY_GENERATOR } from '../model/input-warning';
import { ResolvedManifest } from '../model/manifest-resolved';
import { INGEST_GENERATOR } from '../model/track';
import { PAGES_GENERATOR } from '../publish/html/page-shell';
import { REFLOW_GENERATOR } from '../publish/reflow';
import { CHAPTERS_GENERATOR } from '../publish/chapters';
import { SPEAKERS_GENERATOR } from '../model/speaker-transcript';
import { SPLIT_GENERATOR } from '../model/transcript';
import { SEARCH_INDEX_FORMAT } from '../search/inverted-index';
import { LANGUAGES_GENERATOR } from '../text/language/registry';
import type { BlobStore } from '../store/blob-store';
import { SUMMARIZE_GENERATOR } from '../summarize/types';
import { AlignEventJob, alignEventStage } from './align-event-stage';
import { IndexEventJob, indexEventStage } from './index-event-stage';
import { ingestRecording, IngestRecordingJob } from './ingest-recording';
import { getJson } from './json-blob';
import { PublishCaptionsJob, publishCaptionsStage } from './publish-captions-stage';
import { PruneEventJob, pruneEventStage } from './prune-event-stage';
import { PublishSiteJob, publishSiteStage } from './publish-site-stage';
import type { SiteIndexer } from './site-indexer';
import { SITE_SEARCH_RECORDS } from '../publish/site/search-records';
import { RenderPagesJob, renderPagesInputKeys, renderPagesStage } from './render-pages-stage';
import { SplitEventJob, splitEventStage } from './split-event-stage';
import type { StageResult } from './stage-result';
import { SummarizeEventJob, summarizeEventStage } from './summarize-event-stage';
import { DEFAULT_LIMITS, type Limits } from '../model/limits';

/**
 * Every pipeline stage by name: its job schema, its version, the function that does the work,
 * the keys it reads and the name of its stamp. The in-process runner and the queue workers both
 * call a stage through runStage (run-stage.ts), which looks it up here; adding a stage = its
 * file in src/stages and one entry below.
 */
/**
 * What the process running a stage passes to every stage besides its job: settings the operator
 * gives at start-up (read once at the edge, never from a stage), which change no output of valid input.
 */
export interface StageContext {
  /** input limits (RECAP_MAX_*): a caption file over them is refused */
  limits: Limits;
  /**
   * builds the site's static search index (it runs a program: pipelines/pagefind-indexer.ts);
   * the in-process runner and the workers give it, and publish-site fails without it
   */
  siteIndexer?: SiteIndexer;
}

export const DEFAULT_STAGE_CONTEXT: StageContext = { limits: DEFAULT_LIMITS };

export interface StageDefinition<Job extends { eventId: string }> {
  /** validates the job payload (a queue's payload is untrusted) */
  schema: z.ZodType<Job>;
  /**
   * "<stage>@<n>+<generator>@<m>...": changing it makes every stored output of the stage stale.
   * Bump the stage's own <n> when the stage code changes what it writes from the same inputs (keys,
   * rendering, defaults, which inputs it reads). The generator versions are the core modules'
   * constants, folded in here so that bumping one (as their modules do when results change)
   * invalidates this stage's outputs with no edit in this file.
   */
  version: string;
  run(store: BlobStore, job: Job, context: StageContext): Promise<StageResult>;
  /**
   * Every key the stage reads, present or not, in a stable order; a blob the stage may do
   * without (index-event's segments.jsonl) is listed all the same and hashed as absent.
   */
  inputKeys(store: BlobStore, job: Job): Promise<string[]>;
  /** names the stamp, unique within the event: "align-event", "ingest-recording.main" */
  stampName(job: Job): string;
  /**
   * true for a step that must act on every run (prune-event, publish-site): it is neither
   * skipped by a stamp nor leaves one, and it sees the whole store (it lists folders).
   */
  unstamped?: true;
}

/**
 * The stored manifest, or undefined when there is none: the stage then fails on its own with the
 * message it always gives, rather than here.
 */
async function storedManifest(store: BlobStore, eventId: string): Promise<ResolvedManifest | undefined> {
  const key = manifestKey(eventId);
  return (await store.exists(key)) ? getJson(store, key, ResolvedManifest) : undefined;
}

/** The ingest step of a recording, by the name of its stamp. */
function ingestStampName(recordingId: string): string {
  return `ingest-recording.${recordingId}`;
}

async function recordingTrackKeys(store: BlobStore, eventId: string): Promise<string[]> {
  const manifest = await storedManifest(store, eventId);
  return (manifest?.recordings ?? []).map((r) => trackKey(eventId, r.id));
}

export const STAGES = {
  'ingest-recording': {
    schema: IngestRecordingJob,
    version: `ingest-recording@2+${INGEST_GENERATOR}`,
    run: (store, job, context) => ingestRecording(store, job, context.limits),
    // The file name is in the job (hashed with it): it picks the format when the content is ambiguous.
    inputKeys: async (_store, job) => [job.sourceKey],
    stampName: (job) => ingestStampName(job.recordingId),
  } satisfies StageDefinition<IngestRecordingJob>,
  'align-event': {
    schema: AlignEventJob,
    version: `align-event@2+${ALIGN_GENERATOR}+${PLAUSIBILITY_GENERATOR}+${LANGUAGES_GENERATOR}`,
    run: alignEventStage,
    inputKeys: async (store, job) => [manifestKey(job.eventId), ...(await recordingTrackKeys(store, job.eventId))],
    stampName: (_job) => 'align-event',
  } satisfies StageDefinition<AlignEventJob>,
  'split-event': {
    schema: SplitEventJob,
    version: `split-event@2+${SPLIT_GENERATOR}+${SPEAKERS_GENERATOR}+${LANGUAGES_GENERATOR}`,
    run: splitEventStage,
    inputKeys: async (store, job) => [manifestKey(job.eventId), alignmentKey(job.eventId), ...(await recordingTrackKeys(store, job.eventId))],
    stampName: (_job) => 'split-event',
  } satisfies StageDefinition<SplitEventJob>,
  'publish-captions': {
    schema: PublishCaptionsJob,
    // Published captions carry split's casing, vocabulary and speaker resolution: its version too.
    version: `publish-captions@4+${REFLOW_GENERATOR}+${SPLIT_GENERATOR}+${CHAPTERS_GENERATOR}+${LANGUAGES_GENERATOR}`,
    run: publishCaptionsStage,
    // The profile is in the job (hashed with it).
    inputKeys: async (store, job) => [manifestKey(job.eventId), alignmentKey(job.eventId), ...(await recordingTrackKeys(store, job.eventId)), warningsKey(job.eventId)],
    stampName: (_job) => 'publish-captions',
  } satisfies StageDefinition<PublishCaptionsJob>,
  'summarize-event': {
    schema: SummarizeEventJob,
    // The default word budgets (DEFAULT_SUMMARY_WORDS) are stage code: changing them bumps @1.
    version: `summarize-event@2+${SUMMARIZE_GENERATOR}+${LANGUAGES_GENERATOR}`,
    run: summarizeEventStage,
    inputKeys: async (store, job) => {
      const manifest = await storedManifest(store, job.eventId);
      return [manifestKey(job.eventId), ...(manifest?.sessions ?? []).map((s) => transcriptKey(job.eventId, s.id))];
    },
    stampName: (_job) => 'summarize-event',
  } satisfies StageDefinition<SummarizeEventJob>,
  'index-event': {
    schema: IndexEventJob,
    version: `index-event@1+${SEARCH_INDEX_FORMAT}+${LANGUAGES_GENERATOR}`,
    run: indexEventStage,
    // Both may be absent: the stage indexes nothing without segments and links nothing without the manifest.
    inputKeys: async (_store, job) => [segmentsKey(job.eventId), manifestKey(job.eventId)],
    stampName: (_job) => 'index-event',
  } satisfies StageDefinition<IndexEventJob>,
  'render-pages': {
    schema: RenderPagesJob,
    version: `render-pages@4+${PAGES_GENERATOR}`,
    run: renderPagesStage,
    inputKeys: renderPagesInputKeys,
    stampName: (_job) => 'render-pages',
  } satisfies StageDefinition<RenderPagesJob>,
  'prune-event': {
    schema: PruneEventJob,
    version: 'prune-event@1',
    run: async (store, job) => pruneEventStage(store, job, ((await storedManifest(store, job.eventId))?.recordings ?? []).map((r) => ingestStampName(r.id))),
    inputKeys: async (_store, job) => job.keepStamps.map((name) => stampKey(job.eventId, name)),
    stampName: (_job) => 'prune-event',
    unstamped: true,
  } satisfies StageDefinition<PruneEventJob>,
  'publish-site': {
    schema: PublishSiteJob,
    // The engine's version is pagefind's, pinned in package.json.
    version: `publish-site@3+${SITE_SEARCH_RECORDS}+${PAGES_GENERATOR}`,
    run: (store, job, context) => publishSiteStage(store, job, context.siteIndexer),
    inputKeys: async () => [],
    stampName: (_job) => 'publish-site',
    // It reads every published event of the store (a listing, not keys of its own event), so it
    // runs on every run; its outputs lie at the store's root, outside every event's folder.
    unstamped: true,
  } satisfies StageDefinition<PublishSiteJob>,
};

export type StageName = keyof typeof STAGES;

/** Every stage's name, in the order of the registry. */
export const STAGE_NAMES = Object.keys(STAGES) as StageName[];

/** Each stage's job payload (as its schema outputs it), by stage name. */
export type StageJobs = { [S in StageName]: z.output<(typeof STAGES)[S]['schema']> };

/** True for a registered stage name (a queue hands names over as plain strings). */
export function isStageName(name: string): name is StageName {
  return Object.hasOwn(STAGES, name);
}
