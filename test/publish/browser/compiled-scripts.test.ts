import path from 'path';
import { interactiveTranscript } from '../../../src/publish/browser/interactive-transcript';
import { scriptFile } from '../../../src/publish/browser/script-file';
import { siteSearch } from '../../../src/publish/browser/site-search-script';
import { expectGolden } from '../../helpers/golden';

/**
 * The site's script files are published from src/publish/browser/compiled-scripts.ts, the text of
 * each script function as compiled here, kept in the repo: a function's text depends on the
 * compiler that runs recap (tsc for dist/, esbuild under tsx, SWC under Jest), and the same inputs
 * must give the same bytes whichever runs the stage (a queue worker and `recap process` agree,
 * a re-run is skipped). This test fails when a script function changed and the file was not made
 * anew: `UPDATE_GOLDEN=1 npx jest test/publish/browser/compiled-scripts.test.ts`.
 */
const SCRIPTS: Array<[string, () => void | Promise<void>]> = [
  ['INTERACTIVE_TRANSCRIPT_SCRIPT', interactiveTranscript],
  ['SITE_SEARCH_SCRIPT', siteSearch],
];

function compiledModule(): string {
  const lines = [
    '// Made by test/publish/browser/compiled-scripts.test.ts (UPDATE_GOLDEN=1) from the script functions',
    '// of this folder: the published text of each site script file. Do not edit by hand.',
    ...SCRIPTS.map(([name, fn]) => `export const ${name} = ${JSON.stringify(scriptFile(fn))};`),
  ];
  return `${lines.join('\n')}\n`;
}

test('the published script files are the script functions as they are now', () => {
  expectGolden(path.resolve(__dirname, '../../../src/publish/browser'), 'compiled-scripts.ts', compiledModule(), 'test/publish/browser/compiled-scripts.test.ts');
});
