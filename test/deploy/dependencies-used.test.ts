import { readdirSync, readFileSync } from 'fs';
import path from 'path';

/**
 * Every dependency in package.json is used by the product, a test, a benchmark or an evaluation:
 * its code imports or requires it somewhere. Tooling that only configuration or npm scripts use
 * is listed below with the file that uses it, and that file is checked to name it.
 */
const ROOT = path.resolve(__dirname, '../..');
const CODE_FOLDERS = ['src', 'workers', 'pipelines', 'bin', 'test', 'bench', 'eval'];

interface PackageJson {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as PackageJson;

/** Tooling no source file imports: the file that uses each, and what in it names the tool. */
const TOOLING: Record<string, { file: string; names: string }> = {
  '@eslint/js': { file: 'eslint.config.js', names: "require('@eslint/js')" },
  'typescript-eslint': { file: 'eslint.config.js', names: "require('typescript-eslint')" },
  jest: { file: 'package.json', names: '&& jest' },
  '@swc/jest': { file: 'jest.config.js', names: "'@swc/jest'" },
  // @swc/jest runs SWC through this peer dependency (checked below)
  '@swc/core': { file: 'node_modules/@swc/jest/package.json', names: '"@swc/core"' },
  typescript: { file: 'package.json', names: '"typecheck": "tsc' },
  tsx: { file: 'package.json', names: '"bench:parse": "tsx' },
  '@types/node': { file: 'tsconfig.json', names: '"node"' },
  '@types/jest': { file: 'tsconfig.json', names: '"jest"' },
  // an ES module only: a child Node process imports it, found where Node resolves the package
  pagefind: { file: 'pipelines/pagefind-indexer.ts', names: "require.resolve.paths('pagefind')" },
};

function codeFiles(): string[] {
  return CODE_FOLDERS.flatMap((folder) =>
    readdirSync(path.join(ROOT, folder), { recursive: true })
      .map(String)
      .filter((f) => /\.(?:ts|js|mjs|cjs)$/.test(f))
      .map((f) => path.join(ROOT, folder, f))
      // this file names every tool in its table and its examples
      .filter((f) => f !== __filename),
  );
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** `from 'pkg'`, `from "pkg/sub"`, `require('pkg')`, `import('pkg')`, `import 'pkg'`. */
const usePattern = (name: string) => new RegExp(`(?:\\bfrom\\s*|\\brequire\\s*\\(\\s*|\\bimport\\s*\\(\\s*|\\bimport\\s+)['"]${escapeRegExp(name)}(?:/[^'"]*)?['"]`);

describe('package.json lists only dependencies that are used', () => {
  const sources = codeFiles().map((f) => readFileSync(f, 'utf8'));
  const imported = (name: string) => sources.some((text) => usePattern(name).test(text));
  const names = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)].sort();

  test.each(names)('%s', (name) => {
    const tool = TOOLING[name];
    if (tool) {
      expect(imported(name)).toBe(false); // else it needs no entry here
      expect(readFileSync(path.join(ROOT, tool.file), 'utf8')).toContain(tool.names);
      return;
    }
    // @types/x is used where x is
    const used = name.startsWith('@types/') ? imported(name.slice('@types/'.length)) : imported(name);
    expect({ name, used }).toEqual({ name, used: true });
  });

  test('the pattern finds the forms of import the code uses, and only whole package names', () => {
    expect(usePattern('natural').test("import { X } from 'natural/lib/natural/distance';")).toBe(true);
    expect(usePattern('ioredis').test("const { Redis } = await import('ioredis');")).toBe(true);
    expect(usePattern('axe-core').test("require.resolve('axe-core')")).toBe(false);
    expect(usePattern('yaml').test("import YAML from 'yaml-extra';")).toBe(false);
    expect(usePattern('@bull-board/api').test("import { createBullBoard } from '@bull-board/api';")).toBe(true);
  });
});
