import { parseClockMs } from '../../model/timecode';
import { LAYOUTS, type TranscriptLayout } from './layouts';

/** How much of the file the sniffer looks at: the first lines say which layout it is. */
const SAMPLE_CHARS = 8192;
const SAMPLE_LINES = 80;

/** Headers a file must show before it is taken for a timed transcript (one could be chance). */
const MIN_HEADERS = 2;

/**
 * Descript's header as the sniffer counts it: hours, minutes and seconds, then a space. LRC's
 * lyrics lines ("[00:12.00]La la") have two fields and no space after the bracket.
 */
const DESCRIPT_TIME = /^\[\s*\d{1,2}:\d\d:\d\d(?:[.,]\d+)?\s*\]\s/;

/**
 * A header the sniffer counts: its time reads, and it names a speaker. Descript's may name none
 * (an export without speaker labels), since its time has a shape of its own.
 */
function countsAsHeader(layout: TranscriptLayout, line: string): boolean {
  const header = layout.header(line);
  if (!header || parseClockMs(header.time) === null) return false;
  return layout.id === 'descript' ? DESCRIPT_TIME.test(line) : header.name !== null;
}

export interface LayoutGuess {
  layout: TranscriptLayout;
  headers: number;
  /** blocks of lines (between blank lines) in the sample, for the share of them that are paragraphs */
  blocks: number;
}

/** The layout whose headers open most of the sample's lines, or null when none opens two. */
export function guessLayout(text: string): LayoutGuess | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  // Arrow timings belong to SRT and WebVTT (a Zoom ".txt" is often WebVTT saved under that name).
  if (sample.includes('-->')) return null;
  const lines = sample.split('\n').slice(0, SAMPLE_LINES).map((l) => l.trim());
  let blocks = 0;
  lines.forEach((line, i) => {
    if (line !== '' && (i === 0 || lines[i - 1] === '')) blocks++;
  });
  let best: LayoutGuess | null = null;
  for (const layout of LAYOUTS) {
    const headers = lines.filter((l) => l !== '' && countsAsHeader(layout, l)).length;
    if (headers >= MIN_HEADERS && (!best || headers > best.headers)) best = { layout, headers, blocks };
  }
  return best;
}

/**
 * How sure the text is a timed transcript: none without two headers of one layout. Descript's and
 * Sonix's headers hold the paragraph on their line, so they are sure at a lower share of lines;
 * they score above LRC's 0.8 even with its extension's 0.05 (Descript's "[00:00:12] Name:" is
 * also an LRC line, whose times LRC would misread), and every score stays below the 0.9 of
 * formats with a signature.
 */
export function sniffTimedTranscript(text: string): number {
  const guess = guessLayout(text);
  if (!guess) return 0;
  const share = guess.headers / Math.max(1, guess.blocks);
  if (guess.layout.id === 'descript' || guess.layout.id === 'sonix') return share >= 0.3 ? 0.88 : 0.4;
  return share >= 0.5 ? 0.7 : share >= 0.25 ? 0.4 : 0;
}
