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
      // Byte ranges, as real hosts answer them (a video seeks with them).
      const part = await fetch(`${site.url}index.html`, { headers: { Range: 'bytes=3-6' } });
      expect([part.status, part.headers.get('content-range'), await part.text()]).toEqual([206, 'bytes 3-6/11', 'home']);
      const tail = await fetch(`${site.url}index.html`, { headers: { Range: 'bytes=-4' } });
      expect([tail.status, await tail.text()]).toEqual([206, '</p>']);
      expect((await fetch(`${site.url}index.html`, { headers: { Range: 'bytes=99-' } })).status).toBe(416);
    } finally {
      await site.close();
    }
  });
});
