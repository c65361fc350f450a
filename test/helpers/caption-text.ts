/** White space folded to single spaces, ends trimmed: line breaks do not matter to these checks. */
export function flatText(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * Whether a canonical cue's text is the source text, allowing for what ingest normalisation
 * takes off the front on purpose: a CART turn mark (">>") and a speaker label ("MAN 2:").
 * A reader that lost the first character would fail this.
 */
export function sameCaptionText(cueText: string, sourceText: string): boolean {
  const source = flatText(sourceText);
  const noMark = source.replace(/^>{2,}\s*/, '');
  const noLabel = noMark.replace(/^[A-Z][A-Z0-9 .'-]{0,30}:\s*/, '');
  return [source, noMark, noLabel].includes(flatText(cueText));
}
