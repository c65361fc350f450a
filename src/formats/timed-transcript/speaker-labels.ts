import type { Diagnostic } from '../../model/track';
import { labelRules } from '../../text/normalize';
import { readLabel } from '../../text/speaker-marks';
import { preview } from '../blocks';

/**
 * Whether the names of an export whose layout writes the speaker inline ("[00:00:12] Name: text"
 * of Descript, "Name: [00:00:12] text" of Sonix) are names. Descript writes the same layout
 * without speaker labels, and then a colon early in a paragraph ("Here is the plan for today:
 * hives ...") looks like one. A line alone cannot tell; the file can, so it is decided once for
 * the file, by the rules recap reads "Name:" labels with in any caption text (src/text): a label
 * opening most paragraphs, or recurring, is a name of any shape; otherwise only a label shaped
 * like a name ("Ana Reyes:", "MALE VOICE:") is. Anything else is put back into its text.
 */

/** A paragraph as the reader holds it while it decides (only the fields this needs). */
export interface InlineNamed {
  line: number;
  name: string | null;
  /** the text on the header's line, after the name */
  head: string;
  /** the header's text with the name kept as text; set where the layout writes names inline */
  unnamedText?: string;
}

function unname(p: InlineNamed): void {
  p.name = null;
  p.head = p.unnamedText!;
}

/**
 * Settles the inline names of a file's paragraphs, in place: a label stays a name when the
 * file's label rules read it as one; any other is put back into its text. Says what was decided
 * where a label was put back.
 */
export function settleInlineNames(paragraphs: InlineNamed[], service: string, diagnostics: Diagnostic[]): void {
  const inline = paragraphs.filter((p) => p.unnamedText !== undefined && p.name !== null);
  if (inline.length === 0) return;
  // The text each paragraph opens with, names kept: what the rules learn the file's labels from.
  const rules = labelRules(paragraphs.map((p) => p.unnamedText ?? p.head));
  const refused = inline.filter((p) => readLabel(p.unnamedText!, rules.lineStartMode, rules.known) === null);
  if (refused.length === 0) return;
  for (const p of refused) unname(p);
  if (refused.length === inline.length) {
    diagnostics.push({
      severity: 'info',
      line: refused[0]!.line,
      message: `read as a ${service} export without speaker labels: no text before a colon is read as a name (not shaped like one, and not opening most paragraphs), so each is kept as text, as in ${preview(refused[0]!.head)}`,
    });
    return;
  }
  for (const p of refused) {
    diagnostics.push({ severity: 'info', line: p.line, message: `the text before the colon is not read as a speaker (not shaped like a name, and not one of the file's labels): kept as text, ${preview(p.head)}` });
  }
}
