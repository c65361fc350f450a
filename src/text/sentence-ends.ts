import { followsInitial, opensSentence, stopRule } from './abbreviations';
import { joinText } from './join-words';
import type { Language } from './language/language';
import { wordsSaid } from './words';

/**
 * Where sentences end in caption text: one home for the splitter of transcripts (src/split) and
 * for the aligner, which cuts its units and reads announcements at sentence ends. The marks are
 * those of every script recap reads: . ? ! … and the full-width 。 ？ ！ of Chinese and Japanese,
 * the Arabic question mark ؟, the Devanagari danda।; abbreviations are the language's.
 */

const END_MARK = /[.?!…。？！．؟।]$/u;
/** Marks that end a sentence whatever comes before them (a full stop may close an abbreviation). */
const FIRM_END_MARK = /[?!…。？！؟।]$/u;
/** Closing quotes and brackets after the mark ("...the end." she said). */
const CLOSERS = /["'”’)\]»」』）]+$/u;

/**
 * Whether `token` ends a sentence, `next` being the word after it in the same turn (undefined when
 * none follows). A final stop after an abbreviation or an initial is read by abbreviations.ts;
 * an abbreviation written as two tokens ("z. B.", "т. е.") is listed with both, the first as
 * written ("z. b"), and read when `previous` (the token before) is given.
 */
export function endsSentence(token: string, lang: Language, next?: string, previous?: string): boolean {
  const bare = token.replace(CLOSERS, '');
  if (!END_MARK.test(bare)) return false;
  if (FIRM_END_MARK.test(bare)) return true;
  const quoted = bare.slice(0, -1).replace(/^["'“‘([«„¿¡]+/u, '');
  // where articles are elided, an abbreviation may follow one ("l'art. 5")
  const word = quoted.slice(lang.elidedLength(quoted.toLowerCase()));
  const pair = previous === undefined ? undefined : lang.sentences.abbreviations.get(`${previous.toLowerCase()} ${word.toLowerCase()}`);
  const rule = pair ?? stopRule(word, lang.sentences);
  switch (rule) {
    case undefined:
      return true;
    case 'title':
    case 'inside':
      return false;
    case 'number':
      return next === undefined || !/^\p{N}/u.test(next);
    case 'next':
      return next === undefined || opensSentence(next, lang.sentences);
    case 'initial':
      return next === undefined || !followsInitial(next, lang.sentences);
  }
}

/** Where text is not spaced, a sentence mark inside a run of characters ends a token too ("开始。谢谢" is two). */
const INNER_END = /(?<=[。？！．؟])(?=\S)/u;
const INNER_MARK = /[。？！．؟]/u;

/** The tokens of a text as sentences are read: runs between spaces, cut after a sentence mark that is not followed by one. */
export function sentenceTokens(text: string): string[] {
  const tokens = text.split(/\s+/).filter((t) => t !== '');
  return INNER_MARK.test(text) ? tokens.flatMap((t) => t.split(INNER_END)) : tokens;
}

/**
 * Sentence punctuation is "written" when at least one word in 50 ends a sentence (speech averages
 * 15-20 words a sentence, council CART with long comma-joined sentences about 30); below that,
 * captions are treated as unpunctuated and pauses end sentences. Words are the language's: a
 * Chinese clause is many words though it has no space.
 */
export function isPunctuated(texts: readonly string[], lang: Language): boolean {
  let words = 0;
  let ends = 0;
  for (const text of texts) {
    const tokens = sentenceTokens(text);
    tokens.forEach((token, i) => {
      if (endsSentence(token, lang, tokens[i + 1], tokens[i - 1])) ends++;
    });
    words += wordsSaid(text, lang);
  }
  return words > 0 && ends * 50 >= words;
}

/**
 * The sentences of a plain text, split where endsSentence says ("item No. 5" and "Dr. Smith" end
 * none); words are joined by a space where the language spaces them, and as their script writes them where not (join-words.ts).
 */
export function sentencesOf(text: string, lang: Language): string[] {
  const tokens = sentenceTokens(text);
  // where words are not spaced, a space stays between words of spaced scripts inside the text ("Smart City")
  const join = (pieces: string[]): string => (lang.spaced ? pieces.join(' ') : joinText(pieces));
  const out: string[] = [];
  let current: string[] = [];
  tokens.forEach((token, i) => {
    current.push(token);
    if (endsSentence(token, lang, tokens[i + 1], tokens[i - 1])) {
      out.push(join(current));
      current = [];
    }
  });
  if (current.length > 0) out.push(join(current));
  return out;
}
