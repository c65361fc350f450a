import type { Random } from './prng';

/**
 * CART-like caption text for a long public meeting, as a stenographer's export looks: stretches
 * in ALL CAPS and stretches in mixed case, ">>" speaker changes every few cues, now and then a
 * "NAME:" label, "[APPLAUSE]", and "&amp;" written as a character reference (as in real files).
 */

/** One cue's payload lines, exactly as written in the file (references not decoded). */
export type CueLines = string[];

/** Target width of a caption line in characters (608-style captions hold 32). */
const LINE_WIDTH = 32;

const WORDS = [
  'the', 'council', 'will', 'now', 'take', 'up', 'item', 'number', 'on', 'agenda', 'and', 'we', 'have', 'a',
  'motion', 'to', 'approve', 'is', 'there', 'second', 'thank', 'you', 'madam', 'chair', 'members', 'of',
  'public', 'comment', 'period', 'budget', 'for', 'fiscal', 'year', 'department', 'transportation', 'housing',
  'that', 'this', 'ordinance', 'amendment', 'resolution', 'district', 'residents', 'community', 'city',
  'staff', 'report', 'presentation', 'questions', 'colleagues', 'I', 'want', 'just', 'so', 'in', 'with',
  'would', 'like', 'be', 'able', 'funding', 'program', 'street', 'safety', 'park', 'library', 'permit',
  'review', 'hearing', 'vote', 'roll', 'call', 'present', 'aye', 'no', 'abstain', 'million', 'dollars',
  'percent', 'about', 'it', 'what', 'how', 'from', 'our', 'their', 'next', 'meeting', 'committee',
  'recommendation', 'policy', 'process', 'time', 'minutes', 'speaker', 'please', 'state', 'your', 'name',
  'record', 'again', 'everyone', 'good', 'morning', 'afternoon', 'evening', 'item', 'public', 'works',
];

/** Words written with a character reference, as caption files carry them. */
const REFERENCE_WORDS = ['Parks &amp; Recreation', 'Q&amp;A', 'Planning &amp; Development', 'R&amp;D', 'AT&amp;T'];

const NAMES = ['COUNCILMEMBER GALLO', 'MAYOR SCHAAF', 'CLERK', 'VICE MAYOR KAPLAN', 'MS. REID', 'DIRECTOR TAYLOR'];

const SOUNDS = ['[APPLAUSE]', '[LAUGHTER]', '[INAUDIBLE]', '[GAVEL]'];

function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s.])([a-z])/g, (_m, before: string, ch: string) => before + ch.toUpperCase());
}

/** Keeps the speaker and casing state across cues, as a real transcript runs on. */
export class CartTextSource {
  private capsLeft = 0;
  private caps = false;
  private cuesToTurn = 0;

  constructor(private readonly random: Random) {}

  /** The next cue's lines: usually two of about LINE_WIDTH characters, sometimes one. */
  nextCue(): CueLines {
    this.advanceStretch();
    const random = this.random;
    if (random.chance(0.015)) return [random.pick(SOUNDS)];
    const lines: CueLines = [];
    const lineCount = random.chance(0.1) ? 1 : 2;
    for (let i = 0; i < lineCount; i++) lines.push(this.line(i === 0 ? this.turnPrefix() : ''));
    // Now and then a sound closes the cue on a line of its own.
    if (lineCount === 2 && random.chance(0.02)) lines[1] = random.pick(SOUNDS);
    return lines.map((l) => (this.caps ? l.toUpperCase().replace(/&AMP;/g, '&amp;') : l));
  }

  /** CART exports switch between capitals and mixed case in long stretches (operator, software). */
  private advanceStretch(): void {
    if (this.capsLeft > 0) {
      this.capsLeft--;
      return;
    }
    this.caps = !this.caps;
    this.capsLeft = this.random.int(50, 400);
  }

  /** ">> " every few cues, sometimes followed by a "NAME:" label; rarely a bare label. */
  private turnPrefix(): string {
    const random = this.random;
    if (this.cuesToTurn > 0) {
      this.cuesToTurn--;
      return random.chance(0.01) ? `${this.label()} ` : '';
    }
    this.cuesToTurn = random.int(2, 6);
    return random.chance(0.3) ? `>> ${this.label()} ` : '>> ';
  }

  private label(): string {
    const name = this.random.pick(NAMES);
    return `${this.caps ? name : titleCase(name)}:`;
  }

  /** Fills one line with words to between LINE_WIDTH - 6 and LINE_WIDTH characters as written. */
  private line(prefix: string): string {
    const random = this.random;
    const width = random.int(LINE_WIDTH - 6, LINE_WIDTH);
    let text = prefix;
    let first = true;
    while (text.length < width) {
      let word = random.chance(0.02) ? random.pick(REFERENCE_WORDS) : random.pick(WORDS);
      if (first && prefix !== '') word = word.charAt(0).toUpperCase() + word.slice(1);
      const next = text === '' || text.endsWith(' ') ? text + word : `${text} ${word}`;
      // 608 captions hold LINE_WIDTH columns: a word that does not fit ends the line.
      if (next.length > LINE_WIDTH) break;
      text = next;
      first = false;
    }
    text = text.trimEnd();
    return text.length < LINE_WIDTH && random.chance(0.15) ? `${text}.` : text;
  }
}
