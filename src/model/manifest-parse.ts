import { ManifestError, type ManifestIssue } from './errors';
import { EventManifest } from './manifest';
import { convertZodIssues } from './manifest-issues';
import { checkManifestPins } from './manifest-pins';
import { checkManifestReferences } from './manifest-references';
import { resolveManifestTimes } from './manifest-resolve';
import type { ResolvedManifest } from './manifest-resolved';
import { formatFieldPath, readManifestSource, type ManifestSource, type PathIssue } from './manifest-source';

/**
 * Reads an event manifest (YAML or JSON text) into a ResolvedManifest, or throws one
 * ManifestError listing every problem with its line. Pure: the caller reads the file.
 *
 * Two passes, as a compiler has: first the shape of every field (all such problems at once),
 * then, on a well-formed manifest, the rules across fields (ids, references, times).
 */
export function parseManifest(text: string, fileName: string): ResolvedManifest {
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new ManifestError(fileName, [{ path: '', message: 'the file is empty' }]);
  const { source, syntaxIssues } = readManifestSource(text);
  if (!source) throw new ManifestError(fileName, syntaxIssues);

  const shaped = EventManifest.safeParse(source.data);
  if (!shaped.success) throw new ManifestError(fileName, locateIssues(source, convertZodIssues(shaped.error, source.data, EventManifest)));

  const references = checkManifestReferences(shaped.data);
  const times = resolveManifestTimes(shaped.data);
  const issues = [...references, ...checkManifestPins(shaped.data), ...times.issues];
  if (issues.length > 0 || !times.resolved) throw new ManifestError(fileName, locateIssues(source, issues));
  return times.resolved;
}

/** Issues with their lines, in the order they appear in the file (stable for equal lines). */
function locateIssues(source: ManifestSource, issues: PathIssue[]): ManifestIssue[] {
  return issues
    .map((issue) => {
      const line = source.lineOf(issue.path, issue.key);
      return { path: formatFieldPath(issue.path), ...(line !== undefined ? { line } : {}), message: issue.message };
    })
    .map((issue, order) => ({ issue, order }))
    .sort((a, b) => (a.issue.line ?? 0) - (b.issue.line ?? 0) || a.order - b.order)
    .map(({ issue }) => issue);
}
