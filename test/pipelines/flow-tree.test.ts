import fc from 'fast-check';
import { buildFlow } from '../../pipelines/enqueue-flow';
import { planEventPipeline, type PipelineStep } from '../../pipelines/event-pipeline';
import { flowTreeSteps, planToFlowTree, type FlowTreeNode } from '../../pipelines/flow-tree';
import { jobId, queueName } from '../../pipelines/queue-names';
import { JobPayloadError } from '../../src/stages/job-payload-error';

/** Ids of every step below `node` in the tree: the ones BullMQ finishes before it. */
function descendants(node: FlowTreeNode): Set<string> {
  const ids = new Set<string>();
  const walk = (n: FlowTreeNode) => n.children.forEach((c) => (ids.add(c.step.id), walk(c)));
  walk(node);
  return ids;
}

function nodesOf(root: FlowTreeNode): FlowTreeNode[] {
  return [root, ...root.children.flatMap(nodesOf)];
}

/** A plan of steps with arbitrary "after" edges to earlier steps (any DAG in runnable order). */
const dagPlan = fc.array(fc.array(fc.nat(), { maxLength: 4 }), { minLength: 1, maxLength: 14 }).map((edges) =>
  edges.map((after, i): PipelineStep => ({
    id: `s${i}`,
    stage: 'align-event',
    job: { eventId: 'e' },
    after: i === 0 ? [] : [...new Set(after.map((a) => `s${a % i}`))],
  })),
);

describe('the plan folded into a BullMQ flow tree', () => {
  const sources = [
    { recordingId: 'main', sourceKey: 'events/ev/recordings/main/source.vtt', fileName: 'main.vtt' },
    { recordingId: 'backup', sourceKey: 'events/ev/recordings/backup/source.srt', fileName: 'backup.srt' },
  ];

  test('the event plan: ingests under align, then split, captions, summarize, index, the pages, prune, and the site at the root', () => {
    const root = planToFlowTree(planEventPipeline('ev', sources));
    const shape = (n: FlowTreeNode): unknown => (n.children.length ? { [n.step.id]: n.children.map(shape) } : n.step.id);
    expect(shape(root)).toEqual({
      'publish-site': [{ 'prune-event': [{ 'render-pages': [{ 'index-event': [{ 'summarize-event': [{ 'publish-captions': [{ 'split-event': [{ 'align-event': ['ingest-recording.main', 'ingest-recording.backup'] }] }] }] }] }] }] }],
    });
  });

  test('any plan: one tree holding every step once, each step above every step it waits for', () => {
    fc.assert(
      fc.property(dagPlan, (steps) => {
        const root = planToFlowTree(steps);
        const nodes = nodesOf(root);
        expect(nodes.map((n) => n.step.id).sort()).toEqual(steps.map((s) => s.id).sort());
        for (const node of nodes) {
          const below = descendants(node);
          for (const dependency of node.step.after) expect(below).toContain(dependency);
        }
        // Children before parents, root last: an order a single worker could complete them in.
        const order = flowTreeSteps(root).map((s) => s.id);
        expect(order[order.length - 1]).toBe(root.step.id);
        for (const step of steps) for (const d of step.after) expect(order.indexOf(d)).toBeLessThan(order.indexOf(step.id));
      }),
      { numRuns: 300 },
    );
  });

  test('a step that waits for one not planned before it is refused', () => {
    const steps: PipelineStep[] = [{ id: 'a', stage: 'align-event', job: { eventId: 'e' }, after: ['b'] }];
    expect(() => planToFlowTree(steps)).toThrow('step "a" waits for "b", which is not planned before it');
    expect(() => planToFlowTree([])).toThrow('an empty plan has no flow');
  });

  test('the flow: stage queues, job ids without ":", validated payloads, failures reaching the root', () => {
    const { flow, jobs } = buildFlow('ev', 'run1', planEventPipeline('ev', sources, { summaryWords: 120 }), 'recap');
    expect(flow.queueName).toBe(queueName('publish-site'));
    expect(jobs.map((j) => j.jobId)).toEqual([
      'ev.run1.ingest-recording.main',
      'ev.run1.ingest-recording.backup',
      'ev.run1.align-event',
      'ev.run1.split-event',
      'ev.run1.publish-captions',
      'ev.run1.summarize-event',
      'ev.run1.index-event',
      'ev.run1.render-pages',
      'ev.run1.prune-event',
      'ev.run1.publish-site',
    ]);
    for (const job of jobs) expect(job.jobId).not.toContain(':');
    const all: Array<{ opts?: { failParentOnFailure?: boolean; attempts?: number }; data?: unknown; children?: unknown[] }> = [];
    const walk = (n: { children?: unknown[] }) => (all.push(n as never), (n.children ?? []).forEach((c) => walk(c as never)));
    walk(flow);
    expect(all).toHaveLength(10);
    for (const node of all) expect(node.opts).toMatchObject({ failParentOnFailure: true, attempts: 8 });
    expect(all.map((n) => n.data)).toContainEqual({ eventId: 'ev', summaryWords: 120 });
    expect(() => jobId('ev', 'run:1', 'align-event')).toThrow("BullMQ forbids");
  });

  test('a payload that fails its schema never becomes a job', () => {
    const bad: PipelineStep[] = [{ id: 'align-event', stage: 'align-event', job: { eventId: '../etc' }, after: [] }];
    expect(() => buildFlow('ev', 'run1', bad, 'recap')).toThrow(JobPayloadError);
    expect(() => buildFlow('ev', 'run1', bad, 'recap')).toThrow(/^align-event job: eventId: /);
  });
});
