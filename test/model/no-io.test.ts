import { readdirSync, readFileSync } from 'fs';
import path from 'path';

/**
 * The model, the stages and the publishing core stay free of I/O: they reach files only through a BlobStore, so the
 * same code runs on a folder and on S3 (STYLE.md). The command line and the stores do the I/O.
 */
const FOLDERS = ['src/model', 'src/stages', 'src/publish'];
const IO = /from '(node:)?(fs|fs\/promises)'|require\('(node:)?fs'\)|process\.env/;

test.each(FOLDERS)('%s imports no fs and reads no environment', (folder) => {
  const dir = path.resolve(__dirname, '../..', folder);
  const offenders = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts') && IO.test(readFileSync(path.join(dir, f), 'utf8')));
  expect(offenders).toEqual([]);
});
