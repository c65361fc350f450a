const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const sameName = (a: string, b: string): boolean => a.normalize('NFC').toLocaleLowerCase() === b.normalize('NFC').toLocaleLowerCase();

/**
 * Finds the visible speaker labels of a reader's text, in the forms caption guidelines use: CART
 * ">> NAME:" (or ">>" alone for an unnamed speaker), "NAME:", "[NAME]" and a leading hyphen. Only
 * the track's own speakers count as names, so "Note: ..." in the text is not taken for a label.
 * Names compare without regard to case: "AMARA TESFAYE:" in capitals is the name spelled the same.
 */
export class LabelReader {
  private readonly named: RegExp | null;

  constructor(private readonly speakers: readonly string[]) {
    const names = [...new Set(speakers)].sort((a, b) => b.length - a.length).map(escapeRegExp);
    this.named = names.length > 0 ? new RegExp(`^(?:>>\\s*|-\\s*)?(?:(${names.join('|')})\\s*:|\\[(${names.join('|')})\\])\\s*`, 'iu') : null;
  }

  /** A line's label (a name, or null for an unnamed mark; undefined for none) and its text without it. */
  read(line: string): { label: string | null | undefined; rest: string } {
    const named = this.named?.exec(line);
    if (named) {
      const said = (named[1] ?? named[2])!;
      return { label: this.speakers.find((s) => sameName(s, said)) ?? said, rest: line.slice(named[0].length) };
    }
    const mark = /^(?:>>|-)\s+/.exec(line) ?? /^>>$/.exec(line);
    if (mark) return { label: null, rest: line.slice(mark[0].length) };
    return { label: undefined, rest: line };
  }
}
