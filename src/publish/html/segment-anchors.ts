import type { Transcript } from '../../model/transcript';
import { segmentAnchor } from './page-links';

/**
 * Where each search segment's start gets its `t-<startMs>` id in a transcript page: on the
 * sentence that starts at that time or, failing that, on the last one starting before it (the
 * first sentence for a start before any). Segments are cut at sentence ends, so this is normally
 * the segment's own first sentence. Ids must be unique: when several starts land on one sentence,
 * the extra ones are empty anchors just before it.
 */
export interface SegmentAnchors {
  /** ids to place on sentence `s` of paragraph `p`, keyed "p:s", in time order */
  bySentence: Map<string, string[]>;
  /** ids with no sentence to carry them (a transcript with no sentence at all) */
  unplaced: string[];
  /** the id of the segment a reader of the moment `ms` should land on, if there is one */
  anchorAt(ms: number): string | undefined;
}

export function placeSegmentAnchors(transcript: Transcript, segmentStarts: readonly number[]): SegmentAnchors {
  const starts = [...new Set(segmentStarts)].sort((a, b) => a - b);
  const sentences = transcript.paragraphs.flatMap((p, pi) => p.sentences.map((s, si) => ({ key: `${pi}:${si}`, startMs: s.startMs })));
  sentences.sort((a, b) => a.startMs - b.startMs);
  const bySentence = new Map<string, string[]>();
  const unplaced: string[] = [];
  let next = 0;
  for (const ms of starts) {
    while (next + 1 < sentences.length && sentences[next + 1]!.startMs <= ms) next++;
    const sentence = sentences[next];
    if (!sentence) {
      unplaced.push(segmentAnchor(ms));
      continue;
    }
    const ids = bySentence.get(sentence.key) ?? [];
    ids.push(segmentAnchor(ms));
    bySentence.set(sentence.key, ids);
  }
  const anchorAt = (ms: number): string | undefined => {
    let found: number | undefined;
    for (const start of starts) if (start <= ms) found = start;
    found ??= starts[0];
    return found === undefined ? undefined : segmentAnchor(found);
  };
  return { bySentence, unplaced, anchorAt };
}
