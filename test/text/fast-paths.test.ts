import fc from 'fast-check';
import type { SourceCue, TextSpan } from '../../src/model/source-cue';
import { normalizeCues } from '../../src/text/normalize';
import { removeRollingRepeats } from '../../src/text/rolling';
import { splitSpeakers, type SpeakerState } from '../../src/text/speaker-split';

/**
 * The text stage has fast paths that claim to give what a slower, plainer computation gives:
 * rolling.ts skips cleaning and comparing cue pairs that cannot repeat (mayRepeat) and stops
 * once the share cannot be reached; speaker-split.ts takes a cue without marks in one step
 * (plainPieces); normalize.ts counts capitals text by text and stops early. Each is checked here
 * against a slow reference on random input, through the exported functions.
 */

const cue = (i: number, spans: TextSpan[]): SourceCue => ({ id: String(i + 1), startMs: i * 1000, endMs: i * 1000 + 900, spans, line: i * 4 + 1 });

/** Splits a text into one or two spans (no voice) at a chosen point: readers give either. */
const spansOf = (text: string, cut: number): TextSpan[] => {
  const at = cut % (text.length + 1);
  return at === 0 || at === text.length ? [{ text }] : [{ text: text.slice(0, at) }, { text: text.slice(at) }];
};

describe('rolling repeats: the fast first pass equals the plain one', () => {
  // The plain computation: every cue cleaned, every pair compared word by word from each line start.
  const clean = (text: string) => text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l.length > 0);
  const wordsOf = (lines: string[]) => (lines.length === 0 ? [] : lines.join(' ').split(' '));
  function repeated(previous: string[], next: string[]): number {
    const nextWords = wordsOf(next);
    for (let start = 0; start < previous.length; start++) {
      const tail = wordsOf(previous.slice(start));
      if (tail.length <= nextWords.length && tail.every((w, i) => w === nextWords[i])) return tail.length;
    }
    return 0;
  }
  function dropWords(spans: TextSpan[], count: number): TextSpan[] {
    const starts = [...spans.map((s) => s.text).join('').matchAll(/\S+/g)].map((m) => m.index);
    let cut = starts[count]!;
    const out: TextSpan[] = [];
    for (const span of spans) {
      if (cut >= span.text.length) {
        cut -= span.text.length;
        continue;
      }
      out.push(cut === 0 ? span : { ...span, text: span.text.slice(cut) });
      cut = 0;
    }
    return out;
  }
  function reference(cues: SourceCue[]): ReturnType<typeof removeRollingRepeats> {
    if (cues.length < 4) return { cues, diagnostics: [] };
    const lines = cues.map((c) => clean(c.spans.map((s) => s.text).join('')));
    const counts = lines.map((l, i) => (i === 0 ? 0 : repeated(lines[i - 1]!, l)));
    const rolling = counts.filter((k, i) => k > 0 && k < wordsOf(lines[i]!).length).length;
    if (rolling < Math.max(2, 0.3 * (cues.length - 1))) return { cues, diagnostics: [] };
    const out: SourceCue[] = [];
    let dropped = 0;
    cues.forEach((c, i) => {
      const k = counts[i]!;
      if (k === 0) out.push(c);
      else if (k === wordsOf(lines[i]!).length) dropped++;
      else out.push({ ...c, spans: dropWords(c.spans, k) });
    });
    const message = `rolling captions: repeated lines removed from ${rolling} cues; ${dropped} cues that only repeated earlier text dropped`;
    return { cues: out, diagnostics: [{ severity: 'info', line: 0, message }] };
  }

  // Short lines from few letters, so that repeats happen by design and by chance; each showing
  // of a line has its own white space (several kinds) around it, a first character may be beyond
  // ASCII, and blank lines come and go.
  const word = fc.array(fc.constantFrom('a', 'b', 'B', 'é', '1'), { minLength: 1, maxLength: 3 }).map((cs) => cs.join(''));
  // Mostly none: one odd space anywhere sends the whole text to full cleaning.
  const space = fc.oneof({ arbitrary: fc.constant(''), weight: 12 }, { arbitrary: fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u2003', '\r'), weight: 3 });
  const gap = fc.oneof({ arbitrary: fc.constant(' '), weight: 8 }, { arbitrary: fc.constantFrom('  ', '\u00a0'), weight: 1 });
  const line = fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }), gap).map(([words, g]) => words.join(g));
  const shown = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.array(fc.tuple(space, space), { minLength: 3, maxLength: 3 }));
  const track = fc.record({
    lines: fc.array(line, { minLength: 3, maxLength: 14 }),
    // per cue: how many lines it shows and their white space, whether it is replaced by an
    // unrelated line or has blank lines, where its spans split
    shape: fc.array(fc.tuple(shown, fc.nat(9), fc.constantFrom('', '', '\n', '\n \n'), fc.nat()), { minLength: 1, maxLength: 12 }),
    other: line,
  }).map(({ lines, shape, other }) => shape.map(([[size, spaces], odd, blank, cut], i) => {
    const picked = odd === 0 ? [other] : lines.slice(i % lines.length, (i % lines.length) + size);
    const dressed = picked.map((l, k) => `${spaces[k]![0]}${l}${spaces[k]![1]}`);
    const text = `${blank}${dressed.join(odd === 1 ? '\n\n' : '\n')}`;
    return cue(i, spansOf(text, cut));
  }));

  test('random tracks, rolling or not: the same cues and the same figures', () => {
    fc.assert(fc.property(track, (cues) => {
      expect(removeRollingRepeats(cues)).toEqual(reference(cues));
    }), { numRuns: 3000 });
  });

  test('the generator makes rolling tracks often enough to test the removal', () => {
    const samples = fc.sample(track, { numRuns: 500, seed: 42 });
    expect(samples.filter((cues) => reference(cues).diagnostics.length > 0).length).toBeGreaterThan(50);
  });
});

describe('speaker split: a cue without marks in one step equals the general path', () => {
  // Text without ">" or ":" (no mark, no label); a leading "-" on the first line takes the general
  // path anyway, dashes elsewhere must not start turns.
  const text = fc.array(fc.constantFrom('a', 'B', ' ', ' ', '\t', '\u00a0', '\u2003', '\n', '\n', '-', '- ', '[', ']', 'é', '\r'), { maxLength: 30 }).map((cs) => cs.join(''));
  const state = fc.record({
    speaker: fc.constantFrom(null, 'Ann Lee'),
    pending: fc.constantFrom(null, { speaker: null }, { speaker: 'Bo Diaz' }),
  });
  const rules = { lineStartMode: 'line-start' as const, known: new Set<string>(), namesEveryCue: false, unlabelledCueIsUnnamed: false, bracketed: new Set<string>() };

  test('one span (the fast path) and the same text in two spans (voice runs joined: the general path) agree, state included', () => {
    fc.assert(fc.property(text, state, fc.nat(), (t, s, cut) => {
      fc.pre(t.length >= 2);
      const at = 1 + (cut % (t.length - 1));
      const fast: SpeakerState = structuredClone(s);
      const general: SpeakerState = structuredClone(s);
      const pieces = splitSpeakers([{ text: t }], fast, rules);
      expect(pieces).toEqual(splitSpeakers([{ text: t.slice(0, at) }, { text: t.slice(at) }], general, rules));
      expect(fast).toEqual(general);
    }), { numRuns: 3000 });
  });
});

describe('label rules: the early-stopping count of capitals equals a count over the whole track', () => {
  // A label seen once is read as a speaker in mixed case; in a mostly-capitals track only names
  // seen at least twice are, so the probe's text shows which way the track was judged.
  const PROBE = 'BOB SMITH: we begin';
  const mostlyCapitals = (texts: string[]) => {
    const all = texts.join('\n');
    const upper = (all.match(/[A-Z]/g) ?? []).length;
    const lower = (all.match(/[a-z]/g) ?? []).length;
    return upper > 3 * lower && upper > 20;
  };
  // One-line texts without ":" or ">" (no label but the probe, no rolling repeat), mostly capitals or not.
  const CAPITALS = ['THE MEETING ', 'VOTE ', 'A', 'É', '1 ', ' '];
  const SMALL = ['the vote ', 'a', 'é'];
  // Each track has its own share of small letters, so both kinds and the cases near the line occur.
  const texts = fc.integer({ min: 0, max: 9 }).chain((share) => {
    const piece = fc.tuple(fc.nat(9), fc.nat(5)).map(([roll, pick]) => (roll < share ? SMALL[pick % SMALL.length]! : CAPITALS[pick]!));
    return fc.array(fc.array(piece, { minLength: 1, maxLength: 12 }).map((ps) => ps.join('')), { minLength: 1, maxLength: 30 });
  });

  test('a probe label is kept in the text exactly when the whole track is mostly capitals', () => {
    fc.assert(fc.property(texts, fc.nat(), (ts, at) => {
      const all = [...ts];
      all.splice(at % (ts.length + 1), 0, PROBE);
      const { cues } = normalizeCues(all.map((t, i) => cue(i, [{ text: t }])));
      const probe = cues.find((c) => c.text.endsWith('we begin'))!;
      expect({ caps: mostlyCapitals(all), labelKept: probe.text.startsWith('BOB SMITH:') }).toEqual({ caps: mostlyCapitals(all), labelKept: mostlyCapitals(all) });
    }), { numRuns: 2000 });
  });

  test('the generator makes both kinds of track', () => {
    const samples = fc.sample(texts, { numRuns: 300, seed: 7 }).map((ts) => mostlyCapitals([...ts, PROBE]));
    expect(samples.filter(Boolean).length).toBeGreaterThan(30);
    expect(samples.filter((c) => !c).length).toBeGreaterThan(30);
  });
});
