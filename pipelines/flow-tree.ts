import type { PipelineStep } from './event-pipeline';

/**
 * A BullMQ flow is a tree: a parent job runs once all its children are done, and a job has one
 * parent. An event's plan is a graph (summarize and index both wait for split), so it is folded
 * into a tree that keeps every "after" edge: each step adopts the current top of the subtree of
 * each step it waits for. A step waited for by two others thus ends up below both, at the cost of
 * running those two one after the other instead of side by side.
 */
export interface FlowTreeNode {
  step: PipelineStep;
  children: FlowTreeNode[];
}

export function planToFlowTree(steps: PipelineStep[]): FlowTreeNode {
  if (steps.length === 0) throw new Error('an empty plan has no flow');
  const nodes = new Map<string, FlowTreeNode>();
  const parentOf = new Map<string, string>();
  const topOf = (id: string): string => {
    let current = id;
    for (let parent = parentOf.get(current); parent !== undefined; parent = parentOf.get(current)) current = parent;
    return current;
  };
  for (const step of steps) {
    if (nodes.has(step.id)) throw new Error(`plan has two steps with id "${step.id}"`);
    const node: FlowTreeNode = { step, children: [] };
    for (const dependency of step.after) {
      if (!nodes.has(dependency)) throw new Error(`step "${step.id}" waits for "${dependency}", which is not planned before it`);
      const top = topOf(dependency);
      if (top === step.id || parentOf.has(top)) continue;
      parentOf.set(top, step.id);
      node.children.push(nodes.get(top)!);
    }
    nodes.set(step.id, node);
  }
  // Steps nobody waits for (several independent ends) go under the last one: one root per event.
  const last = steps[steps.length - 1]!;
  const root = nodes.get(last.id)!;
  for (const step of steps) {
    if (step.id !== last.id && !parentOf.has(step.id)) {
      parentOf.set(step.id, last.id);
      root.children.push(nodes.get(step.id)!);
    }
  }
  return root;
}

/** Every step of a tree, children before parents (the order they can complete in). */
export function flowTreeSteps(root: FlowTreeNode): PipelineStep[] {
  return [...root.children.flatMap(flowTreeSteps), root.step];
}
