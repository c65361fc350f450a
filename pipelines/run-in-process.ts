import { alignEventStage, AlignEventJob } from '../src/stages/align-event-stage';
import { indexEventStage, IndexEventJob } from '../src/stages/index-event-stage';
import { ingestRecording, IngestRecordingJob } from '../src/stages/ingest-recording';
import { splitEventStage, SplitEventJob } from '../src/stages/split-event-stage';
import type { StageResult } from '../src/stages/stage-result';
import { summarizeEventStage, SummarizeEventJob } from '../src/stages/summarize-event-stage';
import type { BlobStore } from '../src/store/blob-store';
import type { PipelineStep } from './event-pipeline';

/** Runs one step: its job is validated as a queue worker would, then the stage is called. */
function runStep(store: BlobStore, step: PipelineStep): Promise<StageResult> {
  switch (step.stage) {
    case 'ingest-recording':
      return ingestRecording(store, IngestRecordingJob.parse(step.job));
    case 'align-event':
      return alignEventStage(store, AlignEventJob.parse(step.job));
    case 'split-event':
      return splitEventStage(store, SplitEventJob.parse(step.job));
    case 'summarize-event':
      return summarizeEventStage(store, SummarizeEventJob.parse(step.job));
    case 'index-event':
      return indexEventStage(store, IndexEventJob.parse(step.job));
  }
}

/**
 * Runs a plan's steps one after another in this process, each once its `after` steps are done.
 * The first failing step stops the run and its error propagates (a CaptionInputError keeps its
 * message for the command line). Results come back by step id.
 */
export async function runInProcess(
  store: BlobStore,
  steps: PipelineStep[],
  onStepDone: (step: PipelineStep, result: StageResult) => void = () => undefined,
): Promise<Map<string, StageResult>> {
  const ids = new Set(steps.map((s) => s.id));
  if (ids.size !== steps.length) throw new Error('pipeline plan has duplicate step ids');
  const done = new Map<string, StageResult>();
  const pending = [...steps];
  while (pending.length > 0) {
    const index = pending.findIndex((step) => step.after.every((id) => done.has(id)));
    if (index < 0) {
      const blocked = pending.map((s) => `${s.id} (after ${s.after.filter((id) => !done.has(id)).join(', ')})`).join('; ');
      throw new Error(`pipeline plan cannot run: ${blocked}`);
    }
    const [step] = pending.splice(index, 1) as [PipelineStep];
    const result = await runStep(store, step);
    done.set(step.id, result);
    onStepDone(step, result);
  }
  return done;
}
