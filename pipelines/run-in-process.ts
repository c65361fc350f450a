import { runStage, type StageOutcome } from '../src/stages/run-stage';
import type { StageContext } from '../src/stages/stage-registry';
import type { BlobStore } from '../src/store/blob-store';
import type { PipelineStep } from './event-pipeline';
import { processStageContext } from './stage-context';

/**
 * Runs a plan's steps one after another in this process, each once its `after` steps are done,
 * through runStage as a queue worker does: the job is validated, and a step whose outputs are up
 * to date is skipped (its outcome says so). The first failing step stops the run and its error
 * propagates (a CaptionInputError keeps its message for the command line). Outcomes come back
 * by step id.
 */
export async function runInProcess(
  store: BlobStore,
  steps: PipelineStep[],
  onStepDone: (step: PipelineStep, outcome: StageOutcome) => void = () => undefined,
  context: StageContext = processStageContext(),
): Promise<Map<string, StageOutcome>> {
  const ids = new Set(steps.map((s) => s.id));
  if (ids.size !== steps.length) throw new Error('pipeline plan has duplicate step ids');
  const done = new Map<string, StageOutcome>();
  const pending = [...steps];
  while (pending.length > 0) {
    const index = pending.findIndex((step) => step.after.every((id) => done.has(id)));
    if (index < 0) {
      const blocked = pending.map((s) => `${s.id} (after ${s.after.filter((id) => !done.has(id)).join(', ')})`).join('; ');
      throw new Error(`pipeline plan cannot run: ${blocked}`);
    }
    const [step] = pending.splice(index, 1) as [PipelineStep];
    const outcome = await runStage(store, step.stage, step.job, context);
    done.set(step.id, outcome);
    onStepDone(step, outcome);
  }
  return done;
}
