import { readFileSync } from 'fs';
import path from 'path';
import { makeSnippet } from '../../src/search/snippet';
import { MAX_UNPUNCTUATED_WORDS } from '../../src/split/sentences';
import { summarize } from '../../src/summarize/summarize';
import { bareWords, wholeTranscript } from '../helpers/whole-transcript';
import { languageOf } from '../../src/text/language/registry';

const dir = path.join(__dirname, '../../fixtures/formats/asr');
const truth = JSON.parse(readFileSync(path.join(dir, 'talk.truth.json'), 'utf8')) as { paragraphs: string[][] };
const truthWords = truth.paragraphs.flatMap((p) => p.map(bareWords)).join(' ');

/** Word indices where the truth's paragraphs start, and where the transcript's do. */
function paragraphStarts(paragraphs: string[][]): Set<number> {
  const starts = new Set<number>();
  let n = 0;
  for (const p of paragraphs) {
    starts.add(n);
    n += p.map(bareWords).join(' ').split(' ').length;
  }
  return starts;
}

describe.each(['whisper.srt', 'auto-export.vtt', 'timed-words.vtt'])('unpunctuated speech recognition: %s', (file) => {
  const { transcript, segments } = (() => {
    const whole = wholeTranscript(path.join(dir, file));
    return { transcript: whole.transcript, segments: whole.segments };
  })();
  const sentences = transcript.paragraphs.flatMap((p) => p.sentences);

  test('every word once, in order, in the transcript and in the search segments; nothing but stops and capitals added', () => {
    expect(sentences.map((s) => bareWords(s.text)).join(' ')).toBe(truthWords);
    expect(segments.map((s) => bareWords(s.text)).join(' ')).toBe(truthWords);
    for (const s of sentences) expect(s.text.replace(/\.$/, '').toLowerCase()).toBe(bareWords(s.text));
  });

  test('sentence-like chunks of spoken length, each ending in a stop', () => {
    const lengths = sentences.map((s) => s.text.split(' ').length).sort((a, b) => a - b);
    expect(lengths[lengths.length - 1]).toBeLessThanOrEqual(MAX_UNPUNCTUATED_WORDS);
    expect(lengths[Math.floor(lengths.length / 2)]).toBeLessThanOrEqual(20);
    for (const s of sentences) expect(s.text).toMatch(/\.$/);
  });

  test('a summary picks whole sentences and search snippets mark the words', () => {
    const summary = summarize(sentences.map((s) => ({ text: s.text, recording: 'r', startMs: s.startMs })), { maxWords: 120, language: languageOf('en') });
    expect(summary.sentences.length).toBeGreaterThan(2);
    expect(summary.words).toBeLessThanOrEqual(120);
    for (const s of summary.sentences) expect(sentences.map((x) => x.text)).toContain(s.text);
    const hit = segments.find((s) => s.text.includes('Ostvale'))!;
    const at = hit.text.indexOf('Ostvale');
    expect(makeSnippet(hit.text, [[at, at + 'Ostvale'.length]])).toContain('**Ostvale**');
  });
});

describe('paragraphs of an unpunctuated track form at its pauses', () => {
  const gold = paragraphStarts(truth.paragraphs);
  /** Recall of the true paragraph starts, and precision: a split at every sentence would find them all. */
  const found = (file: string) => {
    const { transcript } = wholeTranscript(path.join(dir, file));
    const got = paragraphStarts(transcript.paragraphs.map((p) => p.sentences.map((s) => s.text)));
    const hits = [...gold].filter((n) => got.has(n)).length;
    return { recall: hits / gold.size, precision: hits / got.size };
  };

  test('whisper.srt: the long pauses between topics, seen as gaps between cues, start paragraphs', () => {
    // Measured: 21 of the 24 (3 fall inside one of Whisper's segments, where no gap shows them), in 31 paragraphs.
    const { recall, precision } = found('whisper.srt');
    expect(recall).toBeGreaterThanOrEqual(0.85);
    expect(precision).toBeGreaterThanOrEqual(0.5);
  });

  test('timed-words.vtt: the same pauses, seen only in the word times, start paragraphs', () => {
    // Measured: 23 of the 24, in 33 paragraphs; auto-export.vtt, the same cues without word times, finds 2.
    const { recall, precision } = found('timed-words.vtt');
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.5);
  });
});
