import { followsInitial, opensSentence, stopRule } from './abbreviations';

/**
 * Where sentences end in caption text: one home for the splitter of transcripts (src/split) and
 * for the aligner, which cuts its units and reads announcements at sentence ends.
 */

/**
 * Whether `token` ends a sentence, `next` being the word after it in the same turn (undefined when
 * none follows). A final stop after an abbreviation or an initial is read by abbreviations.ts.
 */
export function endsSentence(token: string, next?: string): boolean {
  const bare = token.replace(/["'”’)\]]+$/u, '');
  if (!/[.?!…]$/u.test(bare)) return false;
  if (/[?!…]$/u.test(bare)) return true;
  const rule = stopRule(bare.slice(0, -1).replace(/^["'“‘([]+/u, ''));
  switch (rule) {
    case undefined:
      return true;
    case 'title':
    case 'inside':
      return false;
    case 'number':
      return next === undefined || !/^\p{N}/u.test(next);
    case 'next':
      return next === undefined || opensSentence(next);
    case 'initial':
      return next === undefined || !followsInitial(next);
  }
}

/**
 * Sentence punctuation is "written" when at least one word in 50 ends a sentence (speech averages
 * 15-20 words a sentence, council CART with long comma-joined sentences about 30); below that,
 * captions are treated as unpunctuated and pauses end sentences.
 */
export function isPunctuated(texts: readonly string[]): boolean {
  let words = 0;
  let ends = 0;
  for (const text of texts) {
    const tokens = text.match(/\S+/g) ?? [];
    tokens.forEach((token, i) => {
      words++;
      if (endsSentence(token, tokens[i + 1])) ends++;
    });
  }
  return words > 0 && ends * 50 >= words;
}

/** The sentences of a plain text, split where endsSentence says ("item No. 5" and "Dr. Smith" end none). */
export function sentencesOf(text: string): string[] {
  const tokens = text.split(/\s+/).filter((t) => t !== '');
  const out: string[] = [];
  let current: string[] = [];
  tokens.forEach((token, i) => {
    current.push(token);
    if (endsSentence(token, tokens[i + 1])) {
      out.push(current.join(' '));
      current = [];
    }
  });
  if (current.length > 0) out.push(current.join(' '));
  return out;
}
