import { ingestCaptions } from '../../src/formats/ingest';
import { Alignment } from '../../src/model/alignment';
import type { Cue } from '../../src/model/track';
import { Track } from '../../src/model/track';
import { charLength } from '../../src/publish/caption-quality';
import { QualityFile } from '../../src/publish/quality-file';
import { sessionCues } from '../../src/publish/session-cues';
import { runStage } from '../../src/stages/run-stage';
import type { FsBlobStore } from '../../src/store/fs-store';
import { processedItuStore, removeStores } from './event-fixture';
import { foldAccents } from '../../src/text/language/fold';

const EVENT = 'itu-forum-2021-04-23';
const key = (rest: string) => `events/${EVENT}/${rest}`;
// Sentence case changes the case of letters only: words are compared without it.
/** The words said, whatever their case and accents (published captions give names as the manifest spells them). */
const words = (cues: readonly Pick<Cue, 'text'>[]) => cues.flatMap((c) => foldAccents(c.text.toLowerCase()).split(/\s+/).filter((w) => w !== ''));

let store: FsBlobStore;
beforeAll(async () => {
  store = await processedItuStore();
});
afterAll(removeStores);

const json = async (k: string): Promise<unknown> => JSON.parse((await store.get(k)).toString('utf8'));
const readBack = async (k: string) => ingestCaptions(await store.get(k), { fileName: k });

describe('publish-captions stage on the fixture event', () => {
  test('each aligned session: captions.vtt and .srt from 00:00:00, read back with the words of its stretch of the recording, in order', async () => {
    const alignment = Alignment.parse(await json(key('alignment.json')));
    const track = Track.parse(await json(key('recordings/main/track.json')));
    const aligned = alignment.sessions.filter((s) => s.status === 'aligned');
    expect(aligned.length).toBe(4);
    for (const session of aligned) {
      const vtt = await readBack(key(`sessions/${session.id}/captions.vtt`));
      const srt = await readBack(key(`sessions/${session.id}/captions.srt`));
      expect(vtt.format).toBe('webvtt');
      expect(srt.format).toBe('srt');
      // near 00:00:00: the first words of the session are spoken within seconds of its start
      expect(vtt.cues[0]!.startMs).toBeLessThan(5000);
      expect(vtt.cues.at(-1)!.endMs).toBeLessThanOrEqual(session.endMs! - session.startMs! + 7000);
      const source = sessionCues(track.cues, session.startMs!, session.endMs!);
      expect(words(vtt.cues)).toEqual(words(source));
      expect(words(srt.cues)).toEqual(words(source));
      expect(srt.cues.map((c) => [c.startMs, c.endMs])).toEqual(vtt.cues.map((c) => [c.startMs, c.endMs]));
      for (const cue of vtt.cues) {
        expect(cue.parts).toBeUndefined();
        for (const line of cue.text.split('\n')) expect(charLength(line)).toBeLessThanOrEqual(42);
      }
    }
  });

  test('speakers are identified: the first cue of a session and of every turn, by <v> in WebVTT and a label in SRT', async () => {
    const vtt = await readBack(key('sessions/opening/captions.vtt'));
    const srt = await readBack(key('sessions/opening/captions.srt'));
    expect(vtt.cues[0]!.turnStart).toBe(true);
    const named = vtt.cues.filter((c) => c.speaker !== null);
    expect(named.length).toBeGreaterThan(0);
    expect((await store.get(key('sessions/opening/captions.vtt'))).toString()).toMatch(/^<v Mariela Vantongeren>/m);
    // SRT names each turn once, at its start, and the reader carries the name on
    expect(srt.cues.map((c) => c.speaker)).toEqual(vtt.cues.map((c) => c.speaker));
    const srtText = (await store.get(key('sessions/opening/captions.srt'))).toString();
    expect(srtText).toMatch(/^>> Mariela Vantongeren: /m);
  });

  test('every change of speaker is visible in the text of captions.vtt and .srt, named as the manifest spells the person', async () => {
    const manifestNames = new Set((await json(key('manifest.json')) as { sessions: { people: { name: string }[] }[] }).sessions.flatMap((s) => s.people.map((p) => p.name)));
    const track = Track.parse(await json(key('recordings/main/track.json')));
    // the captioner's three spellings of one moderator
    expect(new Set(track.cues.map((c) => c.speaker).filter((s) => s?.startsWith('BIL')))).toEqual(new Set(['BILAL JAMOUSI', 'BILEL JAMOUSI', 'BILEL JAMOUSSI']));
    for (const session of ['opening', 'session-1', 'session-2', 'session-3']) {
      for (const ext of ['vtt', 'srt']) {
        const file = (await store.get(key(`sessions/${session}/captions.${ext}`))).toString();
        const read = await readBack(key(`sessions/${session}/captions.${ext}`));
        // each cue that opens a turn opens with a visible label: the name, or ">>" for a voice the captions do not name
        const payloads = file.split(/\n\n/).slice(ext === 'vtt' ? 1 : 0).map((block) => block.split('\n').slice(2).join('\n'));
        expect(payloads).toHaveLength(read.cues.length);
        let turns = 0;
        read.cues.forEach((cue, i) => {
          if (!cue.turnStart) return;
          turns++;
          const visible = ext === 'vtt' ? payloads[i]!.replace(/^<v [^>]*>/, '') : payloads[i]!;
          const label = cue.speaker === null ? '&gt;&gt; ' : `>> ${cue.speaker}: `;
          expect(visible.startsWith(ext === 'vtt' ? label.replace(/>/g, '&gt;') : label.replace(/&gt;/g, '>'))).toBe(true);
          if (cue.speaker !== null) expect(manifestNames).toContain(cue.speaker);
        });
        expect(turns).toBeGreaterThan(1);
        expect(file).not.toMatch(/BILAL|JAMOUSI\b/);
      }
    }
  });

  test('sentence case (the default profile asks for it): no cue in capitals, names and acronyms kept', async () => {
    const srt = (await store.get(key('sessions/session-2/captions.srt'))).toString();
    const texts = (await readBack(key('sessions/session-2/captions.srt'))).cues.map((c) => c.text).join(' ');
    expect(texts).not.toMatch(/\b(THE|AND|OF)\b/);
    expect(texts).toMatch(/\bCOVID-19\b/);
    expect(texts).toMatch(/\bUN\b/);
    expect(srt).toMatch(/Bilel Jamoussi/);
  });

  test('quality.json: the input and every written file against the profile, lines within it everywhere', async () => {
    const quality = QualityFile.parse(await json(key('quality.json')));
    expect(quality.profile).toBe('default');
    expect(Object.keys(quality.input)).toEqual(['main']);
    expect(Object.keys(quality.outputs)).toEqual(['opening', 'session-1', 'session-2', 'session-3'].flatMap((s) => [`sessions/${s}/captions.vtt`, `sessions/${s}/captions.srt`]));
    for (const report of Object.values(quality.outputs)) {
      // every cue within the default profile, visible speaker labels and all
      expect(report.cuesOutside).toBe(0);
      expect(report.limits.lineLength.share).toBe(1);
      expect(report.limits.lineCount.share).toBe(1);
      expect(report.limits.overlap.share).toBe(1);
      for (const v of report.violations) expect(v.cueIndex).toBeLessThan(report.cues);
    }
    expect(quality.input.main!.cues).toBe(Track.parse(await json(key('recordings/main/track.json'))).cues.length);
  });

  test('per recording, on its clock: the sessions’ published captions at their recording times and every word outside them, a chapter per aligned session, the YouTube list', async () => {
    const alignment = Alignment.parse(await json(key('alignment.json')));
    const manifest = (await json(key('manifest.json'))) as { sessions: Array<{ id: string; title: string }> };
    const aligned = alignment.sessions.filter((s) => s.status === 'aligned' && s.recording === 'main');
    const timed = await readBack(key('recordings/main/captions.vtt'));
    const expected: Array<[number, number, string]> = [];
    for (const session of aligned) {
      const own = await readBack(key(`sessions/${session.id}/captions.vtt`));
      expected.push(...own.cues.map((c): [number, number, string] => [c.startMs + session.startMs!, c.endMs + session.startMs!, c.text]));
    }
    const inSession = (ms: number): boolean => aligned.some((s) => ms >= s.startMs! && ms < s.endMs!);
    expect(timed.cues.filter((c) => inSession(c.startMs)).map((c): [number, number, string] => [c.startMs, c.endMs, c.text])).toEqual(expected);
    // the pre-roll (14 cues from 3 s to 241 s before the first session), gaps and the tail are captioned too
    const track = Track.parse(await json(key('recordings/main/track.json')));
    expect(words(timed.cues)).toEqual(words(track.cues));
    const preRoll = timed.cues.filter((c) => c.startMs < Math.min(...aligned.map((s) => s.startMs!)));
    expect(preRoll.length).toBeGreaterThan(0);
    expect(preRoll[0]!.startMs).toBe(track.cues[0]!.startMs);
    // Read as a chapters track reads it: a chapter title is plain text (recap's caption reader would take "Session 1:" for a speaker).
    const chaptersText = (await store.get(key('recordings/main/chapters.vtt'))).toString('utf8');
    const chapters = [...chaptersText.matchAll(/^(\d\d):(\d\d):(\d\d)\.(\d{3}) --> [^\n]*\n([^\n]+)$/gm)].map((m) => [((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3])) * 1000 + Number(m[4]), m[5]]);
    expect(chaptersText.startsWith('WEBVTT\n\n')).toBe(true);
    expect(chapters).toEqual(aligned.map((s) => [s.startMs, manifest.sessions.find((m) => m.id === s.id)!.title]));
    const list = (await store.get(key('recordings/main/chapters.youtube.txt'))).toString('utf8').trim().split('\n');
    expect(list[0]).toMatch(/^0:00 /);
    expect(list.length).toBeGreaterThanOrEqual(3);
  });

  test('another profile re-flows to its own numbers', async () => {
    const outcome = await runStage(store, 'publish-captions', { eventId: EVENT, profile: 'dcmp' });
    expect(outcome.skipped).toBe(false);
    expect(outcome.summary).toMatch(/^captions \(dcmp\): 4 sessions, /);
    const vtt = await readBack(key('sessions/session-1/captions.vtt'));
    for (const cue of vtt.cues) for (const line of cue.text.split('\n')) expect(charLength(line)).toBeLessThanOrEqual(32);
    expect(QualityFile.parse(await json(key('quality.json'))).profile).toBe('dcmp');
    expect((await runStage(store, 'publish-captions', { eventId: EVENT, profile: 'dcmp' })).skipped).toBe(true);
  });
});
