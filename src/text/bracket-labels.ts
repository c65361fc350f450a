import { hasSoundWord } from './sounds';

/**
 * Speaker names in brackets, as caption guidelines write them and recap's re-flowed captions do:
 * "[Ana Ruiz] Good morning" (Netflix) and "(Ana Ruiz)" on a line of its own above the words
 * (DCMP). The same brackets hold sounds ("[APPLAUSE]", "(LAUGHTER)", "[MUSIC PLAYING]"), so a
 * bracketed text is a name only when it is shaped as one and the track uses it as names are
 * used (see learnBracketLabels).
 */

/** A bracketed text at a line start, with the line's rest: "[Name] rest" or "(Name)". */
const BRACKETED = /^(?:\[([^[\]()\n]{1,60})\]|\(([^[\]()\n]{1,60})\))(?:[ \t]+|$)/u;
/** A name: one to five words, each opening with a capital, with the marks names carry. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|da|del|della|der|di|du|la|le|van|von|bin|al|y|dos|das)$/u;

export interface BracketLabel {
  /** the bracketed text as written, brackets included: the key of learnBracketLabels' set */
  key: string;
  name: string;
  rest: string;
}

/** The bracketed text opening `line`, when it is shaped as a name and holds no sound word. */
export function readBracketLabel(line: string): BracketLabel | null {
  if (line[0] !== '[' && line[0] !== '(') return null;
  const m = BRACKETED.exec(line);
  if (!m) return null;
  const name = (m[1] ?? m[2]!).trim();
  const words = name.split(/\s+/);
  if (words.length > 5 || !/^\p{Lu}/u.test(name) || !words.every((w) => NAME_WORD.test(w)) || hasSoundWord(name)) return null;
  return { key: m[0].trim(), name, rest: line.slice(m[0].length) };
}

/**
 * Bracketed names the track shows to be speaker labels: each opens a line with words after it
 * (on that line, or on the cue's next line), and at least one of them does so twice or more, as a
 * speaker who comes back is named again. A sound tag at a line start rarely has both a name's
 * shape and no sound word; a lone "[Door Slams] Who is there?" is not taken.
 */
export function learnBracketLabels(texts: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    if (text.indexOf('[') === -1 && text.indexOf('(') === -1) continue;
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      const label = readBracketLabel(line.trim());
      if (!label) return;
      const words = label.rest.trim() !== '' || (lines[i + 1]?.trim() ?? '') !== '';
      if (words) counts.set(label.key, (counts.get(label.key) ?? 0) + 1);
    });
  }
  return [...counts.values()].some((n) => n >= 2) ? new Set(counts.keys()) : new Set();
}
