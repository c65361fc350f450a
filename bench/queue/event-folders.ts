import { cpSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';

export const FIXTURE = path.resolve(__dirname, '../../fixtures/itu-forum-2021-04-23');

/**
 * `count` copies of the fixture event under ids bench-1..bench-<count> (only the manifest's
 * `id:` line changes), so every event has the same work to do and none shares outputs with another.
 */
export function makeEventFolders(into: string, count: number): string[] {
  const folders: string[] = [];
  for (let i = 1; i <= count; i++) {
    const id = `bench-${i}`;
    const target = path.join(into, id);
    cpSync(FIXTURE, target, { recursive: true });
    const manifest = path.join(target, 'event.yaml');
    const text = readFileSync(manifest, 'utf8');
    const changed = text.replace(/^id: .*$/m, `id: ${id}`);
    if (changed === text) throw new Error(`${manifest} has no top-level "id:" line`);
    writeFileSync(manifest, changed);
    folders.push(target);
  }
  return folders;
}
