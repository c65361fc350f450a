import { readFileSync } from 'fs';
import { isDeepStrictEqual } from 'util';
import { corpusPath, hasCorpus } from './shared-corpus';
import type { VttCueView } from './vtt-cue-view';

/** The web-platform-tests WebVTT file-parsing cases of the shared corpus, and how to check a result against them. */

export interface Check { path: string; op: 'equals'; value: unknown }
export interface WptCase {
  name: string;
  input: string;
  expect: 'parse' | 'reject';
  assertions_js: string;
  checks: Check[];
  checks_complete: boolean;
  special?: { cue_count?: number; region_defaults?: Record<string, unknown> };
}

/** Every file-parsing case (none without the corpus). */
export const WPT_CASES: WptCase[] = hasCorpus
  ? (JSON.parse(readFileSync(corpusPath('conformance/webvtt-wpt/manifest.json'), 'utf8')) as { file_parsing: WptCase[] }).file_parsing
  : [];

/** Resolves "cues.length" / "cues[3].text" against the VTTCue view. */
export function resolvePath(cues: VttCueView[], path: string): unknown {
  if (path === 'cues.length') return cues.length;
  const m = /^cues\[(\d+)\]\.(\w+)$/.exec(path);
  if (!m) throw new Error(`unsupported check path ${path}`);
  const cue = cues[Number(m[1])];
  return cue ? (cue as unknown as Record<string, unknown>)[m[2]!] : undefined;
}

/** Runs the upstream testharness snippet with a four-function shim; returns the first failure. */
export function runAssertions(js: string, cues: VttCueView[]): string | null {
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

/**
 * The header-regions case encodes each cue's expected region in its text ("no region", or the
 * region's properties as JSON, the defaults left out): what the cues must hold, or null.
 */
export function regionMismatches(cues: VttCueView[], defaults: Record<string, unknown>): Array<{ text: string; region: unknown }> {
  return cues.flatMap((cue) => {
    const expected = JSON.parse(cue.text) as 'no region' | Record<string, unknown>;
    if (expected === 'no region') return cue.region === null ? [] : [{ text: cue.text, region: cue.region }];
    const { id: _id, ...props } = cue.region ?? ({} as Record<string, unknown>);
    return isDeepStrictEqual(props, { ...defaults, ...expected }) ? [] : [{ text: cue.text, region: cue.region }];
  });
}
