import type { CaptionCase, ProfileName } from '../src/publish/caption-profiles';
import { STAGES, type StageJobs, type StageName } from '../src/stages/stage-registry';
import type { StoredSource } from '../src/stages/store-event-inputs';

/**
 * The stage graph of one event: which stages run, with which job, after which others. The
 * in-process runner (run-in-process.ts) walks it and the BullMQ flow producer (enqueue-flow.ts)
 * builds its flow from the same plan, so the two modes cannot drift.
 */

export type { StageJobs, StageName };

export type PipelineStep = {
  [S in StageName]: {
    /**
     * unique within the plan, and the stage's stamp name ("ingest-recording.main", "align-event");
     * part of the job id in queue mode, so never ':' (BullMQ forbids it in ids)
     */
    id: string;
    stage: S;
    job: StageJobs[S];
    /** ids of the steps that must finish first */
    after: string[];
  };
}[StageName];

/** What the command line lets a user set for the stages of one run. */
export interface PipelineOptions {
  /** cap of the event summary, in words */
  summaryWords?: number;
  /** caption profile of the session caption files (default "default") */
  profile?: ProfileName;
  /** refuse implausible input (the align stage's warnings) instead of publishing it */
  strict?: boolean;
  /** case of the session caption files when not the profile's (textCase) */
  captionCase?: CaptionCase;
}

/**
 * Ingest fans out per recording; align waits for every ingest; split (transcripts, segments) for
 * align; captions, summaries and the search index for split; the pages for split, the summaries and
 * the captions. Steps come in a runnable order. Prune waits for all the others: it deletes what the
 * plan no longer produces, so it must only run once every step has succeeded. The site's files come last.
 */
export function planEventPipeline(eventId: string, sources: StoredSource[], options: PipelineOptions = {}): PipelineStep[] {
  const ingests: PipelineStep[] = sources.map((source) => {
    const job = { eventId, recordingId: source.recordingId, sourceKey: source.sourceKey, fileName: source.fileName };
    return { id: STAGES['ingest-recording'].stampName(job), stage: 'ingest-recording', job, after: [] };
  });
  const alignJob = options.strict ? { eventId, strict: true } : { eventId };
  const align: PipelineStep = { id: STAGES['align-event'].stampName(alignJob), stage: 'align-event', job: alignJob, after: ingests.map((s) => s.id) };
  const split: PipelineStep = { id: STAGES['split-event'].stampName({ eventId }), stage: 'split-event', job: { eventId }, after: [align.id] };
  // Captions need only align's output; after split, the flow tree stays one chain.
  const captionsJob = { eventId, profile: options.profile ?? 'default', ...(options.captionCase ? { captionCase: options.captionCase } : {}) } as const;
  const captions: PipelineStep = { id: STAGES['publish-captions'].stampName(captionsJob), stage: 'publish-captions', job: captionsJob, after: [split.id] };
  // The search index reads the split stage's segments.jsonl (and no-ops without it).
  const index: PipelineStep = { id: STAGES['index-event'].stampName({ eventId }), stage: 'index-event', job: { eventId }, after: [split.id] };
  const summarizeJob = options.summaryWords !== undefined ? { eventId, summaryWords: options.summaryWords } : { eventId };
  const summarize: PipelineStep = { id: STAGES['summarize-event'].stampName(summarizeJob), stage: 'summarize-event', job: summarizeJob, after: [split.id] };
  // The pages show the summaries next to the transcripts, carry an anchor per search segment and offer the captions stage's files.
  const pages: PipelineStep = { id: STAGES['render-pages'].stampName({ eventId }), stage: 'render-pages', job: { eventId }, after: [split.id, summarize.id, captions.id] };
  const steps = [...ingests, align, split, captions, summarize, index, pages];
  const pruneJob = { eventId, keepStamps: steps.map((s) => s.id) };
  const prune: PipelineStep = { id: STAGES['prune-event'].stampName(pruneJob), stage: 'prune-event', job: pruneJob, after: steps.map((s) => s.id) };
  // The site's root pages and search index, from every published event of the store: after
  // prune, so they show this event as the manifest now has it. Not in keepStamps: it keeps no
  // stamp, and its outputs lie outside the event's folder, which is all prune lists.
  const site: PipelineStep = { id: STAGES['publish-site'].stampName({ eventId }), stage: 'publish-site', job: { eventId }, after: [prune.id] };
  return [...steps, prune, site];
}
