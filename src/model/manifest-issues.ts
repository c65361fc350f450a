import { z } from 'zod';
import type { FieldPath, PathIssue } from './manifest-source';
import { didYouMean } from './manifest-suggest';

/**
 * Turns zod's issues into messages for the person editing the manifest: the unknown field with
 * the nearest known one, the missing field by name, and the value that has the wrong type.
 * Messages of the manifest's own checks (ids, times, zones) pass through unchanged.
 */

/** The value at a path in the plain data, or undefined when some part is missing. */
function valueAt(data: unknown, path: FieldPath): unknown {
  let value = data;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

function hasField(data: unknown, path: FieldPath): boolean {
  const parent = valueAt(data, path.slice(0, -1));
  const last = path[path.length - 1];
  return parent !== null && typeof parent === 'object' && last !== undefined && Object.prototype.hasOwnProperty.call(parent, last);
}

/** The object schema at a path (through lists, optionals, defaults and unions), for its field names. */
function objectSchemaAt(schema: z.ZodType, path: FieldPath): z.ZodObject | undefined {
  let current: z.ZodType = schema;
  for (let i = 0; ; ) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
    else if (current instanceof z.ZodUnion) {
      // a field of several forms: its fields are those of its one form that has fields
      const form = (current.options as z.ZodType[]).find((option) => option instanceof z.ZodObject);
      if (!form) return undefined;
      current = form;
    } else if (i === path.length) return current instanceof z.ZodObject ? current : undefined;
    else if (current instanceof z.ZodArray && typeof path[i] === 'number') [current, i] = [current.element as z.ZodType, i + 1];
    else if (current instanceof z.ZodObject && typeof path[i] === 'string') {
      const next = current.shape[path[i] as string] as z.ZodType | undefined;
      if (!next) return undefined;
      [current, i] = [next, i + 1];
    } else return undefined;
  }
}

/** "the number 1", "a list", ...: what the author wrote, in their terms. */
function describeValue(value: unknown): string {
  if (value === null) return 'no value';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return `the date-time ${value.toISOString()}`;
  switch (typeof value) {
    case 'string':
      return `the text "${value}"`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'a mapping of fields';
    default:
      return typeof value;
  }
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  array: 'a list',
  object: 'a mapping of fields',
};

function wrongType(expected: string, value: unknown): string {
  const want = EXPECTED[expected] ?? expected;
  // YAML reads unquoted 2021 or yes as a number or a boolean; quoting keeps them text.
  const hint = expected === 'string' && (typeof value === 'number' || typeof value === 'boolean') ? ` (quote it: "${String(value)}")` : '';
  if (value === null) return `has no value (expected ${want})`;
  return `expected ${want}, got ${describeValue(value)}${hint}`;
}

/** One zod issue as manifest issues (an issue naming several unknown keys gives one per key). */
function convertIssue(issue: z.core.$ZodIssue, data: unknown, schema: z.ZodType): PathIssue[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = Object.keys(objectSchemaAt(schema, path)?.shape ?? {});
      return issue.keys.map((key) => {
        const suggestion = didYouMean(key, known);
        const message = `unknown field "${key}"${suggestion || (known.length ? ` (fields here: ${known.join(', ')})` : '')}`;
        return { path, key, message };
      });
    }
    case 'invalid_type': {
      if (path.length > 0 && !hasField(data, path)) {
        return [{ path: path.slice(0, -1), message: `missing required field "${String(path[path.length - 1])}"` }];
      }
      if (path.length === 0) {
        return [{ path, message: `the manifest must be a mapping of fields (id, title, sessions, recordings, ...), got ${describeValue(data)}` }];
      }
      return [{ path, message: wrongType(issue.expected, valueAt(data, path)) }];
    }
    case 'invalid_union': {
      // A field of several forms (a session's pin: a time, or { at, recording }): the form of the
      // value written decides which form's problems are reported; a value of none of the forms
      // gets one message listing them.
      const sameKind = issue.errors.filter((branch) => !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0));
      if (sameKind.length === 1) return sameKind[0]!.flatMap((inner) => convertIssue({ ...inner, path: [...issue.path, ...inner.path] }, data, schema));
      const forms = issue.errors.flatMap((branch) => branch.flatMap((inner) => (inner.code === 'invalid_type' && inner.path.length === 0 ? [EXPECTED[inner.expected] ?? inner.expected] : [])));
      return [{ path, message: `expected ${forms.join(' or ')}, got ${describeValue(valueAt(data, path))}` }];
    }
    default:
      return [{ path, message: issue.message }];
  }
}

export function convertZodIssues(error: z.ZodError, data: unknown, schema: z.ZodType): PathIssue[] {
  return error.issues.flatMap((issue) => convertIssue(issue, data, schema));
}
