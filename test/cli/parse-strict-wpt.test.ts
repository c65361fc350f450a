import { readFileSync } from 'fs';
import { Track } from '../../src/model/track';
import { runRecap, spawnRecap, type CliRun } from '../helpers/recap-child';
import { corpusPath, describeCorpus } from '../helpers/shared-corpus';
import { toVttCues, type VttCueView } from '../helpers/vtt-cue-view';
import { regionMismatches, resolvePath, runAssertions, WPT_CASES, type WptCase } from '../helpers/wpt-cases';

/**
 * The WPT WebVTT file-parsing suite through the command line, every case: `recap parse --strict
 * --json` on the case file, its track.json turned into VTTCue views and checked against the
 * expected cues. No --format: a strict read takes the format the file's name claims, so a ".vtt"
 * without its signature gets the WebVTT parser's verdict.
 */
const file = (c: WptCase) => corpusPath('conformance/webvtt-wpt', c.input);
const argv = (c: WptCase) => ['parse', '--strict', '--json', file(c)];

/**
 * The signature rule of the WebVTT parsing algorithm, on the bytes: an optional BOM, "WEBVTT",
 * then the end, a space, a tab or a line break. The stored signature-invalid-whitespace.vtt holds
 * an ordinary space ("WEBVTT foo"), which the rule accepts, whatever its name says.
 */
function validSignature(bytes: Buffer): boolean {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  return /^WEBVTT(?:$|[ \t\r\n])/.test(text);
}

async function parsed(c: WptCase): Promise<{ run: CliRun; cues: VttCueView[] }> {
  const run = await runRecap(argv(c), {});
  expect({ code: run.code, err: run.err }).toEqual({ code: 0, err: '' });
  return { run, cues: toVttCues(Track.parse(JSON.parse(run.out))) };
}

describeCorpus('the WPT WebVTT file-parsing suite through `recap parse --strict --json`', () => {
  const parses = WPT_CASES.filter((c) => c.expect === 'parse');
  const rejects = WPT_CASES.filter((c) => c.expect === 'reject');

  test('every case of the manifest is run below', () => {
    expect(parses.length + rejects.length).toBe(WPT_CASES.length);
    expect(parses.length).toBeGreaterThanOrEqual(40);
    expect(rejects.length).toBeGreaterThanOrEqual(8);
  });

  test.each(parses.map((c) => [c.name, c] as const))('%s: exit 0, and the cues the suite expects', async (_name, c) => {
    const { cues } = await parsed(c);
    for (const check of c.checks) expect({ path: check.path, value: resolvePath(cues, check.path) }).toEqual({ path: check.path, value: check.value });
    // The upstream assertions, loops and all (the stylesheet ones need a DOM).
    if (c.assertions_js && !c.name.startsWith('stylesheets')) expect(runAssertions(c.assertions_js, cues)).toBeNull();
    if (c.special?.cue_count !== undefined) expect(cues).toHaveLength(c.special.cue_count);
  });

  test('header-regions: each cue\'s region as its text says', async () => {
    const c = WPT_CASES.find((x) => x.name === 'header-regions')!;
    const { cues } = await parsed(c);
    expect(regionMismatches(cues, c.special!.region_defaults!)).toEqual([]);
  });

  test('a valid file with no cue is a valid result: exit 0 and an empty cue list', async () => {
    const empty = parses.filter((c) => c.checks.some((k) => k.path === 'cues.length' && k.value === 0));
    expect(empty.map((c) => c.name)).toEqual(expect.arrayContaining(['signature-bom', 'signature-no-newline', 'timings-eof', 'timings-garbage']));
    for (const c of empty) expect((await parsed(c)).cues).toEqual([]);
  });

  test.each(rejects.map((c) => [c.name, c] as const))('%s: no cue, and exit 1 naming the file when the signature is invalid', async (_name, c) => {
    const run = await runRecap(argv(c), {});
    if (validSignature(readFileSync(file(c)))) {
      expect(run.code).toBe(0);
      expect(Track.parse(JSON.parse(run.out)).cues).toEqual([]);
      return;
    }
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err).toContain(c.input.split('/').pop());
  });

  // The same through a real process (tsx), as a user runs it: the same bytes and exit codes.
  test.each(['settings-line', 'signature-bom', 'timings-too-short', 'signature-lowercase'])('%s through a child process', async (name) => {
    const c = WPT_CASES.find((x) => x.name === name)!;
    const inProcess = await runRecap(argv(c), {});
    const child = spawnRecap(argv(c), {});
    const code = await child.exited;
    expect({ code, output: child.log() }).toEqual({ code: inProcess.code, output: `${inProcess.err}${inProcess.out}` });
  }, 30_000);
});
