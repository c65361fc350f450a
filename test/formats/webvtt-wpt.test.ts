import { readFileSync } from 'fs';
import { ingestCaptions } from '../../src/formats/ingest';
import { CaptionInputError } from '../../src/model/errors';
import type { Track } from '../../src/model/track';
import { corpusPath, describeCorpus, hasCorpus } from '../helpers/shared-corpus';
import { toVttCues, type VttCueView } from '../helpers/vtt-cue-view';

interface Check { path: string; op: 'equals'; value: unknown }
interface Case {
  name: string;
  input: string;
  expect: 'parse' | 'reject';
  assertions_js: string;
  checks: Check[];
  checks_complete: boolean;
  special?: { cue_count?: number; region_defaults?: Record<string, unknown> };
}

const manifest = hasCorpus
  ? (JSON.parse(readFileSync(corpusPath('conformance/webvtt-wpt/manifest.json'), 'utf8')) as { file_parsing: Case[] })
  : { file_parsing: [] };
const cases = manifest.file_parsing;

/** The parser's view: a valid file with no cue gives an empty track (ingest refuses it by default). */
function ingest(c: Case, allowEmpty = true): Track {
  const file = corpusPath('conformance/webvtt-wpt', c.input);
  return ingestCaptions(readFileSync(file), { fileName: file, format: 'webvtt', allowEmpty, strict: true });
}

/** Resolves "cues.length" / "cues[3].text" against the VTTCue view. */
function resolvePath(cues: VttCueView[], path: string): unknown {
  if (path === 'cues.length') return cues.length;
  const m = /^cues\[(\d+)\]\.(\w+)$/.exec(path);
  if (!m) throw new Error(`unsupported check path ${path}`);
  const cue = cues[Number(m[1])];
  return cue ? (cue as unknown as Record<string, unknown>)[m[2]!] : undefined;
}

/** Runs the upstream testharness snippet with a four-function shim; returns the first failure. */
function runAssertions(js: string, cues: VttCueView[]): string | null {
  const failures: string[] = [];
  const fail = (msg: string) => failures.push(msg);
  const shim = {
    assert_equals: (a: unknown, b: unknown, m?: string) => { if (!Object.is(a, b) && a !== b) fail(`${m ?? ''} expected ${String(b)} got ${String(a)}`); },
    assert_not_equals: (a: unknown, b: unknown, m?: string) => { if (a === b) fail(`${m ?? ''} expected not ${String(b)}`); },
    assert_true: (a: unknown, m?: string) => { if (a !== true) fail(`${m ?? ''} expected true`); },
    assert_false: (a: unknown, m?: string) => { if (a !== false) fail(`${m ?? ''} expected false`); },
  };
  const run = new Function('cues', 'assert_equals', 'assert_not_equals', 'assert_true', 'assert_false', js);
  try {
    run(cues, shim.assert_equals, shim.assert_not_equals, shim.assert_true, shim.assert_false);
  } catch (e) {
    fail(`threw ${(e as Error).message}`);
  }
  return failures[0] ?? null;
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
    const defaults = c.special!.region_defaults!;
    for (const cue of cues) {
      const expected = JSON.parse(cue.text) as 'no region' | Record<string, unknown>;
      if (expected === 'no region') {
        expect(cue.region).toBeNull();
      } else {
        const { id: _id, ...props } = cue.region ?? ({} as Record<string, unknown>);
        expect(props).toEqual({ ...defaults, ...expected });
      }
    }
  });

  // The full upstream assertions, loops and all, for every case that has them (except the
  // stylesheet ones, which need a DOM). This is the stricter measure; all of them must hold.
  const scripted = cases.filter((c) => c.expect === 'parse' && c.assertions_js && !c.name.startsWith('stylesheets'));
  test.each(scripted.map((c) => [c.name, c] as const))('%s: upstream assertions hold', (_name, c) => {
    expect(runAssertions(c.assertions_js, toVttCues(ingest(c)))).toBeNull();
  });
});
