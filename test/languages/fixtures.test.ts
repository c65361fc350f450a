import { existsSync, readdirSync, readFileSync } from 'fs';
import path from 'path';
import { allCaptionFacts, type CaptionFacts } from '../../fixtures/caption-facts';
import { composeEvent } from '../../fixtures/languages/compose';
import { ingestCaptions } from '../../src/formats/ingest';
import { parseManifest } from '../../src/model/manifest-parse';
import type { Track } from '../../src/model/track';

/**
 * The caption files in other languages stay well-formed and keep the facts their READMEs state:
 * read with recap's own readers (not the plain-text reading of fixtures/caption-facts.ts), each
 * has the cue count, span, words and forms written down in facts.json, and each event's manifest
 * and truth agree with its captions.
 */
const FIXTURES = path.resolve(__dirname, '../../fixtures');
const LANGUAGES = path.join(FIXTURES, 'languages');
const stated = [
  ...(JSON.parse(readFileSync(path.join(LANGUAGES, 'facts.json'), 'utf8')) as CaptionFacts[]),
  ...(JSON.parse(readFileSync(path.join(FIXTURES, 'real/facts.json'), 'utf8')) as CaptionFacts[]),
];
const events = readdirSync(LANGUAGES).filter((name) => existsSync(path.join(LANGUAGES, name, 'event.yaml')));

function read(file: string): Track {
  return ingestCaptions(readFileSync(path.join(FIXTURES, file)), { fileName: path.basename(file) });
}

/** All the cue text as one string, lines joined as the script joins them (no space in Chinese or Japanese). */
function textOf(track: Track, language: string): string {
  const sep = language === 'zh' || language === 'ja' ? '' : ' ';
  return track.cues.map((cue) => cue.text.replace(/\n/g, sep)).join(' ');
}

describe('fixtures in other languages', () => {
  test('the facts written down are those of the files as they are now', () => {
    expect(allCaptionFacts()).toEqual(stated);
  });

  test('all twelve languages have an event, and at least six have a real file', () => {
    expect(events.sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'it', 'ja', 'ko', 'nl', 'pt', 'ru', 'zh']);
    expect(new Set(stated.filter((f) => f.file.startsWith('real/')).map((f) => f.language)).size).toBeGreaterThanOrEqual(6);
  });

  describe.each(stated.map((facts) => [facts.file, facts] as const))('%s', (file, facts) => {
    const track = read(file);

    test('reads with no error, with the stated cues and span', () => {
      expect(track.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(track.cues.length).toBe(facts.cues);
      expect(track.cues[0]!.startMs).toBe(facts.firstMs);
      expect(track.cues[track.cues.length - 1]!.endMs).toBe(facts.lastMs);
    });

    test('cues run forward in time', () => {
      for (const [i, cue] of track.cues.entries()) {
        expect(cue.endMs).toBeGreaterThan(cue.startMs);
        if (i > 0) expect(cue.startMs).toBeGreaterThanOrEqual(track.cues[i - 1]!.endMs);
      }
    });

    test('the words stated as mid-sentence and both inflected forms are in the text read', () => {
      const text = textOf(track, facts.language);
      for (const word of [...facts.midSentenceWords, ...(facts.inflectedPair ?? [])]) {
        const places = [...text.matchAll(new RegExp(word, 'gu'))].map((m) => m.index);
        const inside = places.filter((at) => at > 0 && !/[.!?。！？؟]\s*$/.test(text.slice(0, at)));
        expect({ word, inside: inside.length > 0 }).toEqual({ word, inside: true });
      }
    });

    test('is right to left exactly when it is Arabic', () => {
      expect(facts.rtl).toBe(facts.language === 'ar');
    });
  });
});

describe.each(events.map((lang) => [lang] as const))('the %s event', (lang) => {
  const dir = path.join(LANGUAGES, lang);
  const manifest = parseManifest(readFileSync(path.join(dir, 'event.yaml'), 'utf8'), path.join(dir, 'event.yaml'));
  const truth = JSON.parse(readFileSync(path.join(dir, 'truth.json'), 'utf8')) as { sessions: Array<{ id: string; startMs: number; endMs: number }> };
  const track = read(`languages/${lang}/${manifest.recordings[0]!.captions}`);

  test('its captions and truth are what its script composes (edit the script, not the captions)', () => {
    const composed = composeEvent(lang);
    expect(readFileSync(path.join(dir, 'captions/main.vtt'), 'utf8')).toBe(composed.vtt);
    expect(readFileSync(path.join(dir, 'truth.json'), 'utf8')).toBe(composed.truth);
  });

  test('its manifest is valid and in its language', () => {
    expect(manifest.language).toBe(lang);
    expect(manifest.sessions.length).toBe(3);
    expect(manifest.recordings.map((r) => r.captions)).toEqual(['captions/main.vtt']);
  });

  test('its truth covers the agenda in order, each session starting on a cue, inside the recording', () => {
    expect(truth.sessions.map((s) => s.id)).toEqual(manifest.sessions.map((s) => s.id));
    const starts = new Set(track.cues.map((cue) => cue.startMs));
    for (const [i, session] of truth.sessions.entries()) {
      expect(starts.has(session.startMs)).toBe(true);
      expect(session.endMs).toBeGreaterThan(session.startMs);
      if (i > 0) expect(session.startMs).toBe(truth.sessions[i - 1]!.endMs);
    }
    expect(truth.sessions[0]!.startMs).toBeGreaterThan(track.cues[0]!.startMs);
    expect(truth.sessions[truth.sessions.length - 1]!.endMs).toBeLessThanOrEqual(track.cues[track.cues.length - 1]!.endMs);
  });

  test('a meeting of 7 to 12 minutes in 80 to 150 cues of at most two lines, every speaker named', () => {
    const lastMs = track.cues[track.cues.length - 1]!.endMs;
    expect(lastMs).toBeGreaterThanOrEqual(7 * 60_000);
    expect(lastMs).toBeLessThanOrEqual(12 * 60_000);
    expect(track.cues.length).toBeGreaterThanOrEqual(80);
    expect(track.cues.length).toBeLessThanOrEqual(150);
    expect(track.cues.filter((cue) => cue.text.split('\n').length > 2)).toEqual([]);
    expect(new Set(track.cues.map((cue) => cue.speaker)).size).toBeGreaterThanOrEqual(5);
  });

  if (lang === 'zh' || lang === 'ja' || lang === 'ko') {
    test('has lines far longer than the 16 characters its captions are re-flowed to', () => {
      const longLines = track.cues.flatMap((cue) => cue.text.split('\n')).filter((line) => [...line].length >= 25);
      expect(longLines.length).toBeGreaterThanOrEqual(20);
    });
  }
});
