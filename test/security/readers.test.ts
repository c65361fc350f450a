import { EN } from '../helpers/english';
import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { runCli } from '../../src/cli/main';
import { ITU_FIXTURE } from '../helpers/fixture-store';
import type { CliIo } from '../../src/cli/io';
import { assPlainText } from '../../src/formats/ass/text';
import { ingestCaptions } from '../../src/formats/ingest';
import { detectFormat, FORMATS } from '../../src/formats/registry';
import { CaptionEntityDecoder } from '../../src/formats/ttml/entity-decoder';
import { CaptionInputError } from '../../src/model/errors';
import { DEFAULT_LIMITS, parseLimits, type Limits } from '../../src/model/limits';
import type { SourceCue } from '../../src/model/source-cue';
import { FsBlobStore } from '../../src/store/fs-store';
import { ingestRecording } from '../../src/stages/ingest-recording';
import { decodeEntities } from '../../src/text/entities';
import { stripAssMarkup, stripBraceCodes, stripHtmlMarkup, tidyLines } from '../../src/text/markup';
import { normalizeCues } from '../../src/text/normalize';
import { checkTrackPlausibility } from '../../src/text/plausibility';
import { withoutSounds } from '../../src/text/sounds';
import { readLabel, splitAtTurnMarks } from '../../src/text/speaker-marks';
import { contentTerms } from '../../src/text/terms';
import { isInputFailure } from '../../workers/stage-processor';
import { attacksOf, entityBombTtml, repeatTo, TEXT_ATOMS, TEXT_TAILS } from './reader-attacks';

/** Issue 10's bound for a reader on 1 MB of adversarial input (measured figures are far lower). */
const BOUND_MS = 2000;

function elapsedMs(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Reads the bytes as recap does; a refusal must be CaptionInputError, any other error fails the test. */
function ingestOutcome(bytes: Uint8Array, fileName: string, options: { format?: string; limits?: Limits } = {}): 'track' | CaptionInputError {
  try {
    ingestCaptions(bytes, { fileName, ...options });
    return 'track';
  } catch (e) {
    if (e instanceof CaptionInputError) return e;
    throw e;
  }
}

function tempFile(name: string, content: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'recap-readers-')), name);
  writeFileSync(file, content);
  return file;
}

async function parseWithCli(file: string): Promise<{ code: number; err: string }> {
  let err = '';
  const io: CliIo = { out: () => undefined, err: (s) => void (err += s), isTty: false };
  const code = await runCli(['parse', file], io, {});
  return { code, err };
}

describe.each(FORMATS.map((f) => f.id))('the %s reader on 1 MB of its own syntax', (id) => {
  test.each(attacksOf(id))('$name: a track or CaptionInputError, in under 2 s', ({ text }) => {
    const bytes = Buffer.from(text, 'utf8');
    expect(elapsedMs(() => ingestOutcome(bytes, `attack.${id}`, { format: id }))).toBeLessThan(BOUND_MS);
    // Every sniffer sees every file, whatever its format.
    expect(elapsedMs(() => detectFormat(text, `attack.${id}`))).toBeLessThan(BOUND_MS);
  });
});

describe('the text normalisation on 1 MB of caption text (below the readers, without their limits)', () => {
  // Each run of openers also closed once at its end: a scan that restarts at every opener and
  // finds the one closer far away is quadratic only then.
  const texts = [...TEXT_ATOMS.map((atom) => repeatTo(atom)), ...TEXT_ATOMS.map((atom) => `${repeatTo(atom)}}>;`), ...TEXT_TAILS];
  const cue = (text: string): SourceCue => ({ id: '', startMs: 0, endMs: 1000, spans: [{ text }], raw: text, line: 1 });
  const functions: Array<[string, (text: string) => unknown]> = [
    ['normalizeCues', (text) => normalizeCues([cue(text), cue(`>> ${text}`)])],
    ['stripHtmlMarkup', stripHtmlMarkup],
    ['stripBraceCodes', stripBraceCodes],
    ['stripAssMarkup', stripAssMarkup],
    ['decodeEntities', decodeEntities],
    ['tidyLines', tidyLines],
    ['splitAtTurnMarks', splitAtTurnMarks],
    ['readLabel', (text) => readLabel(text, 'after-mark')],
    ['withoutSounds', withoutSounds],
    ['contentTerms', (text) => contentTerms(text, EN)],
    ['checkTrackPlausibility', (text) => checkTrackPlausibility({ generator: '', format: '', cues: [{ id: '', startMs: 0, endMs: 1000, text, speaker: null, line: 1 }], diagnostics: [] }, 'attack')],
  ];
  test.each(functions)('%s: every text in under 2 s', (_, fn) => {
    for (const text of texts) expect(elapsedMs(() => fn(text))).toBeLessThan(BOUND_MS);
  });

  test('the linear rewrites give what the regexes they replace gave, on short texts of their syntax', () => {
    // The patterns as they were before issue 10: correct, but quadratic on long runs.
    const oldSplit = (line: string): string[] => line.split(/\s*>>+\s*/g);
    const oldBraceCodes = (text: string): string => text.replace(/\{\\[^}]*\}|\{\/?[a-z]\}/g, '');
    const oldAss = (text: string): string => text.replace(/\{[^}]*\}/g, '').replace(/\\[Nn]/g, '\n').replace(/\\h/g, ' ');
    const oldAssPlain = (text: string): string => oldAss(text.replace(/\{[^}]*\\p[1-9][^}]*\}[^{]*/g, ''));
    const alphabet = ['{', '}', '\\', '\\p1', '\\p0', '/', 'i', 'X', 'N', 'h', ' ', '>', '\n'];
    let seed = 10;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 5000; n++) {
      const text = Array.from({ length: next() % 12 }, () => alphabet[next() % alphabet.length]).join('');
      expect(stripBraceCodes(text)).toBe(oldBraceCodes(text));
      expect(stripAssMarkup(text)).toBe(oldAss(text));
      expect(assPlainText(text)).toBe(oldAssPlain(text));
      const line = text.replace(/\n/g, ' ');
      expect(splitAtTurnMarks(line)).toEqual(oldSplit(line));
    }
  });
});

test('TTML sniffing: a run of comments with no <tt> after them is rejected at once', () => {
  // Lazy comment bodies let the old pattern split 28 comments into groups in 2^27 ways.
  const comments = `${'<!-- -->'.repeat(28)}x`;
  expect(elapsedMs(() => expect(detectFormat(comments, 'comments.ttml')).toBeUndefined())).toBeLessThan(BOUND_MS);
});

describe('TTML entity expansion', () => {
  test('a 600 KB file using one 3.7 KB entity 200,000 times is refused in under 2 s, naming the file', () => {
    const bytes = Buffer.from(entityBombTtml(3700, 200_000));
    let outcome: ReturnType<typeof ingestOutcome> = 'track';
    expect(elapsedMs(() => (outcome = ingestOutcome(bytes, 'bomb.ttml')))).toBeLessThan(BOUND_MS);
    expect(outcome).toBeInstanceOf(CaptionInputError);
    expect((outcome as unknown as CaptionInputError).message).toMatch(/^bomb\.ttml: the entities declared in the DOCTYPE expand to more than 1000000 characters/);
  });

  test('through the command line it exits 1 and peaks under 300 MB of memory', () => {
    const file = tempFile('bomb.ttml', entityBombTtml(3700, 200_000));
    const root = path.resolve(__dirname, '../..');
    const child = spawnSync(
      process.execPath,
      ['--require', path.join(__dirname, 'report-rss.js'), '--import', path.join(root, 'node_modules/tsx/dist/loader.mjs'), path.join(root, 'src/cli/main.ts'), 'parse', file],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(child.status).toBe(1);
    expect(child.stderr).toContain(`recap: ${file}: the entities declared in the DOCTYPE expand to more than`);
    const rssKb = Number(/max-rss-kb (\d+)/.exec(child.stderr)?.[1]);
    expect(rssKb).toBeGreaterThan(0);
    expect(rssKb).toBeLessThan(300 * 1024);
  });

  test('entities declared in the DOCTYPE are counted and so is their expansion', () => {
    const decoder = new CaptionEntityDecoder({ maxDeclared: 2, maxExpandedChars: 10 });
    decoder.addInputEntities({ a: 'abcd' });
    expect(decoder.decode('&a;&a;')).toBe('abcdabcd');
    expect(() => decoder.decode('&a;')).toThrow(/expand to more than 10 characters/);
    expect(() => decoder.addInputEntities({ b: '', c: '' })).toThrow(/more than 2 entities declared/);
  });
});

describe('small inputs that crashed the parsers exit 1 naming the file, never 70', () => {
  const nested = `WEBVTT\n\n00:00.000 --> 00:01.000\n${'<b>'.repeat(5000)}deep\n`;

  test('<b> nested 5,000 deep in a 15 KB WebVTT: CaptionInputError from the library', () => {
    const outcome = ingestOutcome(Buffer.from(nested), 'deep.vtt');
    expect(outcome).toBeInstanceOf(CaptionInputError);
    expect(String(outcome)).toContain('deep.vtt: this webvtt file cannot be read: its markup nests too deeply');
  });

  test('<b> nested 5,000 deep: `recap parse` exits 1 with the file in its message', async () => {
    const file = tempFile('deep.vtt', nested);
    const r = await parseWithCli(file);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`recap: ${file}: this webvtt file cannot be read: its markup nests too deeply or it holds too much (Maximum call stack size exceeded)\n`);
  });

  test('in queue mode the refusal is an input failure (not retried), not an internal error', async () => {
    const store = new FsBlobStore(mkdtempSync(path.join(tmpdir(), 'recap-readers-store-')));
    const sourceKey = 'events/e1/recordings/r1/source.txt';
    await store.put(sourceKey, nested);
    const failure = await ingestRecording(store, { eventId: 'e1', recordingId: 'r1', sourceKey, fileName: 'deep.vtt' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(CaptionInputError);
    expect(isInputFailure(failure)).toBe(true);
  });

  test('150,000 cues give a track', () => {
    const cues: string[] = [];
    for (let i = 0; i < 150_000; i++) cues.push(`${i + 1}\n${new Date(i * 1000).toISOString().slice(11, 19)},000 --> ${new Date(i * 1000 + 500).toISOString().slice(11, 19)},500\nw${i}\n`);
    expect(ingestOutcome(Buffer.from(cues.join('\n')), 'many.srt')).toBe('track');
  });
});

describe('size limits', () => {
  const srt = (count: number, text = 'words'): string =>
    Array.from({ length: count }, (_, i) => `${i + 1}\n00:00:0${i},000 --> 00:00:0${i},500\n${text}\n`).join('\n');
  const tight = (limits: Partial<Limits>): Limits => ({ ...DEFAULT_LIMITS, ...limits });

  test('a file over maxCaptionBytes is refused before it is read', () => {
    const outcome = ingestOutcome(Buffer.from(srt(3)), 'big.srt', { limits: tight({ maxCaptionBytes: 50 }) });
    expect(String(outcome)).toMatch(/^CaptionInputError: big\.srt: the file has \d+ bytes, more than the limit of 50 for a caption file$/);
  });

  test('more cues than maxCues: refused at the line of the first cue too many', () => {
    const outcome = ingestOutcome(Buffer.from(srt(3)), 'many.srt', { limits: tight({ maxCues: 2 }) });
    expect(String(outcome)).toBe('CaptionInputError: many.srt:9: more than 2 cues, the limit for a caption file');
  });

  test('a cue longer than maxCueChars: refused at its line', () => {
    const outcome = ingestOutcome(Buffer.from(srt(2, 'x'.repeat(20))), 'long.srt', { limits: tight({ maxCueChars: 10 }) });
    expect(String(outcome)).toBe('CaptionInputError: long.srt:1: cue 1 has 20 characters of text, more than the limit of 10 for one cue');
  });

  test('one cue of 200,000 words is refused by the default limit', () => {
    const outcome = ingestOutcome(Buffer.from(`1\n00:00:00,000 --> 00:00:01,000\n${'word '.repeat(200_000)}\n`), 'words.srt');
    expect(String(outcome)).toMatch(/^CaptionInputError: words\.srt:1: cue 1 has \d{7} characters of text, more than the limit of 100000 for one cue$/);
  });

  test('a TTML attribute longer than maxCueChars is refused before the XML parser copies it', () => {
    const ttml = `<tt xmlns="http://www.w3.org/ns/ttml"><body><div>\n<p begin="0s" end="1s" x="${'a'.repeat(2_000_000)}">a</p>\n</div></body></tt>\n`;
    let outcome: ReturnType<typeof ingestOutcome> = 'track';
    expect(elapsedMs(() => (outcome = ingestOutcome(Buffer.from(ttml), 'attr.ttml')))).toBeLessThan(BOUND_MS);
    expect(String(outcome)).toBe('CaptionInputError: attr.ttml:2: markup (a tag, comment or DOCTYPE) of more than 100000 characters, the limit for a cue');
  });

  test('limits come from RECAP_MAX_* variables, defaults for the rest; a bad value is refused', () => {
    expect(parseLimits({})).toEqual(DEFAULT_LIMITS);
    expect(parseLimits({ RECAP_MAX_CUES: '5', RECAP_MAX_CUE_CHARS: '' })).toEqual({ ...DEFAULT_LIMITS, maxCues: 5 });
    expect(() => parseLimits({ RECAP_MAX_CAPTION_BYTES: '1e9' })).toThrow('RECAP_MAX_CAPTION_BYTES="1e9": must be a positive whole number');
    expect(() => parseLimits({ RECAP_MAX_CUES: '0' })).toThrow('RECAP_MAX_CUES="0"');
  });

  test('`recap parse` applies the limits of the environment', async () => {
    const file = tempFile('three.srt', srt(3));
    let err = '';
    const io: CliIo = { out: () => undefined, err: (s) => void (err += s), isTty: false };
    const code = await runCli(['parse', file], io, { limits: tight({ maxCues: 2 }) });
    expect(code).toBe(1);
    expect(err).toBe(`recap: ${file}:9: more than 2 cues, the limit for a caption file\n`);
  });

  test('`recap process` passes the limits to the ingest stage', async () => {
    const store = mkdtempSync(path.join(tmpdir(), 'recap-limits-'));
    let err = '';
    const io: CliIo = { out: () => undefined, err: (s) => void (err += s), isTty: false };
    const code = await runCli(['process', ITU_FIXTURE, '--store', store], io, { limits: tight({ maxCues: 100 }) });
    expect(code).toBe(1);
    expect(err).toMatch(/more than 100 cues, the limit for a caption file/);
  });
});
