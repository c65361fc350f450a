/**
 * CEA-608 character sets and row numbers. Every byte here has its parity bit (bit 7) already
 * removed, so values are 0x00..0x7f.
 */

/**
 * The basic character set is ASCII except for nine positions that CEA-608 reassigned to
 * accented letters and symbols used in US Spanish and French captions.
 */
const STANDARD_EXCEPTIONS: ReadonlyMap<number, string> = new Map([
  [0x2a, 'á'],
  [0x5c, 'é'],
  [0x5e, 'í'],
  [0x5f, 'ó'],
  [0x60, 'ú'],
  [0x7b, 'ç'],
  [0x7c, '÷'],
  [0x7d, 'Ñ'],
  [0x7e, 'ñ'],
  [0x7f, '█'],
]);

/** The character for a basic-set byte (0x20..0x7f), or null for any other byte. */
export function standardChar(byte: number): string | null {
  if (byte < 0x20 || byte > 0x7f) return null;
  return STANDARD_EXCEPTIONS.get(byte) ?? String.fromCharCode(byte);
}

/**
 * Special characters: first byte 0x11 (0x19 on data channel 2), second byte 0x30..0x3f, indexed
 * from 0x30. Position 0x39 is the "transparent space", read as a plain space since recap keeps
 * text only.
 */
export const SPECIAL_CHARS: readonly string[] = [
  '®', '°', '½', '¿', '™', '¢', '£', '♪', 'à', ' ', 'è', 'â', 'ê', 'î', 'ô', 'û',
];

/**
 * Extended Western European characters, second byte 0x20..0x3f indexed from 0x20. Each one
 * replaces the character before it: senders transmit a basic-set fallback first ("A" before "Á")
 * so that older decoders still show something readable.
 */
export const EXTENDED_CHARS_12: readonly string[] = [
  // Spanish, then miscellaneous symbols
  'Á', 'É', 'Ó', 'Ú', 'Ü', 'ü', '‘', '¡', '*', "'", '—', '©', '℠', '•', '“', '”',
  // French
  'À', 'Â', 'Ç', 'È', 'Ê', 'Ë', 'ë', 'Î', 'Ï', 'ï', 'Ô', 'Ù', 'ù', 'Û', '«', '»',
];

/** First byte 0x13 (0x1b on channel 2): Portuguese, then German and Danish, with box corners. */
export const EXTENDED_CHARS_13: readonly string[] = [
  'Ã', 'ã', 'Í', 'Ì', 'ì', 'Ò', 'ò', 'Õ', 'õ', '{', '}', '\\', '^', '_', '|', '~',
  'Ä', 'ä', 'Ö', 'ö', 'ß', '¥', '¤', '│', 'Å', 'å', 'Ø', 'ø', '┌', '┐', '└', '┘',
];

/**
 * Screen row (1..15) addressed by a preamble address code, by its first byte with the channel
 * bit cleared (0x10..0x17); each first byte covers two rows, chosen by bit 5 of the second byte.
 * First byte 0x10 addresses only row 11 (second bytes 0x40..0x5f).
 */
const PAC_ROWS: ReadonlyMap<number, readonly [number, number | null]> = new Map([
  [0x11, [1, 2]],
  [0x12, [3, 4]],
  [0x15, [5, 6]],
  [0x16, [7, 8]],
  [0x17, [9, 10]],
  [0x10, [11, null]],
  [0x13, [12, 13]],
  [0x14, [14, 15]],
]);

/** The row a preamble address code names, or null when the pair is not one. */
export function pacRow(first: number, second: number): number | null {
  if (second < 0x40 || second > 0x7f) return null;
  const rows = PAC_ROWS.get(first & 0x17);
  if (!rows) return null;
  return (second & 0x20) === 0 ? rows[0] : rows[1];
}

/**
 * The column a preamble address code puts the cursor in: second bytes whose low five bits are
 * 0x10..0x1f are "indent" codes (0, 4, ... 28 columns); the others only set a colour or italics
 * and leave the cursor at column 0.
 */
export function pacIndent(second: number): number {
  const low = second & 0x1f;
  return low >= 0x10 ? ((low - 0x10) >> 1) * 4 : 0;
}

/** The miscellaneous control codes (first byte 0x14/0x1c, or 0x15/0x1d on field 2), by second byte. */
export const MISC_COMMANDS = [
  'RCL', 'BS', 'AOF', 'AON', 'DER', 'RU2', 'RU3', 'RU4', 'FON', 'RDC', 'TR', 'RTD', 'EDM', 'CR', 'ENM', 'EOC',
] as const;
export type MiscCommand = (typeof MISC_COMMANDS)[number];
