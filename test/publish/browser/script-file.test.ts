import { scriptFile } from '../../../src/publish/browser/script-file';

describe('a site script file', () => {
  it('runs its function once, standing alone', () => {
    const text = scriptFile(function main() {
      (globalThis as { ranTimes?: number }).ranTimes = ((globalThis as { ranTimes?: number }).ranTimes ?? 0) + 1;
    });
    new Function(text)();
    expect((globalThis as { ranTimes?: number }).ranTimes).toBe(1);
  });

  it('runs a function compiled by esbuild with kept names (tsx), which calls a __name helper of the compiled module', () => {
    // What esbuild's keepNames makes of a function holding a named inner function.
    const compiled = new Function('return function main() { function inner() { return 2; } __name(inner, "inner"); globalThis.innerResult = inner(); }')() as () => void;
    new Function(scriptFile(compiled))();
    expect((globalThis as { innerResult?: number }).innerResult).toBe(2);
  });

  it('refuses what is not a function declaration', () => {
    expect(() => scriptFile(() => undefined)).toThrow(/function declaration/);
  });
});
