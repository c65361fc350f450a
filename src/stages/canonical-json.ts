/**
 * JSON with every object's keys sorted (code-unit order) and no white space, so that two equal
 * values give the same text whatever order their producer built them in. Undefined properties
 * are left out, as JSON.stringify does; only JSON values (no Map, Date or class instance) are meant.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
}
