import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { describeNeeding } from './requirements';
import { serveStatic, STATIC_SERVER_REQUIREMENT } from './static-site';

describeNeeding(STATIC_SERVER_REQUIREMENT, 'a plain static file server for the browser tests', () => {
  test('serves a folder\u2019s files as they are, with JavaScript as a script type', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'recap-static-'));
    writeFileSync(path.join(dir, 'index.html'), '<p>home</p>');
    writeFileSync(path.join(dir, 'a.js'), 'export {};');
    const site = await serveStatic(dir);
    try {
      expect(await (await fetch(site.url)).text()).toBe('<p>home</p>');
      expect((await fetch(`${site.url}a.js`)).headers.get('content-type')).toMatch(/javascript/);
      expect((await fetch(`${site.url}missing.html`)).status).toBe(404);
    } finally {
      await site.close();
    }
  });
});
