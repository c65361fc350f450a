import { readFileSync } from 'fs';
import type { AxeResults, Result } from 'axe-core';
import path from 'path';
import type { Page } from 'playwright-core';

/** axe-core as shipped by its package, run inside the page under test. */
const AXE_SOURCE = path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js');

/** axe-core's violations of one page, the page's own CSP left in force (evaluate is not page script). */
async function axeViolations(page: Page): Promise<Result[]> {
  await page.evaluate(readFileSync(AXE_SOURCE, 'utf8'));
  const results = (await page.evaluate("axe.run(document, { resultTypes: ['violations'] })")) as AxeResults;
  // Proof that the rules ran on this page, not that an empty list came back from nowhere.
  expect(results.passes.length).toBeGreaterThan(10);
  return results.violations;
}

function describeViolation(v: Result): string {
  return `${v.impact ?? 'unknown'} ${v.id}: ${v.help} (${v.nodes.length} element${v.nodes.length === 1 ? '' : 's'}: ${v.nodes
    .slice(0, 3)
    .map((n) => n.target.join(' '))
    .join(', ')})`;
}

/** Fails on serious or critical violations; prints the rest so they are seen, not hidden. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const violations = await axeViolations(page);
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const minor = violations.filter((v) => !blocking.includes(v));
  process.stdout.write(`axe-core on ${name}: ${violations.length === 0 ? 'no violations' : violations.map(describeViolation).join('; ')}\n`);
  expect([name, blocking.map(describeViolation)]).toEqual([name, []]);
  expect(minor.every((v) => v.impact === 'minor' || v.impact === 'moderate' || v.impact === null)).toBe(true);
}
