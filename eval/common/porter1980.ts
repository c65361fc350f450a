/**
 * The Porter stemmer exactly as the 1980 paper gives it (M.F. Porter, "An algorithm for suffix
 * stripping", Program 14(3)), which EVAL.md asks for: step 2 has ABLI->ABLE and no LOGI rule, and
 * within a step only the longest matching suffix is tried (if its condition fails, the step does
 * nothing). Later revisions, such as the one in `natural`, differ (BLI->BLE, LOGI->LOG), so the
 * evaluation uses this one. Input: a lower-case word of letters.
 */

function isConsonant(w: string, i: number): boolean {
  const c = w[i]!;
  if ('aeiou'.includes(c)) return false;
  if (c === 'y') return i === 0 ? true : !isConsonant(w, i - 1);
  return true;
}

/** m: the number of VC sequences in the stem [C](VC)^m[V]. */
function measure(stem: string): number {
  let m = 0;
  let i = 0;
  const n = stem.length;
  while (i < n && isConsonant(stem, i)) i++;
  while (i < n) {
    while (i < n && !isConsonant(stem, i)) i++;
    if (i >= n) break;
    while (i < n && isConsonant(stem, i)) i++;
    m++;
  }
  return m;
}

const hasVowel = (stem: string): boolean => [...stem].some((_, i) => !isConsonant(stem, i));
const endsDoubleConsonant = (w: string): boolean => w.length >= 2 && w[w.length - 1] === w[w.length - 2] && isConsonant(w, w.length - 1);
/** *o: the stem ends cvc, where the second c is not w, x or y. */
function endsCvc(w: string): boolean {
  const n = w.length;
  if (n < 3) return false;
  return isConsonant(w, n - 3) && !isConsonant(w, n - 2) && isConsonant(w, n - 1) && !'wxy'.includes(w[n - 1]!);
}

type Rule = [suffix: string, replacement: string, condition: (stem: string) => boolean];

/** Applies the rule with the longest matching suffix, if its condition holds. */
function applyLongest(word: string, rules: Rule[]): string {
  let best: Rule | null = null;
  for (const r of rules) if (word.endsWith(r[0]) && (!best || r[0].length > best[0].length)) best = r;
  if (!best) return word;
  const stem = word.slice(0, word.length - best[0].length);
  return best[2](stem) ? stem + best[1] : word;
}

const m0 = (s: string) => measure(s) > 0;
const m1 = (s: string) => measure(s) > 1;

const STEP2: Rule[] = [
  ['ational', 'ate', m0], ['tional', 'tion', m0], ['enci', 'ence', m0], ['anci', 'ance', m0], ['izer', 'ize', m0],
  ['abli', 'able', m0], ['alli', 'al', m0], ['entli', 'ent', m0], ['eli', 'e', m0], ['ousli', 'ous', m0],
  ['ization', 'ize', m0], ['ation', 'ate', m0], ['ator', 'ate', m0], ['alism', 'al', m0], ['iveness', 'ive', m0],
  ['fulness', 'ful', m0], ['ousness', 'ous', m0], ['aliti', 'al', m0], ['iviti', 'ive', m0], ['biliti', 'ble', m0],
];
const STEP3: Rule[] = [
  ['icate', 'ic', m0], ['ative', '', m0], ['alize', 'al', m0], ['iciti', 'ic', m0], ['ical', 'ic', m0], ['ful', '', m0], ['ness', '', m0],
];
const STEP4: Rule[] = [
  ...['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize'].map(
    (s): Rule => [s, '', m1],
  ),
  ['ion', '', (s) => m1(s) && /[st]$/.test(s)],
];

function step1a(w: string): string {
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ies')) return w.slice(0, -2);
  if (w.endsWith('ss')) return w;
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

function step1b(w: string): string {
  if (w.endsWith('eed')) return m0(w.slice(0, -3)) ? w.slice(0, -1) : w;
  let stem: string | null = null;
  if (w.endsWith('ed') && hasVowel(w.slice(0, -2))) stem = w.slice(0, -2);
  else if (w.endsWith('ing') && hasVowel(w.slice(0, -3))) stem = w.slice(0, -3);
  if (stem === null) return w;
  if (stem.endsWith('at') || stem.endsWith('bl') || stem.endsWith('iz')) return `${stem}e`;
  if (endsDoubleConsonant(stem) && !/[lsz]$/.test(stem)) return stem.slice(0, -1);
  if (measure(stem) === 1 && endsCvc(stem)) return `${stem}e`;
  return stem;
}

function step1c(w: string): string {
  return w.endsWith('y') && hasVowel(w.slice(0, -1)) ? `${w.slice(0, -1)}i` : w;
}

function step5(w: string): string {
  let out = w;
  if (out.endsWith('e')) {
    const stem = out.slice(0, -1);
    const m = measure(stem);
    if (m > 1 || (m === 1 && !endsCvc(stem))) out = stem;
  }
  if (measure(out) > 1 && endsDoubleConsonant(out) && out.endsWith('l')) out = out.slice(0, -1);
  return out;
}

export function porter1980(word: string): string {
  if (word.length <= 2) return word;
  let w = step1a(word);
  w = step1b(w);
  w = step1c(w);
  w = applyLongest(w, STEP2);
  w = applyLongest(w, STEP3);
  w = applyLongest(w, STEP4);
  return step5(w);
}

/** EVAL.md's tokens: lower case, maximal runs of [a-z0-9], tokens longer than 2 characters stemmed. */
export function evalTokens(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).map((t) => (t.length > 2 ? porter1980(t) : t));
}
