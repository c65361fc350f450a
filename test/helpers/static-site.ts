import { spawn, type ChildProcess } from 'child_process';
import { existsSync } from 'fs';
import path from 'path';
import type { Requirement } from './requirements';
import { sleep } from './processes';
import { freePort } from './redis-server';

/**
 * A published folder served the way most organisers host it: by a plain static file server that
 * knows nothing of recap (Python's http.server from Debian's python3, as on a laptop or behind any
 * web server), so the browser tests show the site works without `recap serve`. It answers byte
 * ranges as every real host does (static-server.py): a video player seeks with them.
 */

const PYTHON = '/usr/bin/python3';
export const STATIC_SERVER_REQUIREMENT: Requirement = { what: `${PYTHON} (http.server)`, present: existsSync(PYTHON), hint: 'Debian ships python3' };

export interface StaticSite {
  /** http://127.0.0.1:<port>/ : the folder's root */
  url: string;
  close(): Promise<void>;
}


async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { method: 'HEAD' });
    return true;
  } catch {
    return false;
  }
}

/** Serves `dir` on a free port of 127.0.0.1 until close(). */
export async function serveStatic(dir: string): Promise<StaticSite> {
  const port = await freePort();
  const child: ChildProcess = spawn(PYTHON, [path.join(__dirname, 'static-server.py'), String(port), dir], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => void (stderr += d.toString()));
  const url = `http://127.0.0.1:${port}/`;
  const until = Date.now() + 20_000;
  while (!(await answers(url))) {
    if (child.exitCode !== null || Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`static server did not start on ${url}: ${stderr.slice(-500)}`);
    }
    await sleep(50);
  }
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
