import { z } from 'zod';

/**
 * One searchable segment, as a line of events/<id>/segments.jsonl (CONTRACT.md). Times are integer
 * milliseconds from the recording's 00:00:00, half-open [startMs, endMs). `link` is optional: a
 * recording url for deep links, when the producer knows it (the index stage also takes it from the
 * manifest's recording `url`).
 */
export const Segment = z.object({
  id: z.string().min(1),
  eventId: z.string().min(1),
  sessionId: z.string().nullable(),
  recording: z.string().min(1),
  speaker: z.string().nullable(),
  startMs: z.number().int().nonnegative(),
  endMs: z.number().int().nonnegative(),
  text: z.string(),
  link: z.string().optional(),
});
export type Segment = z.infer<typeof Segment>;

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
