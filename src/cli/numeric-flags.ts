import { InvalidArgumentError } from 'commander';
import { parseClockMs } from '../model/timecode';

/**
 * The parsers of recap's numeric flags, each given to commander as the option's argParser
 * (`.option('--limit <n>', help, positiveInteger)`): a flag's value is read once, when the command
 * line is parsed, and a bad one is a usage error (exit 2) that commander reports with the flag and
 * the value, before any command starts work.
 */

/** A whole number in [min, max], written as plain digits ("2.5", "1e3", "0x10" and "" are refused). */
function wholeNumberIn(value: string, min: number, max: number, expected: string): number {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new InvalidArgumentError(`Expected ${expected}.`);
  return n;
}

/** A count or a duration that must be at least 1 (--limit, --concurrency, --lock-ms, --summary-words). */
export function positiveInteger(value: string): number {
  return wholeNumberIn(value, 1, Number.MAX_SAFE_INTEGER, 'a whole number from 1 up');
}

/** A TCP port to listen on; 0 lets the system pick a free one. */
export function portNumber(value: string): number {
  return wholeNumberIn(value, 0, 65_535, 'a port number from 0 to 65535 (0: any free port)');
}

/** A moment of a recording: seconds ("90") or [hh:]mm:ss[.fff] ("1:30", "00:01:30.5"), in ms. */
export function recordingTimeFlag(value: string): number {
  const ms = parseClockMs(value);
  if (ms === null) throw new InvalidArgumentError('Expected seconds or [hh:]mm:ss.');
  return ms;
}
