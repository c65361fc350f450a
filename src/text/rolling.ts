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

function isSeparator(c: number): boolean {
  return c === 32 || c === 10;
}

/** The words of a clean text from `start` on: one more than its separators. */
function wordsFrom(clean: string, start: number): number {
  if (start >= clean.length) return 0;
  let words = 1;
  for (let i = start; i < clean.length; i++) if (isSeparator(clean.charCodeAt(i))) words++;
  return words;
}

/** Whether `next` starts with previous's text from `start`, word for word (a line break and a space alike). */
function startsWithWordsOf(next: string, previous: string, start: number): boolean {
  const length = previous.length - start;
  if (next.startsWith(start === 0 ? previous : previous.slice(start))) return true;
  for (let i = 0; i < length; i++) {
    const a = previous.charCodeAt(start + i);
    const b = next.charCodeAt(i);
    if (a !== b && !(isSeparator(a) && isSeparator(b))) return false;
  }
  return true;
}

/**
 * Most lines a roll-up display holds (CEA-608 roll-up shows up to 4 rows; YouTube 2 or 3): only
 * the last lines of a cue can repeat in the next one, so older line starts are not tried, which
 * keeps a cue of thousands of lines from being compared once per line (time growing with the
 * square of its length).
 */
const MAX_ROLLING_LINES = 8;

/** Where the last MAX_ROLLING_LINES lines of `text` start, earliest first. */
function lastLineStarts(text: string): number[] {
  const starts: number[] = [];
  for (let end = text.length; starts.length < MAX_ROLLING_LINES; ) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    starts.push(start);
    if (start === 0) break;
    end = start - 1;
  }
  return starts.reverse();
}

/**
 * How many leading words of `next` repeat the end of `previous` (both clean texts): the longest
 * tail of `previous` from one of its last line starts that `next` starts with, word for word,
 * ending at a word end of `next`. A roll-up display moves whole lines up, but the line being
 * written may go on growing in the next cue ("live stream of" -> "live stream of tonight's
 * meeting"), and lines may be broken anew, so the match may end inside a line of `next`. Line
 * starts are tried from the earliest, so the first match is the longest.
 */
function repeatedWords(previous: string, next: string): number {
  if (previous === '' || next === '') return 0;
  for (const start of lastLineStarts(previous)) {
    // Cheap first-character test before comparing the whole tail.
    if (previous.charCodeAt(start) !== next.charCodeAt(0)) continue;
    const tailLength = previous.length - start;
    if (tailLength > next.length) continue;
    if (tailLength < next.length && !isSeparator(next.charCodeAt(tailLength))) continue;
    if (startsWithWordsOf(next, previous, start)) return wordsFrom(previous, start);
  }
  return 0;
}

/** White space as `\s` sees it (what cleanText folds), by character code. */
function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Drops the first `count` words of text from a span list, and the white space after them; the
 * rest keeps its spans (a span cut inside keeps its voice and time: its remaining words were
 * said at or after that time).
 */
function dropLeadingWords(spans: TextSpan[], count: number): TextSpan[] {
  let words = 0;
  let inWord = false;
  for (let s = 0; s < spans.length; s++) {
    const text = spans[s]!.text;
    for (let i = 0; i < text.length; i++) {
      const white = isWhiteSpace(text.charCodeAt(i));
      if (!white && !inWord) {
        if (words === count) return [i === 0 ? spans[s]! : { ...spans[s]!, text: text.slice(i) }, ...spans.slice(s + 1)];
        words++;
      }
      inWord = !white;
    }
  }
  return [];
}

/**
 * Rolling captions (YouTube auto-captions and live streams, roll-up CART exports) repeat the
 * previous cue's last line(s) at the top of each cue, the line being written maybe grown by a
 * few words. When a track does this throughout, the repeats are removed so each spoken word
 * appears once, at the time it was first shown; cues left empty are dropped.
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
    const k = repeatedWords(cleanAt(i - 1), cleanAt(i));
    if (k > 0 && k < wordsFrom(cleanAt(i), 0)) rolling++;
  }
  if (rolling < needed) return { cues, diagnostics: [] };
  const all = cues.map((_c, i) => cleanAt(i));
  const out: SourceCue[] = [];
  let dropped = 0;
  for (let i = 0; i < cues.length; i++) {
    const k = i === 0 ? 0 : repeatedWords(all[i - 1]!, all[i]!);
    if (k === 0) {
      out.push(cues[i]!);
    } else if (k === wordsFrom(all[i]!, 0)) {
      dropped++;
    } else {
      out.push({ ...cues[i]!, spans: dropLeadingWords(cues[i]!.spans, k) });
    }
  }
  const diagnostics: Diagnostic[] = [{
    severity: 'info',
    line: 0,
    message: `rolling captions: repeated lines removed from ${rolling} cues; ${dropped} cues that only repeated earlier text dropped`,
  }];
  return { cues: out, diagnostics };
}
