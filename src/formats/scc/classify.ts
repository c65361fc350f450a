import {
  EXTENDED_CHARS_12,
  EXTENDED_CHARS_13,
  MISC_COMMANDS,
  pacIndent,
  pacRow,
  SPECIAL_CHARS,
  standardChar,
  type MiscCommand,
} from './cea608-tables';

/** What a control pair asks the decoder to do. */
export type Command =
  | { type: 'misc'; name: MiscCommand }
  | { type: 'pac'; row: number; indent: number }
  /** mid-row style change: shown as a space */
  | { type: 'mid-row' }
  /** optional background/foreground attribute: no cell of its own (see decoder) */
  | { type: 'attribute' }
  /** optional alternate character set selection, which recap does not need */
  | { type: 'charset' }
  | { type: 'tab'; columns: number }
  | { type: 'special'; char: string }
  | { type: 'extended'; char: string };

/**
 * One byte pair, parity bits removed, as the caption stream defines it.
 * Data channels 1 and 2 share field 1; channels 3 and 4 (field 2) only show up through the
 * miscellaneous commands whose first byte is 0x15/0x1d.
 */
export type Code =
  | { kind: 'padding' }
  | { kind: 'chars'; text: string; invalidSecond: boolean }
  /** extended data services packet bytes (0x01..0x0f); `end` is the 0x0f end-of-packet pair */
  | { kind: 'xds'; end: boolean }
  | { kind: 'control'; channel: 1 | 2 | 3 | 4; command: Command }
  | { kind: 'unknown' };

function controlCommand(group: number, second: number): Command | null {
  const row = pacRow(group, second);
  if (row !== null) return { type: 'pac', row, indent: pacIndent(second) };
  if (second < 0x20 || second > 0x3f) return null;
  const low = second & 0x0f;
  switch (group) {
    case 0x10:
      return second <= 0x2f ? { type: 'attribute' } : null;
    case 0x11:
      return second <= 0x2f ? { type: 'mid-row' } : { type: 'special', char: SPECIAL_CHARS[low]! };
    case 0x12:
      return { type: 'extended', char: EXTENDED_CHARS_12[second - 0x20]! };
    case 0x13:
      return { type: 'extended', char: EXTENDED_CHARS_13[second - 0x20]! };
    case 0x14:
    case 0x15:
      return second <= 0x2f ? { type: 'misc', name: MISC_COMMANDS[low]! } : null;
    case 0x17:
      if (second >= 0x21 && second <= 0x23) return { type: 'tab', columns: second - 0x20 };
      if (second >= 0x24 && second <= 0x2a) return { type: 'charset' };
      if (second >= 0x2d && second <= 0x2f) return { type: 'attribute' };
      return null;
    default:
      return null;
  }
}

/** Classifies a byte pair whose parity bits have been removed (both bytes 0x00..0x7f). */
export function classifyPair(first: number, second: number): Code {
  if (first === 0 && second === 0) return { kind: 'padding' };
  if (first >= 0x01 && first <= 0x0f) return { kind: 'xds', end: first === 0x0f };
  if (first >= 0x10 && first <= 0x1f) {
    const group = first & 0x17;
    const command = controlCommand(group, second);
    if (!command) return { kind: 'unknown' };
    const channel2 = (first & 0x08) !== 0;
    // 0x15/0x1d carry the miscellaneous commands of field 2, i.e. channels 3 and 4.
    const field2 = group === 0x15 && command.type === 'misc';
    const channel = field2 ? (channel2 ? 4 : 3) : channel2 ? 2 : 1;
    return { kind: 'control', channel, command };
  }
  // Two basic-set characters; a zero byte is padding. first is 0 or 0x20..0x7f here.
  const a = standardChar(first) ?? '';
  const b = standardChar(second) ?? '';
  const invalidSecond = second !== 0 && second < 0x20;
  if (a === '' && b === '') return { kind: 'unknown' };
  return { kind: 'chars', text: a + b, invalidSecond };
}
