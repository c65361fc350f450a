import iconv from 'iconv-lite';

export interface DecodedText {
  /** the text with the byte-order mark removed and every line ending turned into "\n" */
  text: string;
  /** the encoding used, as iconv-lite names it */
  encoding: string;
  bom: boolean;
}

const BOMS: ReadonlyArray<[bytes: number[], encoding: string]> = [
  // UTF-32 LE must be tested before UTF-16 LE: its BOM starts with the same two bytes.
  [[0xff, 0xfe, 0x00, 0x00], 'utf-32le'],
  [[0x00, 0x00, 0xfe, 0xff], 'utf-32be'],
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/**
 * Guesses UTF-16 without a BOM: caption text is mostly ASCII, so one byte of each pair is zero.
 * Returns the byte order, or null when the bytes do not look like UTF-16.
 */
function sniffBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Normalises CRLF and bare CR line endings to LF (line numbers are unchanged by this). */
export function normalizeLineEndings(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
}

/**
 * UTF-8 (or ASCII) bytes with CRLF and lone CR turned into LF, as normalizeLineEndings does to the
 * decoded text: a CR byte is never part of a multi-byte sequence, so doing it first gives the same
 * text and the same validity. Done on the bytes because String.replace over a whole file leaves
 * a string of many pieces that V8 must then flatten (as long again as the replace itself).
 */
function withLfEndings(bytes: Uint8Array): Uint8Array {
  const first = bytes.indexOf(13);
  if (first === -1) return bytes;
  const out = new Uint8Array(bytes.length);
  out.set(bytes.subarray(0, first));
  let n = first;
  for (let i = first; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b !== 13) {
      out[n++] = b;
      continue;
    }
    out[n++] = 10;
    if (bytes[i + 1] === 10) i++;
  }
  return out.subarray(0, n);
}

/**
 * Decodes caption bytes: UTF-8 with or without BOM, UTF-16/UTF-32 by BOM (or UTF-16 by its zero
 * bytes), and Windows-1252 (a superset of Latin-1's printable range) when the bytes are not UTF-8.
 */
export function decodeCaptionBytes(bytes: Uint8Array): DecodedText {
  for (const [prefix, encoding] of BOMS) {
    if (startsWith(bytes, prefix)) {
      const body = Buffer.from(bytes.buffer, bytes.byteOffset + prefix.length, bytes.length - prefix.length);
      return { text: normalizeLineEndings(iconv.decode(body, encoding, { stripBOM: true })), encoding, bom: true };
    }
  }
  const utf16 = sniffBomlessUtf16(bytes);
  if (utf16) {
    return { text: normalizeLineEndings(iconv.decode(Buffer.from(bytes), utf16)), encoding: utf16, bom: false };
  }
  try {
    return { text: utf8Strict.decode(withLfEndings(bytes)), encoding: 'utf-8', bom: false };
  } catch {
    return { text: normalizeLineEndings(iconv.decode(Buffer.from(bytes), 'windows-1252')), encoding: 'windows-1252', bom: false };
  }
}
