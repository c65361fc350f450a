import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { Track } from '../../src/model/track';
import { runRecap } from '../helpers/recap-child';

/** `recap parse --strict` and `recap check --strict`: the specification's result, not recap's lenient one. */

const dir = mkdtempSync(path.join(tmpdir(), 'recap-strict-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const f = path.join(dir, name);
  writeFileSync(f, text);
  return f;
}

// A timing line with two-digit milliseconds: the WebVTT parser drops the cue, recap's lenient reading recovers it.
const MALFORMED = file('malformed.vtt', 'WEBVTT\n\n00:00:01.000 --> 00:00:02.500\nFirst cue, well formed.\n\n00:00:03.00 --> 00:00:04.000\nSecond cue, malformed timing.\n');
// The signature alone: a valid WebVTT file that holds no cue.
const SIGNATURE_ONLY = file('empty-valid.vtt', 'WEBVTT\n');
const NO_SIGNATURE = file('lowercase.vtt', 'webvtt\n\n00:00:01.000 --> 00:00:02.000\nhello\n');

const cuesOf = (out: string) => Track.parse(JSON.parse(out)).cues.map((c) => c.text);

describe('recap parse --strict', () => {
  test('drops a cue whose timing line is malformed, as the specification does; without it the cue is recovered', async () => {
    const strict = await runRecap(['parse', '--strict', '--json', MALFORMED], {});
    const lenient = await runRecap(['parse', '--json', MALFORMED], {});
    expect([strict.code, lenient.code]).toEqual([0, 0]);
    expect(cuesOf(strict.out)).toEqual(['First cue, well formed.']);
    expect(cuesOf(lenient.out)).toEqual(['First cue, well formed.', 'Second cue, malformed timing.']);
  });

  test('a valid file with no cue: exit 0 with no cue under --strict; exit 1 without it (unusable for an event)', async () => {
    const strict = await runRecap(['parse', '--strict', '--json', SIGNATURE_ONLY], {});
    expect({ code: strict.code, cues: cuesOf(strict.out), err: strict.err }).toEqual({ code: 0, cues: [], err: '' });
    const listing = await runRecap(['parse', '--strict', SIGNATURE_ONLY], {});
    expect(listing.out).toBe(`${SIGNATURE_ONLY}: webvtt, utf-8, 0 cues, 0 speaker changes\n`);
    const lenient = await runRecap(['parse', SIGNATURE_ONLY], {});
    expect(lenient.code).toBe(1);
    expect(lenient.err).toContain(`${SIGNATURE_ONLY}: no cue found`);
  });

  test('an invalid signature is still exit 1 naming the file and line', async () => {
    const r = await runRecap(['parse', '--strict', '--format', 'webvtt', NO_SIGNATURE], {});
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`^recap: ${NO_SIGNATURE.replace(/[.\\/]/g, '\\$&')}:1: not a WebVTT file`));
  });

  test('the listing names what recap process would warn about', async () => {
    const garbage = file('garbage.vtt', 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nQ&amp;amp;A\n');
    const r = await runRecap(['parse', garbage], {});
    expect(r.out).toContain(`  implausible: ${garbage}:3: 1 of 1 cues hold undecoded character references in their text (first: "&amp;"); it would be published as words [entity-in-text]\n`);
  });
});

describe('the format a strict read judges by', () => {
  test('a name that claims one format: its verdict (a .vtt without WEBVTT is invalid WebVTT, not SRT)', async () => {
    const f = file('no-header.vtt', '1\n00:00:01,000 --> 00:00:02,000\nhello\n');
    expect((await runRecap(['parse', f], {})).code).toBe(0);
    const strict = await runRecap(['parse', '--strict', f], {});
    expect(strict.code).toBe(1);
    expect(strict.err).toContain('not a WebVTT file');
  });

  test('a name that claims several formats or none (.sub, .txt): detected from the content', async () => {
    const microdvd = file('talk.sub', '{0}{25}Hello there.\n{30}{60}Second line.\n');
    const srtAsText = file('export.txt', '1\n00:00:01,000 --> 00:00:02,000\nhello\n');
    for (const f of [microdvd, srtAsText]) {
      const r = await runRecap(['parse', '--strict', '--json', f], {});
      expect({ f, code: r.code }).toEqual({ f, code: 0 });
      expect(cuesOf(r.out).length).toBeGreaterThan(0);
    }
  });
});

describe('recap check --strict', () => {
  test('checks the cues the specification reads', async () => {
    const strict = await runRecap(['check', '--strict', '--json', MALFORMED], {});
    const lenient = await runRecap(['check', '--json', MALFORMED], {});
    expect((JSON.parse(strict.out) as { cues: number }).cues).toBe(1);
    expect((JSON.parse(lenient.out) as { cues: number }).cues).toBe(2);
  });

  test('a valid file with no cue has nothing outside the profile: exit 0', async () => {
    const r = await runRecap(['check', '--strict', SIGNATURE_ONLY], {});
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${SIGNATURE_ONLY}: 0 cues, profile default`);
    expect((await runRecap(['check', SIGNATURE_ONLY], {})).code).toBe(1);
  });
});
