import { EN } from '../helpers/english';
import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import { ingestCaptions } from '../../src/formats/ingest';
import { pauseThresholdMs } from '../../src/split/sentences';
import { isPunctuated } from '../../src/text/sentence-ends';
import { splitSession } from '../../src/split/split-session';
import { buildVocabulary } from '../../src/split/vocabulary';
import { corpusPath, describeCorpus, hasCorpus } from '../helpers/shared-corpus';
import { alignTokens, changePointAgreement, wordTokens, type Agreement } from '../helpers/word-align';

interface CdpSentence { text: string; speaker_index: number }

/**
 * CDP's intended speaker changes (token indices): where its speaker index changes and where a
 * ">>" mark stands in its text (its Oakland conversion left the marks and never changed the
 * index), as in test/text/cdp-speaker-turns.test.ts. Also where its sentences start.
 */
function cdpReference(sentences: CdpSentence[]): { tokens: string[]; turns: number[]; sentenceStarts: number[] } {
  const tokens: string[] = [];
  const turns = new Set<number>();
  const sentenceStarts: number[] = [];
  sentences.forEach((s, i) => {
    if (i > 0 && s.speaker_index !== sentences[i - 1]!.speaker_index) turns.add(tokens.length);
    s.text.split(/>>+/).forEach((piece, k) => {
      if (k > 0) turns.add(tokens.length);
      if (k === 0 || wordTokens(piece).length > 0) sentenceStarts.push(tokens.length);
      tokens.push(...wordTokens(piece));
    });
  });
  return { tokens, turns: [...turns].filter((t) => t > 0).sort((a, b) => a - b), sentenceStarts: [...new Set(sentenceStarts)].filter((t) => t > 0) };
}

/** The whole caption file as one session's transcript: where its turns and sentences start. */
function splitWhole(file: string, cdpTokens: string[]): { turns: number[]; sentences: number[]; aligned: number } {
  const track = ingestCaptions(readFileSync(file), { fileName: file });
  const texts = track.cues.map((c) => c.text);
  const { transcript } = splitSession({
    eventId: 'cdp',
    session: { id: 'meeting', title: 'Meeting', people: [] },
    recording: { id: 'main' },
    startMs: 0,
    endMs: Math.max(...track.cues.map((c) => c.endMs)) + 1,
    cues: track.cues,
    eventPeople: [],
    vocabulary: buildVocabulary({ lang: EN, people: [], prose: [], captions: texts }),
    sentences: { pauseMs: pauseThresholdMs(track.cues), punctuated: isPunctuated(texts, EN), lang: EN },
  });
  const tokens: string[] = [];
  const turns: number[] = [];
  const sentences: number[] = [];
  let lastTurn = -1;
  for (const p of transcript.paragraphs) {
    if (p.turn !== lastTurn) turns.push(tokens.length);
    lastTurn = p.turn;
    for (const s of p.sentences) {
      sentences.push(tokens.length);
      tokens.push(...wordTokens(s.text));
    }
  }
  const map = alignTokens(tokens, cdpTokens);
  const at = (xs: number[]) => xs.map((t) => map[t] ?? -1).filter((t) => t > 0);
  return { turns: at(turns), sentences: at(sentences), aligned: map.filter((j) => j >= 0).length / Math.max(1, cdpTokens.length) };
}

const dir = corpusPath('real-captions/cdp');
const files = hasCorpus ? readdirSync(dir).filter((f) => f.endsWith('.vtt')) : [];

describeCorpus("transcript turns on real council captions agree with CDP's transcripts", () => {
  const fmt = (a: Agreement) => `F1 ${a.f1.toFixed(3)} (P ${a.precision.toFixed(3)} R ${a.recall.toFixed(3)}, ${a.hits}/${a.gold})`;
  const totals = { hits: 0, gold: 0, predicted: 0 };

  test.each(files)('%s', (file) => {
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected', file.replace(/\.vtt$/, '.cdp-transcript.json')), 'utf8')) as { sentences: CdpSentence[] };
    const cdp = cdpReference(expected.sentences);
    const ours = splitWhole(path.join(dir, file), cdp.tokens);
    const turns = changePointAgreement(ours.turns, cdp.turns);
    // CDP's sentences are its own segmentation of the same captions, not a gold standard: reported only.
    const sentences = changePointAgreement(ours.sentences, cdp.sentenceStarts);
    totals.hits += turns.hits;
    totals.gold += turns.gold;
    totals.predicted += turns.predicted;
    console.log(`${file}: transcript turns vs CDP ${fmt(turns)}; sentence starts vs CDP's sentences ${fmt(sentences)}; words aligned ${(100 * ours.aligned).toFixed(1)}%`);
    expect(ours.aligned).toBeGreaterThanOrEqual(0.95);
    expect(turns.f1).toBeGreaterThanOrEqual(0.9);
  });

  afterAll(() => {
    if (totals.gold > 0) console.log(`CDP, all files: transcript turn changes found ${totals.hits}/${totals.gold}, ${totals.predicted} predicted`);
  });
});
