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

/** "H:MM:SS.cc": a time subsrt-ts's own pattern (`\d+:` hours, 1-2 digit fields, 1-3 fraction digits) takes. */
const PLAIN_TIME = /^\d{1,9}:\d\d:\d\d\.\d\d$/;

/** Characters its line pattern `(.*)$` stops at: a line holding one is not read. */
const LINE_BREAK = /[\r\n\u2028\u2029]/;

const formatIsPlain = new WeakMap<EventFormat, boolean>();

/**
 * Whether the minimal script subsrtAcceptsDialogue builds reads this Format's Start and End from
 * our own fields: both before the last (Text) column, so its split at every comma gives the same
 * trimmed values; no other column it would also file under "Start" or "End"; no line break in a name.
 */
function plainFormat(format: EventFormat): boolean {
  let plain = formatIsPlain.get(format);
  if (plain === undefined) {
    const last = format.columns.length - 1;
    plain =
      format.start < last &&
      format.end < last &&
      format.columns.every((c, i) => i === format.start || i === format.end || (c !== 'Start' && c !== 'End')) &&
      !format.columns.some((c) => LINE_BREAK.test(c));
    formatIsPlain.set(format, plain);
  }
  return plain;
}

/**
 * True when subsrtAcceptsDialogue would certainly say yes, without running it: a plain Format,
 * a value with no line break, and Start and End fields of the plain "H:MM:SS.cc" shape. Most
 * lines are like this; the others are still put to subsrt-ts itself.
 */
export function subsrtSurelyAccepts(format: EventFormat, fields: string[], value: string): boolean {
  return (
    plainFormat(format) &&
    PLAIN_TIME.test(fields[format.start] ?? '') &&
    PLAIN_TIME.test(fields[format.end] ?? '') &&
    !LINE_BREAK.test(value)
  );
}
