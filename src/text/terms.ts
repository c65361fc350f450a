import { PorterStemmer } from 'natural/lib/natural/stemmers';
import { words as STOPWORDS } from 'natural/lib/natural/util/stopwords';
import { LruCache } from '../model/lru-cache';

/**
 * Content terms of caption text for matching and indexing: lower case, stop words and spoken
 * fillers dropped, Porter-stemmed. ("Budgets" and "budget" meet; "um", "okay", "the" do not count.)
 */

// Words that carry no topic in transcribed speech, beyond the usual stop words.
const SPOKEN_FILLERS = [
  'um', 'uh', 'erm', 'er', 'ah', 'mm', 'hmm', 'mhm', 'yeah', 'yes', 'yep', 'okay', 'ok', 'oh', 'like', 'just',
  'right', 'gonna', 'wanna', 'gotta', 'so', 'well', 'know', 'think', 'mean', 'really', 'actually', 'thing',
  'things', 'going', 'get', 'got', 'can', 'could', 'would', 'should', 'will', 'also', 'much', 'very', 'lot',
  'kind', 'sort', 'bit', 'maybe', 'probably', 'something', 'anything', 'guess', 'sure', 'let', 'say', 'said',
  'see', 'want', 'need', 'go', 'come', 'make', 'put', 'way', 'one', 'two', 'now', 'yes', 'not', 'don', 've',
  'll', 're', 'isn', 'didn', 'doesn', 'wasn', 'aren', 'won', 'd', 's', 't', 'm',
];
const STOP = new Set([...STOPWORDS, ...SPOKEN_FILLERS]);

/** Distinct words whose stems are remembered: a long meeting's vocabulary, and a bound on what queries can add. */
export const STEM_MEMO_SIZE = 50_000;
const stems = new LruCache<string, string>(STEM_MEMO_SIZE);

/** How many stems are remembered now (at most STEM_MEMO_SIZE). */
export function stemMemoSize(): number {
  return stems.size;
}

export function stemWord(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = PorterStemmer.stem(word);
    stems.set(word, s);
  }
  return s;
}

/** Lower-case word tokens: letters and digits, inner apostrophes kept ("don't"). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

export function isStopWord(word: string): boolean {
  return STOP.has(word) || word.length < 2 || /^\d+$/.test(word);
}

/** Removes diacritics, so captions in capitals without accents ("GARCIA") meet "García". */
export function foldAccents(word: string): string {
  return /[^\x00-\x7f]/.test(word) ? word.normalize('NFD').replace(/\p{M}+/gu, '') : word;
}

/** The stemmed content terms of a text, in order. */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const raw of wordsOf(text)) {
    // "aren't" -> "aren", "García's" -> "garcia": the base word, accents folded.
    const w = foldAccents(raw.split(/['’]/)[0]!);
    if (!isStopWord(w)) out.push(stemWord(w));
  }
  return out;
}

/**
 * Stems of adjacent word pairs written as one, so that compounds meet however they are spaced or
 * hyphenated: "council member" and "councilmember", "e-mail" and "email", "web site" and
 * "website". Pairs with a stop word or a number are skipped ("of the" is no compound), and so are
 * pairs across a sentence end ("the council. Members of the public" is no councilmember). A
 * single letter joins a word only through a hyphen ("e-mail", "x-ray"): alone it is a stop word.
 */
export function compoundTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(\p{L})-(\p{L}{2,})/gu)) out.push(stemWord(foldAccents(`${m[1]}${m[2]}`.toLowerCase())));
  for (const sentence of text.split(/[.?!;:]+(?:\s|$)/)) {
    let previous: string | null = null;
    for (const raw of wordsOf(sentence)) {
      const w = foldAccents(raw.split(/['’]/)[0]!);
      const usable = /^\p{L}+$/u.test(w) && !STOP.has(w);
      if (usable && previous !== null) out.push(stemWord(previous + w));
      previous = usable ? w : null;
    }
  }
  return out;
}
