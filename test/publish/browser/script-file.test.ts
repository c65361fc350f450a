import { scriptFile } from '../../../src/publish/browser/script-file';

/** esbuild's name-keeping helper, as a function compiled by tsx calls it (defined around the module, not in the function). */
declare function __name<T>(fn: T, name: string): T;

/** Runs a script file's text as a page would: on its own, with nothing of this module around it. */
function runAlone(text: string): void {
  new Function(text)();
}

describe('scriptFile', () => {
  afterEach(() => {
    delete (globalThis as { scriptFileOut?: unknown }).scriptFileOut;
  });

  it('runs a function that calls a bundler name helper defined outside it', () => {
    const text = scriptFile(function namesInside() {
      const double = __name((n: number) => n * 2, 'double');
      (globalThis as { scriptFileOut?: unknown }).scriptFileOut = double(21);
    });
    expect(text).toContain('__name(');
    runAlone(text);
    expect((globalThis as { scriptFileOut?: unknown }).scriptFileOut).toBe(42);
  });

  it('leaves a function with no such helper as it is', () => {
    const text = scriptFile(function plain() {
      (globalThis as { scriptFileOut?: unknown }).scriptFileOut = 'ran';
    });
    expect(text).toBe(`// recap: plain\n(${(function plain() {
      (globalThis as { scriptFileOut?: unknown }).scriptFileOut = 'ran';
    }).toString()})();\n`);
    runAlone(text);
    expect((globalThis as { scriptFileOut?: unknown }).scriptFileOut).toBe('ran');
  });
});
