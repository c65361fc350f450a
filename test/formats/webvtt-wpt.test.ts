import { readFileSync } from 'fs';
import { ingestCaptions } from '../../src/formats/ingest';
import { CaptionInputError } from '../../src/model/errors';
import type { Track } from '../../src/model/track';
import { corpusPath, describeCorpus } from '../helpers/shared-corpus';
import { toVttCues } from '../helpers/vtt-cue-view';
import { regionMismatches, resolvePath, runAssertions, WPT_CASES, type WptCase } from '../helpers/wpt-cases';

const cases = WPT_CASES;

/** The parser's view: a valid file with no cue gives an empty track (ingest refuses it by default). */
function ingest(c: WptCase, allowEmpty = true): Track {
  const file = corpusPath('conformance/webvtt-wpt', c.input);
  return ingestCaptions(readFileSync(file), { fileName: file, format: 'webvtt', allowEmpty, strict: true });
}

describeCorpus('WebVTT file parsing conformance (web-platform-tests)', () => {
  const complete = cases.filter((c) => c.expect === 'parse' && c.checks_complete);
  const rejects = cases.filter((c) => c.expect === 'reject');

  test('the manifest has the cases this suite expects', () => {
    expect(complete.length).toBeGreaterThanOrEqual(23);
    expect(rejects.length).toBeGreaterThanOrEqual(8);
  });

  test.each(complete.map((c) => [c.name, c] as const))('%s: every static check holds', (_name, c) => {
    const cues = toVttCues(ingest(c));
    for (const check of c.checks) expect({ path: check.path, value: resolvePath(cues, check.path) }).toEqual({ path: check.path, value: check.value });
  });

  test.each(rejects.map((c) => [c.name, c] as const))('%s: rejected with a clear error', (_name, c) => {
    expect(() => ingest(c, false)).toThrow(CaptionInputError);
    try {
      ingest(c, false);
    } catch (e) {
      expect((e as Error).message).toContain(c.input.split('/').pop());
    }
    // Even the lenient parser view must not find a cue in it.
    let cues = 0;
    try {
      cues = ingest(c, true).cues.length;
    } catch (e) {
      expect(e).toBeInstanceOf(CaptionInputError);
    }
    expect(cues).toBe(0);
  });

  test('header-regions: regions and their properties as encoded in each cue', () => {
    const c = cases.find((x) => x.name === 'header-regions')!;
    const cues = toVttCues(ingest(c));
    expect(cues).toHaveLength(c.special!.cue_count!);
    expect(regionMismatches(cues, c.special!.region_defaults!)).toEqual([]);
  });

  // The full upstream assertions, loops and all, for every case that has them (except the
  // stylesheet ones, which need a DOM). This is the stricter measure; all of them must hold.
  const scripted = cases.filter((c) => c.expect === 'parse' && c.assertions_js && !c.name.startsWith('stylesheets'));
  test.each(scripted.map((c) => [c.name, c] as const))('%s: upstream assertions hold', (_name, c) => {
    expect(runAssertions(c.assertions_js, toVttCues(ingest(c)))).toBeNull();
  });
});
