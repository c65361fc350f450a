import { ESLint } from 'eslint';
import path from 'path';

/**
 * The layering of STYLE.md is enforced by the lint rules of eslint.config.js. These cases lint
 * small snippets as if they sat in a folder, so a rule that stops firing (or fires on a legal
 * import) fails here. The expectations are written out, not derived from the config's table.
 */
const ROOT = path.resolve(__dirname, '../..');
// The config is passed in rather than found on disk: ESLint loads a config file with a dynamic
// import, which Jest's module sandbox does not allow.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(path.join(ROOT, 'eslint.config.js'));
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: config });

async function lint(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages;
}

/** The rules that report the snippet as if it were the file `file` of the repository. */
async function rulesFired(file: string, code: string): Promise<string[]> {
  return (await lint(file, code)).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const importOf = (from: string) => `import { thing } from '${from}';\nexport const used = thing;\n`;

const CORES = ['align', 'split', 'summarize', 'search', 'publish'];
const PURE = ['model', 'text', 'formats', ...CORES, 'stages'];

describe('layering lint rules', () => {
  test.each(PURE)('src/%s imports no file-system, queue or cloud module and reads no process', async (folder) => {
    const file = `src/${folder}/example.ts`;
    for (const module of ['fs', 'node:fs/promises', 'path', 'bullmq', 'ioredis', '@aws-sdk/client-s3']) {
      expect([module, await rulesFired(file, importOf(module))]).toEqual([module, ['no-restricted-imports']]);
    }
    expect(await rulesFired(file, 'export const url = process.env.REDIS_URL;\n')).toEqual(['no-restricted-globals']);
    // a dynamic import or `import x = require()` would slip past no-restricted-imports
    expect(await rulesFired(file, "export const load = () => import('../cli/io');\n")).toEqual(['no-restricted-syntax']);
    expect(await rulesFired(file, "import fs = require('fs');\nexport const read = fs.readFileSync;\n")).toContain('no-restricted-syntax');
  });

  test.each(CORES)('src/%s imports the model, text and formats but no other core and nothing above', async (core) => {
    const file = `src/${core}/deeper/example.ts`;
    for (const below of ['../../model/track', '../../text/terms', '../../formats/timecode', `../${core}-helper`]) {
      expect([below, await rulesFired(file, importOf(below))]).toEqual([below, []]);
    }
    const forbidden = [...CORES.filter((c) => c !== core).map((c) => `../../${c}/x`), '../../store/blob-store', '../../stages/run-stage', '../../cli/io', '../../server/html', '../../../workers/logger', '../../../pipelines/queue-names'];
    for (const above of forbidden) {
      expect([above, await rulesFired(file, importOf(above))]).toEqual([above, ['no-restricted-imports']]);
    }
    const [sibling] = await lint(file, importOf(`../../${CORES.find((c) => c !== core)}/x`));
    expect(sibling!.message).toContain('the stage cores are siblings');
  });

  test('types flow down: the model imports no other folder, text does not import formats', async () => {
    expect(await rulesFired('src/model/example.ts', "import type { TextSpan } from '../text/x';\nexport type T = TextSpan;\n")).toEqual(['no-restricted-imports']);
    expect(await rulesFired('src/text/example.ts', "import type { ReadResult } from '../formats/types';\nexport type T = ReadResult;\n")).toEqual(['no-restricted-imports']);
    expect(await rulesFired('src/formats/example.ts', importOf('../text/markup'))).toEqual([]);
  });

  test('the command line may start the server, the server never imports the command line', async () => {
    const [message] = await lint('src/server/example.ts', importOf('../cli/commands/search'));
    expect(message).toMatchObject({ ruleId: 'no-restricted-imports', line: 1, message: expect.stringContaining('src/server must not import src/cli, a layer above it') });
    expect(await rulesFired('src/cli/commands/example.ts', importOf('../../server/build-server'))).toEqual([]);
    expect(await rulesFired('src/cli/commands/example.ts', importOf('fs'))).toEqual([]);
  });

  test('stages use the store port and hash with crypto; workers and pipelines sit above them', async () => {
    expect(await rulesFired('src/stages/example.ts', importOf('../store/blob-store'))).toEqual([]);
    expect(await rulesFired('src/stages/example.ts', importOf('crypto'))).toEqual([]);
    expect(await rulesFired('src/stages/example.ts', importOf('../../pipelines/queue-names'))).toEqual(['no-restricted-imports']);
    expect(await rulesFired('pipelines/example.ts', importOf('../workers/logger'))).toEqual(['no-restricted-imports']);
    expect(await rulesFired('workers/example.ts', importOf('../pipelines/queue-names'))).toEqual([]);
  });
});
