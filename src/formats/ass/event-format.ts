/**
 * The column layout of an ASS/SSA [Events] section, as its `Format:` line names it.
 * Text is the last column by the spec, so it may itself contain commas.
 */
export interface EventFormat {
  /** column names as written (for messages) */
  columns: string[];
  start: number;
  end: number;
  text: number;
  /** the speaker column: "Name" in v4+/v4 scripts, "Actor" in some older ones; -1 when absent */
  name: number;
}

/**
 * SSA v4 ("Marked, ...") and ASS v4+ ("Layer, ...") use the same positions for every column
 * recap reads, so one default serves both when a script has no Format line.
 */
export const STANDARD_EVENT_COLUMNS = ['Layer', 'Start', 'End', 'Style', 'Name', 'MarginL', 'MarginR', 'MarginV', 'Effect', 'Text'];

/** Builds the layout from column names; null when Start, End or Text is missing. */
export function eventFormatOf(columns: string[]): EventFormat | null {
  const lower = columns.map((c) => c.trim().toLowerCase());
  const start = lower.indexOf('start');
  const end = lower.indexOf('end');
  const text = lower.indexOf('text');
  if (start === -1 || end === -1 || text === -1) return null;
  const name = lower.indexOf('name') !== -1 ? lower.indexOf('name') : lower.indexOf('actor');
  return { columns: columns.map((c) => c.trim()), start, end, text, name };
}

export const STANDARD_EVENT_FORMAT = eventFormatOf(STANDARD_EVENT_COLUMNS)!;

/**
 * Splits a Dialogue value into at most `count` fields: the first count-1 at commas, the last
 * taking the rest of the line (commas included). Fields other than the last are trimmed.
 */
export function splitEventFields(value: string, count: number): string[] {
  const fields: string[] = [];
  let from = 0;
  while (fields.length < count - 1) {
    const comma = value.indexOf(',', from);
    if (comma === -1) break;
    fields.push(value.slice(from, comma).trim());
    from = comma + 1;
  }
  fields.push(fields.length === count - 1 ? value.slice(from) : value.slice(from).trim());
  return fields;
}
