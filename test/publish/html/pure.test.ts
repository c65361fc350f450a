import { readdirSync, readFileSync } from 'fs';
import path from 'path';

/**
 * The page renderers are pure (STYLE.md): data in, HTML text out. They import only recap's own
 * modules and zod types, never fs, the network, a clock or the environment, so the same inputs
 * always give the same bytes.
 */
const DIR = path.resolve(__dirname, '../../../src/publish/html');

test('src/publish/html imports only relative modules and reads no environment, clock or file', () => {
  const offenders: string[] = [];
  let imports = 0;
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(path.join(DIR, file), 'utf8');
    for (const m of source.matchAll(/^import [^;]* from '([^']+)';$/gm)) {
      imports++;
      if (!m[1]!.startsWith('.')) offenders.push(`${file}: ${m[1]}`);
    }
    if (/process\.|Date\.now|new Date\(\)|Math\.random|require\(/.test(source)) offenders.push(`${file}: environment, clock or require`);
  }
  expect(imports).toBeGreaterThan(20);
  expect(offenders).toEqual([]);
});
