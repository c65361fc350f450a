import { LevenshteinDistance } from 'natural/lib/natural/distance';
import type { Language } from '../text/language/language';
import { nameKey } from '../text/name-keys';
import type { Person } from '../model/agenda';
import type { SpeakerMatch } from '../model/transcript';
import { fold } from './vocabulary';

/**
 * Caption speaker labels resolved to the manifest's people. Captioners misspell names and drop
 * accents ("BILAL JAMOUSI" for Bilel Jamoussi, "JAVIER GARCIA DIAZ"), so a label is compared
 * folded (case and accents), then by sound (Metaphone key of every word), then by edit distance;
 * a role label ("THE CHAIR") is the session's one moderator.
 */

export interface ResolvedSpeaker {
  /** the name to show */
  name: string;
  person?: string;
  match?: SpeakerMatch;
}

/** Below this similarity (1 - edits / length, on folded names) no fuzzy match is accepted. */
const EDIT_MIN_SIMILARITY = 0.8;
/** Sound-alike names must still share most letters: "BILAL JAMOUSI" vs "bilel jamoussi" is 0.86. */
const PHONETIC_MIN_SIMILARITY = 0.6;

/** 1 - Levenshtein distance / longer length: 1 for equal strings, 0 for nothing in common. */
function similarity(a: string, b: string): number {
  const n = Math.max(a.length, b.length);
  return n === 0 ? 1 : 1 - LevenshteinDistance(a, b) / n;
}

/** Folded words of a name: "García Díaz" -> "garcia diaz". */
const folded = (name: string): string => (fold(name).match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

function keys(name: string, lang: Language): string | null {
  const words = folded(name).split(' ').filter(Boolean);
  const ks = words.map((w) => nameKey(w, lang));
  return ks.every((k) => k !== null) && ks.length > 0 ? ks.join(' ') : null;
}

/**
 * A display name without the notes apps and directories add after it (or, for a tag in square
 * brackets, before it): a role or status ("(Host)", "(External)", "(Guest)"), pronouns
 * ("(she/her)"), an organisation or place ("[Recife]", "Ana Ruiz | Acme Corp", "João Pedro Alves -
 * Prefeitura de Recife"). A bracket of digits is kept: it tells two devices or two people of the
 * same name apart ("iPhone (2)"). A label that would be left empty is kept whole.
 */
export function withoutNotes(label: string): string {
  let name = label.replace(/\s+[|｜]\s+.*$/u, '').replace(/\s+[-–—]\s+.*$/u, '').trim();
  const note = /\s*(?:\(([^()]*)\)|\[([^[\]]*)\])$/u;
  for (let m = note.exec(name); m && m.index > 0 && !/^\s*\d+\s*$/u.test(m[1] ?? m[2]!); m = note.exec(name)) name = name.slice(0, m.index).trim();
  name = name.replace(/^(?:\[[^[\]]*\]\s*)+(?=\S)/u, '');
  return name === '' ? label : name;
}

/**
 * A diarizer's id joins a word and a number with "_" ("SPEAKER_00", "spk_1"): shown with a space
 * ("Speaker 00"), as a heading people read, and so in Markdown with no escaped "_".
 */
const spacedIds = (label: string): string => (/^\p{L}+(?:_\d+)+$/u.test(label) ? label.replace(/_/g, ' ') : label);

/** The name to show for a label that resolves to no one: its notes dropped, in title case if it is in capitals. */
export const shownName = (label: string): string => titleCase(spacedIds(withoutNotes(label)));

/** "SPEAKER FROM THE FLOOR" -> "Speaker From The Floor"; a label with lower-case letters is kept. */
export function titleCase(label: string): string {
  if (/\p{Ll}/u.test(label)) return label;
  // first letters of words and of hyphenated parts, and after an initial and apostrophe (O'Brien)
  return label.toLowerCase().replace(/(?<=^|[\s-]|(?:^|[\s-])\p{L}['’])\p{L}/gu, (c) => c.toUpperCase());
}

function matchPerson(label: string, people: readonly Person[], lang: Language): SpeakerMatch | null {
  const target = folded(label);
  const targetKeys = keys(label, lang);
  let best: SpeakerMatch | null = null;
  for (const person of people) {
    const name = folded(person.name);
    let m: SpeakerMatch | null = null;
    const sim = similarity(target, name);
    if (name === target) m = { caption: label, person: person.name, method: 'exact', score: 1 };
    else if (targetKeys !== null && targetKeys === keys(person.name, lang) && sim >= PHONETIC_MIN_SIMILARITY) m = { caption: label, person: person.name, method: 'phonetic', score: round(sim) };
    else if (sim >= EDIT_MIN_SIMILARITY) m = { caption: label, person: person.name, method: 'edit-distance', score: round(sim) };
    // the first best wins ties: the session's own people are listed first
    if (m && (!best || m.score > best.score)) best = m;
  }
  return best;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** A language's role labels and title words (its speakerRoles and the titles its abbreviations write), folded as labels are. */
interface RoleWords {
  labels: ReadonlyMap<string, Person['role']>;
  titles: ReadonlySet<string>;
  /** the offices alone: written onto the front of a name ("市长王伟"), where honorifics never are ("先生", "さん" follow it) */
  offices: ReadonlySet<string>;
  articles: ReadonlySet<string>;
}

const languageRoles = new WeakMap<Language, RoleWords>();

/** Words of a label or listed title as compared: the language's own folding (Arabic vowel marks and alif forms, Russian ё), then case and accents. */
const roleKey = (text: string, lang: Language): string => folded(lang.fold(text.toLowerCase()));

function roleWordsOf(lang: Language): RoleWords {
  let roles = languageRoles.get(lang);
  if (roles === undefined) {
    const { roleLabels, offices, honorifics, articles = [] } = lang.speakerRoles;
    const abbreviated = [...lang.sentences.abbreviations].filter(([, rule]) => rule === 'title').map(([word]) => word);
    roles = {
      labels: new Map(Object.entries(roleLabels).map(([label, role]) => [roleKey(label, lang), role])),
      titles: new Set([...honorifics, ...offices, ...abbreviated].map((t) => roleKey(t, lang))),
      offices: new Set(offices.map((t) => roleKey(t, lang))),
      articles: new Set(articles.map((a) => roleKey(a, lang))),
    };
    languageRoles.set(lang, roles);
  }
  return roles;
}

const isTitleWord = (word: string, lang: Language): boolean => roleWordsOf(lang).titles.has(lang.fold(word));

/**
 * Whether the label's word at `i` (as written, split at spaces) is a title, or an article going
 * with the title after it ("LE MAIRE DUPONT", "L'ADJOINTE LEROY", "DE HEER JANSEN"). An article
 * alone may begin a name ("Le Pen", "de Vries"), so it counts only before a title, never last.
 */
function isTitleToken(words: readonly string[], i: number, lang: Language): boolean {
  const word = folded(words[i]!);
  if (isTitleWord(word, lang)) return true;
  const { articles } = roleWordsOf(lang);
  if (articles.size === 0) return false;
  const parts = word.split(' ');
  const last = parts.pop()!;
  if (parts.length > 0) return parts.every((p) => articles.has(p)) && isTitleWord(last, lang);
  return articles.has(last) && i + 1 < words.length - 1 && isTitleToken(words, i + 1, lang);
}

/**
 * A word with a title written onto it, where words are not spaced ("市长王伟", "王伟市长", "山田議長"):
 * the name without it, or null. The longest title is taken first ("副市长" before "市长").
 */
function withoutAttachedTitle(word: string, lang: Language): string | null {
  const key = roleKey(word, lang);
  let best: string | null = null;
  const { titles, offices } = roleWordsOf(lang);
  for (const title of titles) {
    if (title.length >= key.length || (best !== null && key.length - best.length >= title.length)) continue;
    if (offices.has(title) && key.startsWith(title)) best = key.slice(title.length);
    else if (lang.speakerRoles.titlesAfterName === true && key.endsWith(title)) best = key.slice(0, -title.length);
  }
  return best;
}
/** A one-word match counts for less than a whole name: it may be a first name shared by two people. */
const ONE_WORD_WEIGHT = 0.9;

/**
 * A label of one name word, honorifics aside ("MS. OKAFOR-REYES", "JAMOUSSI"): the one person
 * with a name word equal to it or sounding like it. Two candidates: no guess.
 */
function matchOneWord(label: string, people: readonly Person[], lang: Language): SpeakerMatch | null {
  const words = folded(label).split(' ').filter((w) => w && !isTitleWord(w, lang));
  // "okafor reyes" is one hyphenated name word
  if (words.length === 0 || words.length > 2) return null;
  const word = words.join(' ');
  const key = keys(word, lang);
  const found: SpeakerMatch[] = [];
  for (const person of people) {
    const parts = person.name.split(/\s+/).map(folded);
    let best: SpeakerMatch | null = null;
    for (const part of parts) {
      if (part === word) best = { caption: label, person: person.name, method: 'exact', score: ONE_WORD_WEIGHT };
      else if (!best && key !== null && key === keys(part, lang) && similarity(part, word) >= PHONETIC_MIN_SIMILARITY) {
        best = { caption: label, person: person.name, method: 'phonetic', score: round(ONE_WORD_WEIGHT * similarity(part, word)) };
      }
    }
    if (best) found.push(best);
  }
  return found.length === 1 ? found[0]! : null;
}

/**
 * A label of one part of a double-barrelled name ("COUNCILMEMBER LINDGREN" for Astrid
 * Lindgren-Moss): people are often called by one of its parts. Tried after whole name words; the
 * one person with such a part, else no guess.
 */
function matchNamePart(label: string, people: readonly Person[], lang: Language): SpeakerMatch | null {
  const words = folded(label).split(' ').filter((w) => w && !isTitleWord(w, lang));
  if (words.length !== 1) return null;
  const found = people.filter((p) => p.name.split(/\s+/).some((w) => /\p{L}-\p{L}/u.test(w) && folded(w).split(' ').includes(words[0]!)));
  return found.length === 1 ? { caption: label, person: found[0]!.name, method: 'exact', score: round(ONE_WORD_WEIGHT * ONE_WORD_WEIGHT) } : null;
}

/** A login handle, first name and initials joined by a dot or underscore ("adaeze.ob", "li_w"). */
const HANDLE = /^\p{L}+[._]\p{L}{1,3}$/u;

/** Whether later name words, in order, start with the letters of `initials` ("ob": Okonkwo-Baptiste). */
function hasInitials(later: readonly string[], initials: string): boolean {
  if (initials.length === 1) return later.some((p) => p.startsWith(initials));
  return later.some((_, i) => [...initials].every((c, k) => later[i + k]?.startsWith(c) === true));
}

/**
 * A label of first name(s) and a surname's initial ("Priyanka R.", "Ana M"), or a login handle
 * of a first name and its surname's initials ("adaeze.ob"): the one person whose name starts with
 * those words and has later name words starting with those letters. Several letters count only
 * in a handle: written apart, "Ana Li" is a surname. Two candidates: no guess.
 */
function matchInitial(label: string, people: readonly Person[], lang: Language): SpeakerMatch | null {
  const words = folded(label).split(' ').filter((w) => w && !isTitleWord(w, lang));
  const initial = words.pop();
  if (words.length === 0 || initial === undefined || (initial.length !== 1 && !HANDLE.test(label))) return null;
  const found = people.filter((person) => {
    const parts = folded(person.name).split(' ');
    return words.every((w, i) => parts[i] === w) && hasInitials(parts.slice(words.length), initial);
  });
  return found.length === 1 ? { caption: label, person: found[0]!.name, method: 'initial', score: ONE_WORD_WEIGHT } : null;
}

/**
 * The forms a label may name its person by: display names carry more than the name, a title or
 * an office ("Dr. Ana O'Neil", "MAYOR DELACROIX-HAYES"), a note in brackets ("Ana Ruiz (she/her)", "Li Ming (Host)") or directory
 * order ("Okoro, Ben"). The label itself comes first.
 */
function labelForms(label: string, lang: Language): string[] {
  const forms = [label];
  let form = withoutNotes(label).replace(/\s*\([^()]*\)/g, '').trim() || label;
  if (form !== label) forms.push(form);
  // titles and offices before the name, as many as there are ("VICE CHAIR", "DR.")
  const words = form.split(/\s+/);
  let first = 0;
  while (first < words.length - 1 && isTitleToken(words, first, lang)) first++;
  // and after it, where the language writes them there ("김민수 의원")
  let end = words.length;
  while (lang.speakerRoles.titlesAfterName === true && end - 1 > first && isTitleWord(folded(words[end - 1]!), lang)) end--;
  if (first > 0 || end < words.length) forms.push((form = words.slice(first, end).join(' ')));
  const attached = lang.spaced || words.length !== 1 ? null : withoutAttachedTitle(form, lang);
  if (attached !== null) forms.push((form = attached));
  const directory = /^([^,]+),\s*([^,]+)$/.exec(form);
  // "Surname, Given" read both ways: a manifest may write the family name first too ("Nguyễn Thị Hương")
  if (directory) forms.push(`${directory[2]!} ${directory[1]!}`, `${directory[1]!} ${directory[2]!}`);
  return forms;
}

/**
 * The best match any form of the label finds (the first of equals), recorded under the label as
 * written: "Dr. Bilel Jamoussi" is Bilel Jamoussi exactly, not by edit distance.
 */
function matchForms(label: string, lang: Language, match: (form: string) => SpeakerMatch | null): SpeakerMatch | null {
  let best: SpeakerMatch | null = null;
  for (const form of labelForms(label, lang)) {
    const found = match(form);
    if (found && (!best || found.score > best.score)) best = { ...found, caption: label };
  }
  return best;
}

/**
 * Resolves one label. `sessionPeople` are tried before the rest of the event's people, so a name
 * shared by two sessions' people goes to this session's.
 */
export function resolveSpeaker(label: string, sessionPeople: readonly Person[], eventPeople: readonly Person[], lang: Language): ResolvedSpeaker {
  const role = roleWordsOf(lang).labels.get(roleKey(label, lang));
  if (role) {
    const holders = sessionPeople.filter((p) => p.role === role);
    if (holders.length === 1) {
      const person = holders[0]!.name;
      return { name: person, person, match: { caption: label, person, method: 'role', score: 1 } };
    }
  }
  const sessionNames = new Set(sessionPeople.map((p) => p.name));
  const people = [...sessionPeople, ...eventPeople.filter((p) => !sessionNames.has(p.name))];
  const match =
    matchForms(label, lang, (form) => matchPerson(form, people, lang)) ??
    matchForms(label, lang, (form) => matchOneWord(form, sessionPeople, lang)) ??
    matchForms(label, lang, (form) => matchOneWord(form, people, lang)) ??
    matchForms(label, lang, (form) => matchInitial(form, sessionPeople, lang)) ??
    matchForms(label, lang, (form) => matchInitial(form, people, lang)) ??
    matchForms(label, lang, (form) => matchNamePart(form, sessionPeople, lang)) ??
    matchForms(label, lang, (form) => matchNamePart(form, people, lang));
  if (match) return { name: match.person, person: match.person, match };
  return { name: shownName(label) };
}
