import { subsrtCaptions } from '../subsrt';
import type { EventFormat } from './event-format';

/**
 * Whether subsrt-ts reads one Dialogue line under the given Format. Each line is given to it on
 * its own, in a minimal script, so a line it rejects (it throws on a time it cannot parse, and
 * would then lose the whole file) is known exactly. Its data keys are the column names, so
 * Start/End/Text are passed in the spelling it expects.
 */
export function subsrtAcceptsDialogue(format: EventFormat, value: string): boolean {
  const columns = format.columns.map((c, i) => (i === format.start ? 'Start' : i === format.end ? 'End' : i === format.text ? 'Text' : c));
  try {
    return subsrtCaptions('ass', `[Events]\nFormat: ${columns.join(', ')}\nDialogue: ${value}\n`).length === 1;
  } catch {
    return false;
  }
}
