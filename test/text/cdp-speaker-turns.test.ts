import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import { ingestCaptions } from '../../src/formats/ingest';
import { speakerTurns } from '../../src/text/turns';
import { corpusPath, describeCorpus, hasCorpus } from '../helpers/shared-corpus';
import { alignTokens, changePointAgreement, wordTokens, type Agreement } from '../helpers/word-align';

interface CdpSentence { text: string; speaker_index: number }

/**
 * The Council Data Project converted these captions into sentences with a speaker index. Its
 * intended speaker changes are where that index changes and where a ">>" mark stands in its text
 * (on Oakland its converter left the marks in the text and never changed the index: the bug).
 */
function cdpChanges(sentences: CdpSentence[]): { tokens: string[]; intended: number[]; cdpOwn: number[] } {
  const tokens: string[] = [];
  const intended = new Set<number>();
  const cdpOwn: number[] = [];
  sentences.forEach((s, i) => {
    if (i > 0 && s.speaker_index !== sentences[i - 1]!.speaker_index) {
      intended.add(tokens.length);
      cdpOwn.push(tokens.length);
    }
    s.text.split(/>>+/).forEach((piece, k) => {
      if (k > 0) intended.add(tokens.length);
      tokens.push(...wordTokens(piece));
    });
  });
  return { tokens, intended: [...intended].filter((t) => t > 0).sort((a, b) => a - b), cdpOwn: cdpOwn.filter((t) => t > 0) };
}

/** recap's turn starts, as token indices in CDP's token sequence, and how many words aligned. */
function recapChanges(file: string, cdpTokens: string[]): { changes: number[]; aligned: number; marksLeft: number } {
  const track = ingestCaptions(readFileSync(file), { fileName: file });
  const tokens: string[] = [];
  const starts: number[] = [];
  let marksLeft = 0;
  for (const turn of speakerTurns(track)) {
    starts.push(tokens.length);
    tokens.push(...wordTokens(turn.text));
    if (turn.text.includes('>>')) marksLeft++;
  }
  const map = alignTokens(tokens, cdpTokens);
  return { changes: starts.map((t) => map[t] ?? -1).filter((t) => t > 0), aligned: map.filter((j) => j >= 0).length / Math.max(1, cdpTokens.length), marksLeft };
}

const dir = corpusPath('real-captions/cdp');
const files = hasCorpus ? readdirSync(dir).filter((f) => f.endsWith('.vtt')) : [];

describeCorpus("speaker turns on real council captions agree with CDP's transcripts", () => {
  const fmt = (a: Agreement) => `P ${a.precision.toFixed(3)} R ${a.recall.toFixed(3)} F1 ${a.f1.toFixed(3)} (${a.hits}/${a.gold} changes)`;

  test.each(files)('%s', (file) => {
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected', file.replace(/\.vtt$/, '.cdp-transcript.json')), 'utf8')) as { sentences: CdpSentence[] };
    const { tokens, intended, cdpOwn } = cdpChanges(expected.sentences);
    const recap = recapChanges(path.join(dir, file), tokens);
    const ours = changePointAgreement(recap.changes, intended);
    const theirs = changePointAgreement(cdpOwn, intended);
    console.log(`${file}: recap ${fmt(ours)}, words aligned ${(100 * recap.aligned).toFixed(1)}% | CDP's own speaker index ${fmt(theirs)}`);
    expect(recap.marksLeft).toBe(0);
    expect(recap.aligned).toBeGreaterThanOrEqual(0.95);
    expect(ours.f1).toBeGreaterThanOrEqual(theirs.f1);
    expect(ours.f1).toBeGreaterThanOrEqual(0.9);
  });
});
