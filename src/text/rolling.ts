import type { Diagnostic } from '../model/track';
import type { SourceCue, TextSpan } from '../model/source-cue';

/** The plain text of a cue's spans. */
export function spansText(spans: TextSpan[]): string {
  // Most cues have one span: no array or join for them.
  if (spans.length === 1) return spans[0]!.text;
  let text = '';
  for (const span of spans) text += span.text;
  return text;
}

/**
 * Anything `cleanText` would change: a white-space character other than a space or a line break,
 * two spaces in a row, a space or line break at the start or next to a line break (which covers
 * empty lines). With none of these, and no space or line break at the end, the text is its own
 * clean form. The end is tested apart: a regex anchored there is still tried at every position.
 */
const NEEDS_CLEANING = /[^\S \n]| {2}|^[ \n]|[ \n]\n|\n /;

function endsInSpaceOrBreak(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 32 || last === 10;
}

/**
 * A cue's lines for repeat matching, each with runs of white space folded to one space and
 * trimmed, empty ones left out, joined by "\n". One string rather than an array of lines, so
 * the common case (nothing to clean) allocates nothing.
 */
function cleanText(text: string): string {
  if (!NEEDS_CLEANING.test(text) && !endsInSpaceOrBreak(text)) return text;
  return text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n');
}

/** ASCII white space as `\s` and trim() see it; other white space is beyond ASCII. */
function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * False when `next` (raw text) cannot start with a repeat of lines of `previous`: a repeat makes
 * next's first visible character the first visible character of one of previous's lines. Most
 * cue pairs fail this, and are spared cleaning. White space beyond ASCII leaves it to the full test.
 */
function mayRepeat(previous: string, next: string): boolean {
  let i = 0;
  while (i < next.length && isAsciiSpace(next.charCodeAt(i))) i++;
  if (i === next.length) return false; // nothing visible: no line to repeat
  const first = next.charCodeAt(i);
  if (first >= 128) return true;
  for (let start = 0; start !== -1; start = previous.indexOf('\n', start) + 1 || -1) {
    let j = start;
    while (j < previous.length && previous.charCodeAt(j) !== 10 && isAsciiSpace(previous.charCodeAt(j))) j++;
    const c = previous.charCodeAt(j);
    if (c === first || c >= 128) return true;
  }
  return false;
}

/**
 * How many leading lines of `next` repeat the trailing lines of `previous` (both clean texts):
 * the longest run of whole trailing lines of `previous` that `next` starts with, ending at a line
 * end of `next`. Line starts are tried from the earliest, so the first match is the longest.
 */
function repeatedLines(previous: string, next: string): number {
  if (previous === '' || next === '') return 0;
  for (let start = 0; start !== -1 && start < previous.length; start = previous.indexOf('\n', start) + 1 || -1) {
    // Cheap first-character test before comparing the whole tail.
    if (previous.charCodeAt(start) !== next.charCodeAt(0)) continue;
    const tailLength = previous.length - start;
    if (tailLength > next.length) continue;
    if (tailLength < next.length && next.charCodeAt(tailLength) !== 10) continue;
    if (!next.startsWith(tailLength === previous.length ? previous : previous.slice(start))) continue;
    let lines = 1;
    for (let i = previous.indexOf('\n', start); i !== -1; i = previous.indexOf('\n', i + 1)) lines++;
    return lines;
  }
  return 0;
}

function lineCount(clean: string): number {
  if (clean === '') return 0;
  let lines = 1;
  for (let i = clean.indexOf('\n'); i !== -1; i = clean.indexOf('\n', i + 1)) lines++;
  return lines;
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
  const texts = cues.map((c) => spansText(c.spans));
  const clean: Array<string | undefined> = new Array<string | undefined>(cues.length);
  const cleanAt = (i: number): string => (clean[i] ??= cleanText(texts[i]!));
  // Only repeats followed by new lines show a rolling display; identical cues alone do not.
  const needed = Math.max(2, 0.3 * (cues.length - 1));
  let rolling = 0;
  for (let i = 1; i < cues.length; i++) {
    // Most tracks do not roll: stop as soon as the rest of the cues could not reach the share.
    if (rolling + (cues.length - i) < needed) return { cues, diagnostics: [] };
    if (!mayRepeat(texts[i - 1]!, texts[i]!)) continue;
    const k = repeatedLines(cleanAt(i - 1), cleanAt(i));
    if (k > 0 && k < lineCount(cleanAt(i))) rolling++;
  }
  if (rolling < needed) return { cues, diagnostics: [] };
  const all = cues.map((_c, i) => cleanAt(i));
  const out: SourceCue[] = [];
  let dropped = 0;
  for (let i = 0; i < cues.length; i++) {
    const k = i === 0 ? 0 : repeatedLines(all[i - 1]!, all[i]!);
    if (k === 0) {
      out.push(cues[i]!);
    } else if (k === lineCount(all[i]!)) {
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
