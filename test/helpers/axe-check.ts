import { readFileSync } from 'fs';
import path from 'path';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

/**
 * axe-core run inside a page of a browser test (evaluate is not page script, so the page's own
 * CSP stays in force): serious and critical violations fail, the rest are printed to be seen.
 */

const AXE_SOURCE = path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js');

function describeViolation(v: Result): string {
  const nodes = v.nodes
    .slice(0, 3)
    .map((n) => n.target.join(' '))
    .join(', ');
  return `${v.impact ?? 'unknown'} ${v.id}: ${v.help} (${v.nodes.length} element${v.nodes.length === 1 ? '' : 's'}: ${nodes})`;
}

export async function expectAxeClean(page: Page, name: string): Promise<void> {
  await page.evaluate(readFileSync(AXE_SOURCE, 'utf8'));
  const results = (await page.evaluate("axe.run(document, { resultTypes: ['violations'] })")) as AxeResults;
  // Proof that the rules ran on this page, not that an empty list came back from nowhere.
  expect(results.passes.length).toBeGreaterThan(10);
  const violations = results.violations;
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  process.stdout.write(`axe-core on ${name}: ${violations.length === 0 ? 'no violations' : violations.map(describeViolation).join('; ')}\n`);
  expect([name, blocking.map(describeViolation)]).toEqual([name, []]);
}
