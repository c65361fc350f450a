import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { ManifestIssue } from './errors';

/**
 * The manifest's source text as a YAML document (JSON is YAML 1.2), kept beside the plain data
 * so that a problem found in the data can be reported at its line.
 */

export type FieldPath = ReadonlyArray<string | number>;

/** A problem at a field path; `key` marks an unknown field of the object at `path`. */
export interface PathIssue {
  path: FieldPath;
  message: string;
  key?: string;
}

export interface ManifestSource {
  /** the plain data (what JSON.parse would give for a JSON file) */
  data: unknown;
  /** 1-based line of the field at `path` (of the unknown field `key` in it), or of its nearest parent */
  lineOf(path: FieldPath, key?: string): number | undefined;
}

/** `sessions[2].people[0].role`; '' for the whole manifest. */
export function formatFieldPath(path: FieldPath): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '');
}

/**
 * Parses YAML or JSON text. Syntax errors are returned as issues with their line (the first per
 * line: later errors on a line mostly follow from the first).
 */
export function readManifestSource(text: string): { source?: ManifestSource; syntaxIssues: ManifestIssue[] } {
  const lineCounter = new LineCounter();
  // A BOM is common in files saved by Windows editors; it is not part of the text.
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const seen = new Set<number>();
    const syntaxIssues: ManifestIssue[] = [];
    for (const error of doc.errors) {
      const line = lineCounter.linePos(error.pos[0]).line;
      if (seen.has(line)) continue;
      seen.add(line);
      syntaxIssues.push({ path: '', line, message: `YAML syntax error: ${error.message}` });
    }
    return { syntaxIssues };
  }
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (e) {
    // yaml refuses alias chains that would expand without bound (a "billion laughs" file).
    return { syntaxIssues: [{ path: '', message: `YAML cannot be read: ${(e as Error).message}` }] };
  }
  return { source: { data, lineOf: (path, key) => locate(doc, path, key, lineAt) }, syntaxIssues: [] };
}

function locate(doc: Document, path: FieldPath, key: string | undefined, lineAt: (offset: number) => number): number | undefined {
  if (key !== undefined) {
    const parent = path.length === 0 ? doc.contents : doc.getIn(path, true);
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
      if (pair && isNode(pair.key) && pair.key.range) return lineAt(pair.key.range[0]);
    }
  }
  // The field itself, else the nearest enclosing object or list that is there (a missing field).
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return lineAt(node.range[0]);
  }
  return undefined;
}
