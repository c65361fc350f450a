import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bareWords, markdownHeadings, wholeTranscript } from '../../test/helpers/whole-transcript';

/**
 * `npx tsx eval/transcript-shape/run.ts`: how the transcripts of the turn and ASR fixtures are
 * shaped against what was written (their truth files): speaker headings against turns, sentences
 * kept whole over cue ends, and for unpunctuated speech recognition the lengths of sentences and
 * paragraphs and how many of the written sentence ends and paragraph starts they find.
 */
const root = join(__dirname, '../../fixtures/formats');

function spread(xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.floor(p * (s.length - 1))];
  return `n ${s.length}, p10 ${q(0.1)}, median ${q(0.5)}, p90 ${q(0.9)}, max ${q(1)}`;
}

/** Word indices where each group (sentence or paragraph) starts. */
function starts(groups: string[]): Set<number> {
  const out = new Set<number>();
  let n = 0;
  for (const g of groups) {
    out.add(n);
    n += bareWords(g).split(' ').length;
  }
  return out;
}

function agreement(found: Set<number>, gold: Set<number>): string {
  const hits = [...found].filter((x) => gold.has(x)).length;
  return `${hits} of ${gold.size} found, ${found.size - hits} more (precision ${(hits / found.size).toFixed(2)}, recall ${(hits / gold.size).toFixed(2)})`;
}

const zoom = JSON.parse(readFileSync(join(root, 'zoom/webinar.truth.json'), 'utf8')) as { speakers: string[]; turns: Array<{ speaker: string; sentences: string[] }> };
const webinar = wholeTranscript(join(root, 'zoom/webinar.vtt'), zoom.speakers.map((name) => ({ name })));
// A written sentence is kept whole when its turn's transcript has it at the same place.
const kept = zoom.turns.reduce((n, turn, i) => {
  const got = webinar.transcript.paragraphs.filter((p) => p.turn === i && p.speaker === turn.speaker).flatMap((p) => p.sentences.map((s) => bareWords(s.text)));
  return n + turn.sentences.filter((s, k) => got[k] === bareWords(s)).length;
}, 0);
const written = zoom.turns.reduce((n, t) => n + t.sentences.length, 0);
process.stdout.write(
  `zoom/webinar.vtt: ${webinar.track.cues.length} cues, ${zoom.turns.length} turns; transcript.md headings ${markdownHeadings(webinar.markdown).length}, ` +
    `paragraphs ${webinar.transcript.paragraphs.length}; written sentences kept whole ${kept} of ${written}\n`,
);

const talk = JSON.parse(readFileSync(join(root, 'asr/talk.truth.json'), 'utf8')) as { paragraphs: string[][] };
const goldSentences = starts(talk.paragraphs.flat());
const goldParagraphs = starts(talk.paragraphs.map((p) => p.join(' ')));
for (const file of ['whisper.srt', 'auto-export.vtt', 'timed-words.vtt']) {
  const { transcript } = wholeTranscript(join(root, 'asr', file));
  const said = transcript.paragraphs.flatMap((p) => p.sentences.map((s) => s.text));
  const paragraphs = transcript.paragraphs.map((p) => p.sentences.map((s) => s.text).join(' '));
  process.stdout.write(
    `asr/${file}:\n  sentences: words ${spread(said.map((s) => s.split(' ').length))}; written ends ${agreement(starts(said), goldSentences)}\n` +
      `  paragraphs: seconds ${spread(transcript.paragraphs.map((p) => Math.round((p.endMs - p.startMs) / 1000)))}; written starts ${agreement(starts(paragraphs), goldParagraphs)}\n`,
  );
}
