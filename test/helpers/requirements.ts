/**
 * Tests that need something from outside the repo (redis-server, Debian's chromium, the shared
 * corpus beside the repo) say so here, in one way. Where it is missing:
 * - on a user's clone, they are skipped with a printed notice, so the rest of the suite runs;
 * - under CI=true they fail, naming what is missing: CI installs all of it (.ci/run), so a missing
 *   one is a broken CI, and twenty files skipping in silence would pass for a green run.
 */

export interface Requirement {
  /** what is needed, as the notice names it: "redis-server", "/usr/bin/chromium" */
  what: string;
  present: boolean;
  /** why it may be absent, or how to get it, for the notice */
  hint: string;
}

export type Verdict = 'run' | 'skip' | 'fail';

/** Whether the environment says this is CI (CI=true, as CI services and .ci/run set it). */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(true|1)$/i.test(env.CI ?? '');
}

/** What becomes of tests needing `requirement`: run when it is there; else skip, or fail under CI. */
export function verdictFor(requirement: Requirement, env: NodeJS.ProcessEnv = process.env): Verdict {
  if (requirement.present) return 'run';
  return isCi(env) ? 'fail' : 'skip';
}

export function missingMessage(requirement: Requirement, name: string): string {
  return `${name}: ${requirement.what} is missing (${requirement.hint})`;
}

/** `describe` for tests that need `requirement` (see the top of this file). */
export function describeNeeding(requirement: Requirement, name: string, body: () => void): void {
  const verdict = verdictFor(requirement);
  if (verdict === 'run') {
    describe(name, body);
  } else if (verdict === 'skip') {
    process.stdout.write(`[skipped] ${missingMessage(requirement, name)}\n`);
    describe.skip(name, body);
  } else {
    describe(name, () => {
      test(`needs ${requirement.what}, which CI must provide`, () => {
        throw new Error(`${missingMessage(requirement, name)}; under CI=true this fails rather than skips`);
      });
    });
  }
}

/** `test` for one test that needs `requirement`, in a file whose other tests do not. */
export function testNeeding(requirement: Requirement, name: string, fn: () => Promise<void>, timeout?: number): void {
  const verdict = verdictFor(requirement);
  if (verdict === 'run') {
    test(name, fn, timeout);
  } else if (verdict === 'skip') {
    process.stdout.write(`[skipped] ${missingMessage(requirement, name)}\n`);
    test.skip(name, fn);
  } else {
    test(name, () => {
      throw new Error(`${missingMessage(requirement, name)}; under CI=true this fails rather than skips`);
    });
  }
}
