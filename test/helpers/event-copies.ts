import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';

/**
 * A copy of a fixture event folder under another event id (the manifest's `id:` line changed,
 * nothing else), so one test can run several events with the same work to do.
 */
export function copyEvent(source: string, newId: string, into: string = mkdtempSync(path.join(tmpdir(), 'recap-event-'))): string {
  const target = path.join(into, newId);
  cpSync(source, target, { recursive: true });
  const manifest = path.join(target, 'event.yaml');
  const text = readFileSync(manifest, 'utf8');
  const changed = text.replace(/^id: .*$/m, `id: ${newId}`);
  if (changed === text) throw new Error(`${manifest} has no top-level "id:" line`);
  writeFileSync(manifest, changed);
  return target;
}
