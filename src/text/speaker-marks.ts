import { stripInvisibleCharacters } from '../model/invisible-characters';
import { isGenericLabel } from './generic-labels';

/**
 * Speaker marks in caption text: CART ">>" changes (">>>" too), "NAME:" labels (CART capitals,
 * Zoom "First Last:"), and subtitle dialogue dashes. Pure functions over one line of text.
 */

/** A speaker-change mark: two or more ">" (already decoded from "&gt;&gt;"). */
const TURN_MARK = />>+/;

/**
 * Splits a line at speaker-change marks, dropping the white space around each mark. The white
 * space is trimmed from the pieces rather than matched: a pattern with `\s*` before the mark
 * tries a run of spaces from each of its positions, which takes time growing with the square of
 * the run (200 KB of spaces after a label took 46 s).
 */
export function splitAtTurnMarks(line: string): string[] {
  if (line.indexOf('>>') === -1) return [line];
  const pieces = line.split(TURN_MARK);
  const last = pieces.length - 1;
  return pieces.map((piece, i) => (i === 0 ? piece.trimEnd() : i === last ? piece.trimStart() : piece.trim()));
}

const CAPS_WORD = "[A-Z][A-Z'’.\\-]*";
const TITLE_WORD = "[A-Z][\\p{L}'’.\\-]*";
const PARTICLE = '(?:de|da|del|della|der|di|du|la|le|van|von|bin|al|y|dos|das)';
/** The colon after a label: an ASCII one before a space or the line end, or a full-width one (Chinese, Japanese), which takes no space. */
const LABEL_COLON = String.raw`\s*(?::(?:\s+|$)|：\s*)`;
const CAPS_LABEL = new RegExp(`^(${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,4})${LABEL_COLON}`, 'u');
const TITLE_LABEL = new RegExp(`^(${TITLE_WORD}(?:\\s+(?:${TITLE_WORD}|${PARTICLE})){1,3})${LABEL_COLON}`, 'u');
// After a ">>" mark any single token may name the speaker ("me013:", "Voice1:", "Bilel:").
const SINGLE_LABEL = new RegExp(String.raw`^([\p{L}\p{N}][\p{L}\p{N}'’._-]{0,29})${LABEL_COLON}`, 'u');

/**
 * Any short run of text before a colon: the shape of labels that only the track can vouch for
 * (Zoom display names: "jsmith", "iPhone", "tom.r2", "李明", "Dr. Ana O'Neil (she/her)"). Bounded
 * and without a colon inside, so a long line costs at most 60 characters of matching.
 */
const LOOSE_LABEL = new RegExp(String.raw`^([^\s:：>][^:：\n?!"“”？！]{0,59}?)${LABEL_COLON}`, 'u');
const MAX_LOOSE_WORDS = 6;
/** A telephone number, digits perhaps masked with '*': at least 7 of them, not a time or a year. */
const PHONE = /^\+?(?:[\d*][\s().-]?){7,15}$/;
const CAPITALISED = /^[\p{Lu}\p{Lt}\p{N}]/u;
/**
 * A word that may open a name after a ">>" mark: capitalised, or in a script without case
 * (Arabic, Hebrew, Chinese, Japanese, Korean), where nothing shows a name but its place.
 */
const NAME_START = /^[\p{Lu}\p{Lt}\p{N}\p{Lo}]/u;
/** A label of a script without spaces is a name or a role, not a clause: "主持人", "王小明", "議長". */
const MAX_UNSPACED_LABEL = 10;

/** A run of Chinese or Japanese longer than a name or a role: the start of a sentence ("他明确地告诉我们大家："). */
const isUnspacedClause = (name: string): boolean => /^\p{Lo}/u.test(name) && !/\s/.test(name) && name.length > MAX_UNSPACED_LABEL;

/** Whether a line has a colon, ASCII or full-width: no label without one. */
export const hasColon = (line: string): boolean => line.indexOf(':') !== -1 || line.indexOf('：') !== -1;
// A comma may end a word: directories list people "Last, First".
const LOOSE_WORD = /^[\p{L}\p{M}\p{N}'’.()/_@+-]*[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.()/_@+-]*,?$/u;

/** Words that end in a colon at a line start without naming anyone. */
const NOT_NAMES = new Set([
  'NOTE', 'NOTES', 'WARNING', 'EXAMPLE', 'AGENDA', 'ITEM', 'MOTION', 'RESOLUTION', 'SUBJECT', 'TOPIC', 'RE',
  'PS', 'UPDATE', 'CAPTION', 'CAPTIONS', 'CAPTIONING', 'TRANSCRIPT', 'SUMMARY', 'ACTION', 'DATE', 'TIME', 'WHERE',
  'WHEN', 'WHAT', 'WHY', 'HOW', 'BUT', 'AND', 'SO', 'OK', 'OKAY', 'YES', 'NO', 'THE', 'THIS', 'THAT', 'HERE',
  'WELL', 'NOW', 'THEN', 'FIRST', 'FINALLY', 'ALSO', 'REMINDER', 'IMPORTANT',
]);

/** Words that open numbered headings ("Step 2:", "Part 1:") or stand alone as one ("Question:"), naming no speaker. */
const HEADING_WORDS = new Set(['STEP', 'PART', 'CHAPTER', 'QUESTION', 'ANSWER', 'SECTION', 'SLIDE', 'PAGE', 'FIGURE', 'TABLE', 'SCENE', 'ROUND', 'PHASE', 'LESSON', 'EXERCISE', 'POINT', 'OPTION', 'TIP', 'HINT', 'FACT', 'RECAP', 'TAKEAWAY', 'DEFINITION', 'PROBLEM', 'SOLUTION', 'HOMEWORK', 'SPOILER', 'BONUS']);

/**
 * Words that end ordinary lead-in phrases ("For example:", "Pro tip:", "Fun fact:", "Bottom line:",
 * "Side note:"), and words that open them: no name of a person ends or begins so.
 */
const PHRASE_ENDS = new Set([
  'EXAMPLE', 'EXAMPLES', 'INSTANCE', 'TIP', 'TIPS', 'FACT', 'FACTS', 'LINE', 'NOTE', 'POINT', 'TAKEAWAY', 'TAKEAWAYS', 'HINT',
  'ALERT', 'REMINDER', 'WARNING', 'CAVEAT', 'DISCLAIMER', 'QUESTION', 'QUESTIONS', 'ANSWER', 'IDEA', 'TRICK', 'LESSON',
  'SUMMARY', 'RECAP', 'UPDATE', 'DEFINITION', 'PROBLEM', 'SOLUTION', 'RESULT', 'RESULTS', 'CONCLUSION', 'GOAL', 'THOUGHT',
  'THOUGHTS', 'THING', 'THINGS', 'WORD', 'WORDS', 'CHALLENGE', 'EXERCISE', 'STEP', 'STEPS', 'RULE', 'STORY',
]);
const PHRASE_STARTS = new Set(['FOR', 'IN', 'ON', 'AT', 'BY', 'TO', 'WITH', 'AS', 'IF', 'MY', 'OUR', 'YOUR', 'ONE', 'ANOTHER', 'EVERY', 'SOME', 'QUICK', 'SIDE']);

export interface Label {
  name: string;
  /** the rest of the line after the label */
  rest: string;
}

export type LabelMode =
  /** right after a ">>" mark: any plausible label */
  | 'after-mark'
  /** at a line start in mixed-case text */
  | 'line-start'
  /** at a line start in an all-capitals track: only labels seen often enough (see below) */
  | 'line-start-caps';

function acceptable(name: string): boolean {
  const words = name.toUpperCase().split(/\s+/);
  return !words.every((w) => NOT_NAMES.has(w.replace(/[.'’]/g, '')));
}

/**
 * Reads a speaker label at the start of `line`. `known` holds the labels the track has shown to be
 * labels (learnLabels, and in a capitals track the capitals labels that recur): those are taken in
 * any mode, case and shape. In `line-start-caps` mode no other label is, since every line there is
 * capitals.
 */
export function readLabel(line: string, mode: LabelMode, known?: ReadonlySet<string>): Label | null {
  // Every label ends in a colon; most lines have none, and this spares them the patterns.
  if (!hasColon(line)) return null;
  if (line[0] === '[') return bracketedLabel(line);
  const patterns = mode === 'after-mark' ? [CAPS_LABEL, TITLE_LABEL, SINGLE_LABEL] : [CAPS_LABEL, TITLE_LABEL];
  // A label the track has shown to be one (see learnLabels) is taken in any case and shape.
  if (known !== undefined && known.size > 0) {
    const loose = looseLabel(line);
    if (loose && known.has(loose.name)) return loose;
  }
  for (const pattern of patterns) {
    const m = pattern.exec(line);
    if (!m) continue;
    // Hangul fillers are letters to the patterns but show nothing: "Ann\u3164" must be "Ann".
    const name = stripInvisibleCharacters(m[1]!).trim();
    if (name === '' || !acceptable(name) || isUnspacedClause(name)) return null;
    if (mode === 'line-start-caps' && !(known?.has(name) ?? false)) return null;
    if (mode !== 'after-mark' && pattern === CAPS_LABEL && name.length < 2) return null;
    return { name, rest: line.slice(m[0].length) };
  }
  // After a mark, a name of capitalised words, digits or letters beyond A-Z too ("MAN 2:",
  // "MÄRTHA:", "Carlos Farías Núñez:"), as writers put any speaker's name there.
  if (mode === 'after-mark') {
    const loose = looseLabel(line);
    if (loose && !isUnspacedClause(loose.name) && loose.name.split(/\s+/).every((w) => NAME_START.test(w))) return loose;
  }
  return null;
}

/**
 * Where a display name's note starts: Zoom and Teams users add their organisation or role after a
 * bar or a spaced dash ("Ana Ruiz | Acme Corp", "João Alves - Prefeitura de Recife", "Li Wei –
 * Host"). A hyphen inside a word is part of the name ("Okonkwo-Baptiste").
 */
const NOTE_SEPARATOR = /\s*\|\s*|\s+[-–—]\s+/u;
/** A note in brackets anywhere in a display name: "(she/her)", "(Acme Corp)", "[Recife]". */
const BRACKET_NOTE = /\s*(?:\([^()[\]]*\)|\[[^()[\]]*\])/gu;

/** A display name's name, without the notes that follow it (see NOTE_SEPARATOR, BRACKET_NOTE). */
export function displayNameHead(name: string): { head: string; notes: string[] } {
  const notes: string[] = [];
  const unbracketed = name.replace(BRACKET_NOTE, (note) => {
    notes.push(note.trim().slice(1, -1));
    return ' ';
  });
  const [head, ...after] = unbracketed.split(NOTE_SEPARATOR);
  return { head: head!.trim(), notes: [...notes, ...after.map((n) => n.trim())] };
}

/**
 * Whether a run of text before a colon could name someone. A name is words of letters and digits
 * (with the marks names carry), the first with a letter, and more than one character, as the
 * capitals rule asks: "37% 74% -" and "V" name no one. Notes after the name (see displayNameHead)
 * are each a few words holding a letter or digit.
 */
function isLooseName(name: string): boolean {
  // Dial-in callers are shown by their number, often masked ("+1 555***0100").
  if (PHONE.test(name)) return true;
  const { head, notes } = displayNameHead(name);
  const words = head.split(/\s+/);
  if (head.length < 2 || words.length > MAX_LOOSE_WORDS || !/\p{L}/u.test(words[0]!)) return false;
  if (!words.every((w) => LOOSE_WORD.test(w)) || !acceptable(head)) return false;
  if (!notes.every((n) => /[\p{L}\p{N}]/u.test(n) && n.split(/\s+/).length <= MAX_LOOSE_WORDS)) return false;
  // "Item 4:", "Note to self:", "Step 2:", "Question:" recur in ordinary text without naming anyone.
  const first = words[0]!.toUpperCase().replace(/[.,'’]/g, '');
  if (NOT_NAMES.has(first) || HEADING_WORDS.has(first)) return false;
  // "Okoro, Ben:" is a name in directory order; "Right, then:" is not.
  return !head.includes(',') || words.every((w) => CAPITALISED.test(w));
}

/**
 * A bracketed label followed by a colon ("[SPEAKER_00]: so the first", as WhisperX writes its
 * diarized speakers): a sound tag is never followed by a colon, so this is a label whatever the
 * case of the track. The name is the text inside the brackets.
 */
const BRACKETED_LABEL = new RegExp(String.raw`^\[([^[\]\n:：]{1,60})\]${LABEL_COLON}`, 'u');

function bracketedLabel(line: string): Label | null {
  const m = BRACKETED_LABEL.exec(line);
  if (!m) return null;
  const name = stripInvisibleCharacters(m[1]!).trim();
  return isLooseName(name) ? { name, rest: line.slice(m[0].length) } : null;
}

/** A run of text before a colon that may be a label of any shape, when it could name someone. */
function looseLabel(line: string): Label | null {
  if (line[0] === '[') return bracketedLabel(line);
  const m = LOOSE_LABEL.exec(line);
  if (!m) return null;
  const name = stripInvisibleCharacters(m[1]!).trim();
  return isLooseName(name) ? { name, rest: line.slice(m[0].length) } : null;
}

/**
 * A label that reads as the lead-in of a sentence rather than a name: a heading word alone
 * ("Question:"), a phrase opening or ending as lead-ins do ("For example:", "Bottom line:"), or in
 * mixed case a capitalised word followed by lower-case ones ("Fun fact:", "Pro tip:"), as sentence
 * starts are written and names are not. Only the name is judged, not its notes ("(she/her)",
 * "| City of Recife"; see displayNameHead), and name particles are not counted.
 */
export function isPhraseLabel(name: string): boolean {
  if (isLeadInWording(name)) return true;
  const words = displayNameHead(name).head.split(/\s+/).filter(Boolean);
  if (words.length < 2) return false;
  // "Audience member:" is sentence-cased as lead-ins are, but a role a captioner labels people by.
  if (isGenericLabel(name)) return false;
  const particle = new RegExp(`^${PARTICLE}$`);
  return CAPITALISED.test(words[0]!) && words.slice(1).some((w) => /^\p{Ll}+$/u.test(w) && !particle.test(w));
}

/** The words of a lead-in whatever their case: a heading word alone, or a phrase opening or ending as lead-ins do. */
function isLeadInWording(name: string): boolean {
  const keys = displayNameHead(name)
    .head.split(/\s+/)
    .filter(Boolean)
    .map((w) => w.toUpperCase().replace(/[^\p{L}\p{N}]/gu, ''));
  if (keys.length === 0) return false;
  if (keys.length === 1) return HEADING_WORDS.has(keys[0]!) || PHRASE_ENDS.has(keys[0]!) || NOT_NAMES.has(keys[0]!);
  return PHRASE_STARTS.has(keys[0]!) || NOT_NAMES.has(keys[0]!) || PHRASE_ENDS.has(keys[keys.length - 1]!);
}

/** What a track's own text shows about its labels (see learnLabels). */
export interface LearnedLabels {
  /** texts the track shows to be speaker labels */
  labels: Set<string>;
  /**
   * The captioner names the speaker on most cues (Zoom, many SRT files): a label repeating the
   * current speaker then continues the turn even after a ">>" mark.
   */
  namesEveryCue: boolean;
  /**
   * Essentially every cue opens with a label (ALMOST_EVERY_CUE of them) and the same name opens
   * consecutive cues: the captioner names the speaker on each cue, as Zoom does, leaving the name
   * off only when it cannot tell who speaks. A captioner who names only changes of speaker (recap's
   * own writers too) never opens two cues with one name, so a track of short turns is not taken
   * for one. A role label anyone may carry ("SPEAKER") repeated is most often two people, and
   * shows nothing. A track that marks turns with ">>" (CART) says a cue without the mark continues
   * the turn, and is not one either.
   */
  namesAlmostEveryCue: boolean;
}

/** Share of a track's cues that must open with a label for namesAlmostEveryCue. */
const ALMOST_EVERY_CUE = 0.9;

/** Share of a track's cues that repeated labels must open before they are taken (tier 2 below). */
const LEARNED_SHARE = 0.02;
/** How often one text must open a line before it is taken for a label (tier 2 below). */
const LEARNED_MIN_COUNT = 3;

/**
 * Labels of any shape that the track itself shows to be labels. A captioner who names the speaker
 * on every cue (Zoom, many SRT files) opens most cues with "Name:": when at least half the cues
 * open so (3 at least), every text opening a cue that way is a label, even one said once ("iPhone: yes").
 * Otherwise a text is a label when it opens at least 3 lines (after ">>" marks too), such
 * repeated openings make at least 2% of the cues, and it does not read as a sentence's lead-in
 * (isPhraseLabel). A change of speaker needs two speakers: one such text alone is taken only when
 * it also follows a ">>" mark, as "For example:" repeated through a lecture never does.
 */
export function learnLabels(texts: readonly string[]): LearnedLabels {
  const counts = new Map<string, number>();
  const opening = new Set<string>();
  // how often each text opens a turn after a ">>" mark
  const afterMark = new Map<string, number>();
  let cues = 0;
  let opened = 0;
  // cues opening with the label that opened the cue before (see namesAlmostEveryCue)
  let repeats = 0;
  let previous: string | null = null;
  // cues opening with a ">>" mark (CART): a cue without one continues the turn there
  let marked = 0;
  for (const text of texts) {
    if (text.trim() === '') continue;
    cues++;
    if (text.trimStart().startsWith('>>')) marked++;
    let opener: string | null = null;
    // no label without a colon
    if (hasColon(text)) {
      text.split('\n').forEach((line, index) => {
        let first = index === 0;
        splitAtTurnMarks(line).forEach((piece, at) => {
          if (piece.trim() === '') return;
          const label = looseLabel(piece.trim());
          if (label) counts.set(label.name, (counts.get(label.name) ?? 0) + 1);
          if (label && at > 0) afterMark.set(label.name, (afterMark.get(label.name) ?? 0) + 1);
          if (label && first) {
            opening.add(label.name);
            opened++;
            opener = label.name;
          }
          first = false;
        });
      });
    }
    if (opener !== null && opener === previous && !isGenericLabel(opener)) repeats++;
    previous = opener;
  }
  if (opened >= LEARNED_MIN_COUNT && 2 * opened >= cues) {
    const almostEvery = opened >= ALMOST_EVERY_CUE * cues && repeats > 0 && marked === 0;
    return { labels: opening, namesEveryCue: true, namesAlmostEveryCue: almostEvery };
  }
  // A sentence-cased role ("Clerk's office:", "Técnico de sonido:") reads as a lead-in by its case, but
  // one that opens turns after ">>" marks again and again is the captioner's label for a voice.
  const turnLabel = (name: string) => (afterMark.get(name) ?? 0) >= LEARNED_MIN_COUNT && !isLeadInWording(name);
  let repeated = [...counts].filter(([name, n]) => n >= LEARNED_MIN_COUNT && (!isPhraseLabel(name) || turnLabel(name)));
  if (repeated.length < 2) repeated = repeated.filter(([name]) => afterMark.has(name));
  const total = repeated.reduce((sum, [, n]) => sum + n, 0);
  const labels = repeated.length > 0 && total >= LEARNED_SHARE * cues ? new Set(repeated.map(([name]) => name)) : new Set<string>();
  return { labels, namesEveryCue: false, namesAlmostEveryCue: false };
}

/** Labels at line starts or after marks, with how often each occurs (for the caps rule). */
export function countLabels(lines: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (!hasColon(line)) continue; // no label without a colon
    for (const piece of splitAtTurnMarks(line)) {
      const m = CAPS_LABEL.exec(piece.trim());
      if (m) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
    }
  }
  return counts;
}

/** True when most letters of the text are capitals (CART style). */
export function isMostlyCapitals(text: string): boolean {
  let upper = 0;
  let lower = 0;
  // Char codes, not a for-of over code points: this runs over a whole track's text at once.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) upper++;
    else if (c >= 0x61 && c <= 0x7a) lower++;
  }
  return upper > 3 * lower && upper > 20;
}
