import type { Diagnostic } from '../model/track';
import type { SourceCue, TextSpan } from '../formats/types';

/** The plain text of a cue's spans. */
export function spansText(spans: TextSpan[]): string {
  return spans.map((s) => s.text).join('');
}

function lines(cue: SourceCue): string[] {
  return spansText(cue.spans)
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l.length > 0);
}

/** How many leading lines of `next` repeat the trailing lines of `previous`. */
function repeatedLines(previous: string[], next: string[]): number {
  for (let k = Math.min(previous.length, next.length); k > 0; k--) {
    let same = true;
    for (let i = 0; i < k && same; i++) same = previous[previous.length - k + i] === next[i];
    if (same) return k;
  }
  return 0;
}

/** Drops the first `count` lines of text from a span list, keeping the rest's spans. */
function dropLeadingLines(spans: TextSpan[], count: number): TextSpan[] {
  let toDrop = count;
  const out: TextSpan[] = [];
  for (const span of spans) {
    if (toDrop === 0) {
      out.push(span);
      continue;
    }
    let text = span.text;
    while (toDrop > 0) {
      const nl = text.indexOf('\n');
      if (nl === -1) {
        text = '';
        break;
      }
      text = text.slice(nl + 1);
      toDrop--;
    }
    if (toDrop === 0 && text.length > 0) out.push({ ...span, text });
  }
  return out;
}

/**
 * Rolling captions (YouTube auto-captions, roll-up CART exports) repeat the previous cue's last
 * line(s) at the top of each cue. When a track does this throughout, the repeats are removed so
 * each spoken line appears once, at the time it was first shown; cues left empty are dropped.
 * Tracks that only repeat a line now and then ("Councilmember Kalb?" said twice) are untouched.
 */
export function removeRollingRepeats(cues: SourceCue[]): { cues: SourceCue[]; diagnostics: Diagnostic[] } {
  if (cues.length < 4) return { cues, diagnostics: [] };
  const all = cues.map(lines);
  // Only repeats followed by new lines show a rolling display; identical cues alone do not.
  let rolling = 0;
  for (let i = 1; i < all.length; i++) {
    const k = repeatedLines(all[i - 1]!, all[i]!);
    if (k > 0 && k < all[i]!.length) rolling++;
  }
  if (rolling < 2 || rolling < 0.3 * (cues.length - 1)) return { cues, diagnostics: [] };
  const out: SourceCue[] = [];
  let dropped = 0;
  for (let i = 0; i < cues.length; i++) {
    const k = i === 0 ? 0 : repeatedLines(all[i - 1]!, all[i]!);
    if (k === 0) {
      out.push(cues[i]!);
    } else if (k === all[i]!.length) {
      dropped++;
    } else {
      out.push({ ...cues[i]!, spans: dropLeadingLines(cues[i]!.spans, k) });
    }
  }
  const diagnostics: Diagnostic[] = [{
    severity: 'info',
    line: 0,
    message: `rolling captions: repeated lines removed from ${rolling} cues; ${dropped} cues that only repeated earlier text dropped`,
  }];
  return { cues: out, diagnostics };
}
