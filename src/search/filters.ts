import { foldName } from './analyze';
import type { SearchIndex } from './inverted-index';

/** What a search may be narrowed to: segments outside are neither hits nor part of one. */
export interface Filters {
  eventId?: string;
  sessionId?: string;
  /** a speaker's name: case and accents ignored; matches the whole name or whole words of it */
  speaker?: string;
  /** keep segments overlapping [fromMs, toMs), ms from the recording's start */
  fromMs?: number;
  toMs?: number;
}

function speakerMatches(speaker: string | null, wanted: string): boolean {
  if (speaker === null) return false;
  const name = foldName(speaker);
  return name === wanted || ` ${name} `.includes(` ${wanted} `);
}

/** Predicate over doc numbers for the filters; null when nothing is filtered. */
export function filterOf(index: SearchIndex, filters: Filters): ((doc: number) => boolean) | null {
  const speaker = filters.speaker === undefined ? undefined : foldName(filters.speaker);
  const { eventId, sessionId, fromMs, toMs } = filters;
  if (eventId === undefined && sessionId === undefined && speaker === undefined && fromMs === undefined && toMs === undefined) return null;
  return (doc) => {
    const s = index.segments[doc]!;
    if (eventId !== undefined && s.eventId !== eventId) return false;
    if (sessionId !== undefined && s.sessionId !== sessionId) return false;
    if (speaker !== undefined && !speakerMatches(s.speaker, speaker)) return false;
    if (fromMs !== undefined && s.endMs <= fromMs) return false;
    if (toMs !== undefined && s.startMs >= toMs) return false;
    return true;
  };
}
