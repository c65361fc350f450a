/**
 * Snippets: the segment's text (or a window of it around the densest run of matches) with the
 * matched words marked `**word**`. Offsets are UTF-16 code units into the segment's text.
 */

/** Characters of context kept around the matches of a long segment. */
export const SNIPPET_CHARS = 220;

export type Span = [start: number, end: number];

/** Characters of context before the first match, and how far an edge moves to fall between words. */
const EDGE_CHARS = 40;

/** The start of the character at `i`: never between a surrogate pair's halves, nor between a letter and its marks (Arabic vowel marks). */
function characterStart(text: string, i: number): number {
  let at = i;
  while (at > 0 && at < text.length && /^(?:[\uDC00-\uDFFF]|\p{M})/u.test(text.slice(at, at + 2))) at--;
  return at;
}

/** A piece of a snippet: plain text, or a matched word (the parts of a server's <mark>). */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/**
 * The snippet as parts: the text (or a window of it around the densest run of matches, with
 * '…' where it was cut) split at the matched words. Whitespace is as in the text.
 */
export function snippetParts(text: string, matches: Span[]): SnippetPart[] {
  let from = 0;
  let to = text.length;
  if (text.length > SNIPPET_CHARS) {
    // The window start that covers the most matches, beginning a little before the first of them.
    let best = 0;
    let bestCount = -1;
    for (const [s] of matches.length > 0 ? matches : [[0, 0] as Span]) {
      const count = matches.filter(([a, b]) => a >= s && b <= s + SNIPPET_CHARS).length;
      if (count > bestCount) {
        bestCount = count;
        best = s;
      }
    }
    from = Math.max(0, best - EDGE_CHARS);
    to = Math.min(text.length, from + SNIPPET_CHARS);
    // Whole words at the edges, where a space is near: unspaced text (Chinese, Japanese) is cut
    // where the window falls, not at a space far beyond the matches.
    if (from > 0) {
      const space = text.indexOf(' ', from);
      if (space >= 0 && space - from < EDGE_CHARS) from = space + 1;
    }
    if (to < text.length) {
      const space = text.lastIndexOf(' ', to);
      if (space > from && to - space < EDGE_CHARS) to = space;
    }
    from = characterStart(text, from);
    to = characterStart(text, to);
  }
  const parts: SnippetPart[] = [];
  let plain = from > 0 ? '…' : '';
  let at = from;
  for (const [s, e] of matches) {
    if (s < from || e > to) continue;
    plain += text.slice(at, s);
    if (plain !== '') parts.push({ text: plain, match: false });
    parts.push({ text: text.slice(s, e), match: true });
    plain = '';
    at = e;
  }
  plain += text.slice(at, to);
  if (to < text.length) plain += '…';
  if (plain !== '') parts.push({ text: plain, match: false });
  return parts;
}

export function makeSnippet(text: string, matches: Span[]): string {
  return snippetParts(text, matches)
    .map((p) => (p.match ? `**${p.text}**` : p.text))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
