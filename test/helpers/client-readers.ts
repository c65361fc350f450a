import { existsSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { compareCues, type Agreement } from '../../eval/clients/agreement';
import { formatTraits } from '../../eval/clients/formats';
import { readerFaults } from '../../eval/clients/reader-faults';
import { FFMPEG } from '../../eval/clients/readers/ffmpeg';
import { debianPackage, hasPythonReader, PYTHON, type PythonReaderId } from '../../eval/clients/readers/python';
import type { ClientReader, ReadOutcome } from '../../eval/clients/readers/types';
import { publishedCaptionFiles, rewrittenSessionFiles, writeCaptionFiles, writtenClientFiles, type CaptionFile } from '../../eval/clients/sources';
import { ITU_EVENT, ituEventDir } from './fixture-store';
import type { Requirement } from './requirements';
import { describeNeeding } from './requirements';

/** Debian's ffmpeg, which reads most of the formats recap writes. */
export const FFMPEG_REQUIREMENT: Requirement = { what: FFMPEG, present: existsSync(FFMPEG), hint: ".ci/run installs Debian's ffmpeg" };

/** A Python reader as Debian packages it, importable by Debian's python3. */
export function pythonReaderRequirement(reader: PythonReaderId): Requirement {
  const what = `${debianPackage(reader)} (for ${PYTHON})`;
  return { what, present: existsSync(PYTHON) && hasPythonReader(reader), hint: `.ci/run installs it with apt-get` };
}

/**
 * What a test shows of one file's agreement: on failure, the count and the first disagreements.
 * Cues that differ only by a known fault of the reader itself (reader-faults.ts) count as agreeing.
 */
function verdict(agreement: Agreement | { error: string }): object {
  if ('error' in agreement) return { error: agreement.error };
  return { agreeing: agreement.agreeing + agreement.explained.length, of: agreement.total, first: agreement.disagreements.slice(0, 6).map((d) => `cue ${d.cue + 1} ${d.kind}: wrote ${d.wrote}, read ${d.read}`) };
}

const allAgree = (agreement: Agreement | { error: string }): object => ('error' in agreement ? { agreeing: -1 } : { agreeing: agreement.total, of: agreement.total, first: [] });

function agreementOf(reader: string, file: CaptionFile, outcome: ReadOutcome | undefined): Agreement | { error: string } {
  if (!outcome) return { error: 'the reader gave nothing back for this file' };
  if ('error' in outcome) return outcome;
  return compareCues(file.reference, outcome.cues, formatTraits(file.format), readerFaults(reader, file.format));
}

/**
 * The tests of one independent reader: every track of fixtures/clients written by each recap
 * writer the reader reads, and every session's captions.vtt and captions.srt of the fixture
 * event, read back in one batch; each must give every cue's times, text and speakers as recap
 * wrote them. `start` opens the reader (a browser) and gives a way to close it.
 */
export function describeClientReader(requirement: Requirement, start: () => Promise<{ reader: ClientReader; close?: () => Promise<void> }>, formats: readonly string[]): void {
  const clientFiles = writtenClientFiles(formats);
  describeNeeding(requirement, `${requirement.what} reads recap's captions as recap wrote them`, () => {
    let dir: string;
    const results = new Map<string, Agreement | { error: string }>();
    let published: CaptionFile[] = [];
    let rewritten: CaptionFile[] = [];

    beforeAll(async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'recap-clients-'));
      const all = publishedCaptionFiles(await ituEventDir(), ITU_EVENT);
      published = all.filter((f) => formats.includes(f.format));
      rewritten = rewrittenSessionFiles(all, formats);
      const files = [...clientFiles, ...published, ...rewritten];
      const paths = writeCaptionFiles(dir, files);
      const { reader, close } = await start();
      try {
        const outcomes = await reader.read(files.map((f) => ({ path: paths.get(f)!, format: f.format })));
        for (const file of files) results.set(file.name, agreementOf(reader.id, file, outcomes.get(paths.get(file)!)));
      } finally {
        await close?.();
      }
    }, 180_000);

    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    test.each(clientFiles.map((f) => f.name))('%s: every cue as written', (name) => {
      const agreement = results.get(name)!;
      expect(verdict(agreement)).toEqual(allAgree(agreement));
    });

    /** Every file of the batch agrees, each shown by name. */
    const expectAllAgree = (files: readonly CaptionFile[]): void => {
      const read = files.map((f) => ({ file: f.name, ...verdict(results.get(f.name)!) }));
      expect(read).toEqual(files.map((f) => ({ file: f.name, ...allAgree(results.get(f.name)!) })));
    };

    test("the fixture event's published captions: every cue of every session", () => {
      expect(published.length).toBeGreaterThan(0);
      expectAllAgree(published);
    });

    const others = formats.filter((f) => f !== 'webvtt' && f !== 'srt');
    if (others.length > 0) {
      test(`the fixture event's sessions written as ${others.join(', ')}: every cue`, () => {
        expect(rewritten.length).toBeGreaterThan(0);
        expectAllAgree(rewritten);
      });
    }
  });
}
