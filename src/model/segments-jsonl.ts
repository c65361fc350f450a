import { Segment } from './transcript';

/** segments.jsonl, the event's search segments: one JSON object a line, keys in the schema's order (deterministic bytes). */
export function formatSegmentsJsonl(segments: readonly Segment[]): string {
  return segments.map((s) => `${JSON.stringify(Segment.parse(s))}\n`).join('');
}

/** Parses segments.jsonl text: one JSON object a line, blank lines skipped. Throws naming the line. */
export function parseSegmentsJsonl(text: string): Segment[] {
  const out: Segment[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      throw new Error(`segments.jsonl line ${i + 1}: not JSON (${(e as Error).message})`, { cause: e });
    }
    const parsed = Segment.safeParse(value);
    if (!parsed.success) throw new Error(`segments.jsonl line ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    out.push(parsed.data);
  }
  return out;
}
