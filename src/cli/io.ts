import { closeSync, fstatSync, openSync, readSync, writeFileSync } from 'fs';
import { CaptionInputError, UsageError } from '../model/errors';
import { DEFAULT_LIMITS } from '../model/limits';

/** What a command writes to; tests pass their own to capture output. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** true when stdout is a terminal (progress displays, colours) */
  isTty: boolean;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  isTty: Boolean(process.stdout.isTTY),
};

/** Bytes read at a time: a file of unknown size (a pipe, a device) is read piece by piece up to the limit. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * Reads an open file to its end, or stops one byte past `maxBytes` and returns undefined: a file
 * that grows, a pipe or /dev/zero cannot make recap read more than the limit.
 */
export function readAtMost(fd: number, maxBytes: number): Buffer | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) return Buffer.concat(chunks, total);
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > maxBytes) return undefined;
  }
}

/** The problem of a caption file over the limit; `size` is undefined when only "more than" is known. */
export function overCaptionLimit(size: number | undefined, maxBytes: number): string {
  const limit = `the limit of ${maxBytes} bytes (RECAP_MAX_CAPTION_BYTES)`;
  return size === undefined ? `is over ${limit}` : `is ${size} bytes, over ${limit}`;
}

/**
 * Reads an input file named on the command line, turning a missing or unreadable file into a
 * bad-input error, and one over the caption size limit into one too, before reading it when its
 * size is known.
 */
export function readInputFile(file: string, maxBytes: number = DEFAULT_LIMITS.maxCaptionBytes): Buffer {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : (e as Error).message;
    throw new CaptionInputError(file, why);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new CaptionInputError(file, 'is a folder, not a file');
    if (stat.isFile() && stat.size > maxBytes) throw new CaptionInputError(file, overCaptionLimit(stat.size, maxBytes));
    const bytes = readAtMost(fd, maxBytes);
    if (bytes === undefined) throw new CaptionInputError(file, overCaptionLimit(undefined, maxBytes));
    return bytes;
  } catch (e) {
    if (e instanceof CaptionInputError) throw e;
    throw new CaptionInputError(file, (e as Error).message);
  } finally {
    closeSync(fd);
  }
}

export function writeOutputFile(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (e) {
    throw new UsageError(`cannot write ${file}: ${(e as Error).message}`);
  }
}
