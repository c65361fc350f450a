import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { hasContent } from '../../src/summarize/session-content';
import { languageOf } from '../../src/text/language/registry';
import { runRecap } from '../align/run-recap';
import { councilMeetings } from './council-agenda';

/**
 * npm run eval:summary-coverage: how the event summary covers the agenda, on the fixture event
 * and on every council meeting of ../shared with an agenda (council-agenda.ts), each run through
 * `recap process` with the default cap. Per event: sessions of the agenda, those with a
 * transcript, those with content (session-content.ts), those the summary speaks of, coverage =
 * represented / with content; the summary's words against the sessions' words (total variation
 * distance between the two shares: 0 is exact proportion); the share of its sentences in the
 * first tenth of the event's span (the issue: 10 of 11 from the first 16 minutes); keyphrases.
 */

interface Sentence { text: string; startMs: number; recording: string }
interface Transcript { sessionId: string; recording: string; paragraphs: Array<{ sentences: Sentence[] }> }

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

function measure(eventDir: string, verbose: boolean): string {
  const alignment = JSON.parse(readFileSync(join(eventDir, 'alignment.json'), 'utf8')) as { sessions: Array<{ id: string; status: string; startMs?: number; endMs?: number }> };
  const summary = JSON.parse(readFileSync(join(eventDir, 'summary.json'), 'utf8')) as { sentences: Sentence[]; keyphrases: string[] };
  const language = languageOf((JSON.parse(readFileSync(join(eventDir, 'manifest.json'), 'utf8')) as { language: string }).language);
  const picked = new Map(summary.sentences.map((s) => [`${s.recording}\0${s.startMs}`, s]));
  const rows = alignment.sessions.flatMap((s) => {
    const file = join(eventDir, 'sessions', s.id, 'transcript.json');
    if (!existsSync(file)) return [];
    const t = JSON.parse(readFileSync(file, 'utf8')) as Transcript;
    const sentences = t.paragraphs.flatMap((p) => p.sentences.map((x) => ({ ...x, recording: t.recording })));
    const chosen = sentences.filter((x) => picked.has(`${x.recording}\0${x.startMs}`));
    return [{ id: s.id, content: hasContent(sentences.map((x) => x.text), language), words: sentences.reduce((n, x) => n + words(x.text), 0), chosen: chosen.length, chosenWords: chosen.reduce((n, x) => n + words(x.text), 0) }];
  });
  const content = rows.filter((r) => r.content);
  const represented = content.filter((r) => r.chosen > 0);
  const allWords = content.reduce((n, r) => n + r.words, 0) || 1;
  const summaryWords = content.reduce((n, r) => n + r.chosenWords, 0) || 1;
  const tvd = content.reduce((n, r) => n + Math.abs(r.words / allWords - r.chosenWords / summaryWords), 0) / 2;
  const spans = alignment.sessions.filter((s) => s.status !== 'missing' && typeof s.startMs === 'number' && typeof s.endMs === 'number');
  const first = Math.min(...spans.map((s) => s.startMs!));
  const last = Math.max(...spans.map((s) => s.endMs!));
  const early = summary.sentences.filter((s) => s.startMs < first + (last - first) / 10).length;
  const line = [
    String(alignment.sessions.length).padStart(6),
    String(rows.length).padStart(6),
    String(content.length).padStart(8),
    String(represented.length).padStart(6),
    `${((100 * represented.length) / Math.max(1, content.length)).toFixed(0)}%`.padStart(6),
    tvd.toFixed(2).padStart(5),
    `${early}/${summary.sentences.length}`.padStart(7),
  ].join(' ');
  const detail = verbose ? `\n${rows.map((r) => `    ${r.id.padEnd(12)} ${r.content ? 'content ' : 'none    '} ${String(r.words).padStart(6)} words ${(r.words / allWords * 100).toFixed(0).padStart(3)}%  summary ${String(r.chosen).padStart(2)} sentences ${(r.chosenWords / summaryWords * 100).toFixed(0).padStart(3)}%`).join('\n')}` : '';
  return `${line}   keyphrases: ${summary.keyphrases.join('; ')}${detail}`;
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const scratch = mkdtempSync(join(tmpdir(), 'recap-summary-coverage-'));
  const events: Array<{ id: string; manifest: string }> = [{ id: 'itu-forum-2021-04-23', manifest: resolve(__dirname, '../../fixtures/itu-forum-2021-04-23/event.yaml') }];
  for (const m of councilMeetings()) {
    const dir = join(scratch, 'input', m.id);
    mkdirSync(dir, { recursive: true });
    copyFileSync(m.captions, join(dir, basename(m.captions)));
    const manifest = { id: m.id, title: m.title, sessions: m.sessions, recordings: [{ id: 'main', captions: basename(m.captions) }] };
    writeFileSync(join(dir, 'event.json'), JSON.stringify(manifest, null, 2));
    events.push({ id: m.id, manifest: join(dir, 'event.json') });
  }
  console.log(`${'event'.padEnd(72)} agenda  trans  content  repr.  cover.  TVD  early   keyphrases`);
  try {
    for (const e of events) {
      const store = join(scratch, 'store');
      const run = await runRecap(e.manifest, store, 0);
      const eventDir = join(store, 'events', e.id);
      const row = run.exitCode === 0 ? measure(eventDir, verbose) : `failed: ${run.message}`;
      console.log(`${e.id.padEnd(72)} ${row}`);
      rmSync(store, { recursive: true, force: true });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
