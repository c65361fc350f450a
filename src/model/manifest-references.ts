import type { EventManifest } from './manifest';
import type { PathIssue } from './manifest-source';
import { didYouMean } from './manifest-suggest';

/**
 * The manifest's id rules across fields: session ids unique, recording ids unique (they name
 * folders and S3 keys), and every `recordings[].sessions` entry naming an agenda session.
 */

function duplicateIds(items: ReadonlyArray<{ id: string }>, list: 'sessions' | 'recordings', what: string): PathIssue[] {
  const firstAt = new Map<string, number>();
  const issues: PathIssue[] = [];
  items.forEach((item, i) => {
    const first = firstAt.get(item.id);
    if (first === undefined) firstAt.set(item.id, i);
    else issues.push({ path: [list, i, 'id'], message: `duplicate ${what} id "${item.id}" (also ${list}[${first}])` });
  });
  return issues;
}

/** How many session ids a message lists when it cannot guess the intended one. */
const LISTED_IDS = 8;

function unknownSessionReferences(manifest: EventManifest): PathIssue[] {
  const ids = manifest.sessions.map((s) => s.id);
  const known = new Set(ids);
  const listed = ids.length > LISTED_IDS ? `${ids.slice(0, LISTED_IDS).join(', ')}, ...` : ids.join(', ');
  return manifest.recordings.flatMap((recording, r) =>
    (recording.sessions ?? []).flatMap((id, k) => {
      if (known.has(id)) return [];
      const hint = didYouMean(id, ids) || ` (sessions: ${listed})`;
      return [{ path: ['recordings', r, 'sessions', k], message: `"${id}" is not a session of this manifest${hint}` }];
    }),
  );
}

export function checkManifestReferences(manifest: EventManifest): PathIssue[] {
  return [...duplicateIds(manifest.sessions, 'sessions', 'session'), ...duplicateIds(manifest.recordings, 'recordings', 'recording'), ...unknownSessionReferences(manifest)];
}
