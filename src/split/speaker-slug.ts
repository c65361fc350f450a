/**
 * File names of speaker transcripts: a name folded to lowercase ascii letters and digits joined
 * by '-' ("Javier García Díaz" -> "javier-garcia-diaz"), so a key is a safe relative path whatever
 * the captions call someone.
 */

/** Letters NFKD does not split into an ascii letter and a mark. */
const LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Used when nothing of a name is left (a name in another script, or punctuation only). */
const FALLBACK = 'speaker';

/** Longest slug, in characters: a file name, not a sentence. */
const MAX_LENGTH = 60;

export function slugify(name: string): string {
  const folded = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæøœłđðþı]/g, (c) => LETTERS[c]!);
  const words = folded.split(/[^a-z0-9]+/).filter((w) => w !== '');
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > MAX_LENGTH) break;
    slug = next;
  }
  return slug === '' ? (words[0]?.slice(0, MAX_LENGTH) ?? FALLBACK) : slug;
}

/** Slugs for names in order; a clash gets -2, -3... (the first comer keeps the plain slug). */
export function uniqueSlugs(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base = slugify(name);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}
