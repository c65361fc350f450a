import type { Transcript, TranscriptParagraph, TranscriptSound } from '../../model/transcript';

/** A paragraph (with its index in the session) or a sound annotation. */
export type TranscriptItem = { kind: 'paragraph'; p: TranscriptParagraph; index: number } | { kind: 'sound'; s: TranscriptSound };

/** A speaker turn's run of paragraphs, or a sound between turns. */
export type TranscriptBlock = { kind: 'turn'; speaker: string | null; paragraphs: Array<{ p: TranscriptParagraph; index: number }> } | { kind: 'sound'; s: TranscriptSound };

/**
 * Paragraphs and sounds in time order, as transcript.md orders them: a sound heard during a
 * paragraph comes right after it (sentences are never broken by an annotation).
 */
function transcriptItems(t: Transcript): TranscriptItem[] {
  const out: TranscriptItem[] = [];
  let next = 0;
  t.paragraphs.forEach((p, index) => {
    while (next < t.sounds.length && t.sounds[next]!.startMs < p.startMs) out.push({ kind: 'sound', s: t.sounds[next++]! });
    out.push({ kind: 'paragraph', p, index });
    while (next < t.sounds.length && t.sounds[next]!.startMs < p.endMs) out.push({ kind: 'sound', s: t.sounds[next++]! });
  });
  while (next < t.sounds.length) out.push({ kind: 'sound', s: t.sounds[next++]! });
  return out;
}

/** The items grouped into turns; a turn broken by a sound starts again after it (its name shown again). */
export function transcriptBlocks(t: Transcript): TranscriptBlock[] {
  const blocks: TranscriptBlock[] = [];
  let current: Extract<TranscriptBlock, { kind: 'turn' }> | undefined;
  let currentTurn: number | undefined;
  for (const item of transcriptItems(t)) {
    if (item.kind === 'sound') {
      blocks.push(item);
      current = undefined;
      continue;
    }
    if (!current || item.p.turn !== currentTurn) {
      current = { kind: 'turn', speaker: item.p.speaker, paragraphs: [] };
      currentTurn = item.p.turn;
      blocks.push(current);
    }
    current.paragraphs.push({ p: item.p, index: item.index });
  }
  return blocks;
}
