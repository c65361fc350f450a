import { z } from 'zod';
import { Track } from '../../model/track';
import { stripHtmlMarkup } from '../../text/markup';
import { UnreadableCaptions, type ReadResult } from '../types';
import type { SourceCue } from '../../model/source-cue';

/** subsrt's JSON form: an array of captions (and meta entries), times in ms. */
const SubsrtJson = z.array(
  z.union([
    z.object({ type: z.literal('caption'), start: z.number(), end: z.number(), content: z.string(), index: z.number().optional() }).passthrough(),
    z.object({ type: z.enum(['meta', 'style']) }).passthrough(),
  ]),
);

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  return `${issue.path.join('.') || '(root)'}: ${issue.message}`;
}

/**
 * Reads recap's own track.json back (already canonical, so it is kept as is, validated), or the
 * JSON form of the subsrt library (an array of captions), whose cues are normalised like any other.
 */
export function readTrackJson(text: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UnreadableCaptions(`not valid JSON: ${(e as Error).message}`, 1);
  }
  if (Array.isArray(data)) {
    const parsed = SubsrtJson.safeParse(data);
    if (!parsed.success) throw new UnreadableCaptions(`not a caption list: ${firstIssue(parsed.error)}`, 1);
    const cues: SourceCue[] = [];
    for (const entry of parsed.data) {
      if (entry.type !== 'caption' || !('content' in entry)) continue;
      cues.push({
        id: entry.index !== undefined ? String(entry.index) : '',
        startMs: Math.round(entry.start),
        endMs: Math.round(entry.end),
        spans: [{ text: stripHtmlMarkup(entry.content) }],
        line: 1,
      });
    }
    return { cues, diagnostics: [] };
  }
  const parsed = Track.safeParse(data);
  if (!parsed.success) throw new UnreadableCaptions(`not a recap track: ${firstIssue(parsed.error)}`, 1);
  return { cues: [], diagnostics: [], track: parsed.data };
}
