import type { AlignEventJob } from '../src/stages/align-event-stage';
import type { IndexEventJob } from '../src/stages/index-event-stage';
import type { IngestRecordingJob } from '../src/stages/ingest-recording';
import type { SplitEventJob } from '../src/stages/split-event-stage';
import type { StoredSource } from '../src/stages/store-event-inputs';
import type { SummarizeEventJob } from '../src/stages/summarize-event-stage';

/**
 * The stage graph of one event: which stages run, with which job, after which others. The
 * in-process runner walks it today; the BullMQ flow producer will build its flow from the same
 * plan, so the two modes cannot drift.
 */

/** Each stage's job payload, by stage name. */
export interface StageJobs {
  'ingest-recording': IngestRecordingJob;
  'align-event': AlignEventJob;
  'split-event': SplitEventJob;
  'summarize-event': SummarizeEventJob;
  'index-event': IndexEventJob;
}
export type StageName = keyof StageJobs;

export type PipelineStep = {
  [S in StageName]: {
    /** unique within the plan; also a natural job id in queue mode ("ingest:main") */
    id: string;
    stage: S;
    job: StageJobs[S];
    /** ids of the steps that must finish first */
    after: string[];
  };
}[StageName];

/** Ingest fans out per recording; align waits for every ingest; split (transcripts, segments) for align. Steps come in a runnable order. */
/** What the command line lets a user set for the stages of one run. */
export interface PipelineOptions {
  /** cap of the event summary, in words */
  summaryWords?: number;
}

export function planEventPipeline(eventId: string, sources: StoredSource[], options: PipelineOptions = {}): PipelineStep[] {
  const ingests: PipelineStep[] = sources.map((source) => ({
    id: `ingest:${source.recordingId}`,
    stage: 'ingest-recording',
    job: { eventId, recordingId: source.recordingId, sourceKey: source.sourceKey, fileName: source.fileName },
    after: [],
  }));
  const align: PipelineStep = { id: 'align', stage: 'align-event', job: { eventId }, after: ingests.map((s) => s.id) };
  const split: PipelineStep = { id: 'split', stage: 'split-event', job: { eventId }, after: [align.id] };
  // The search index reads the split stage's segments.jsonl (and no-ops without it).
  const index: PipelineStep = { id: 'index', stage: 'index-event', job: { eventId }, after: [split.id] };
  const summarize: PipelineStep = {
    id: 'summarize',
    stage: 'summarize-event',
    job: options.summaryWords !== undefined ? { eventId, summaryWords: options.summaryWords } : { eventId },
    after: [split.id],
  };
  return [...ingests, align, split, summarize, index];
}
