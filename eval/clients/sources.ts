import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { ingestCaptions } from '../../src/formats/ingest';
import { formatById } from '../../src/formats/registry';
import { Track } from '../../src/model/track';
import { WRITTEN_FORMATS } from './formats';

/** A caption file recap wrote, and the track it holds as recap means it. */
export interface CaptionFile {
  /** unique, usable as a file name: "panel-mixed-case.vtt", "itu-forum-2021-04-23/session-1/captions.srt" */
  name: string;
  /** registry id of its format */
  format: string;
  text: string;
  reference: Track;
}

const ROOT = path.resolve(__dirname, '../..');
export const CLIENT_TRACKS = path.join(ROOT, 'fixtures', 'clients');

/** The tracks of fixtures/clients (speakers, entities, accents, turns), by name. */
export function clientTracks(dir: string = CLIENT_TRACKS): Array<{ name: string; track: Track }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.track.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.track\.json$/, ''), track: Track.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8'))) }));
}

const ALL_FORMATS = WRITTEN_FORMATS.map((f) => f.id);

function writtenBy(id: string, name: string, track: Track): CaptionFile {
  const format = formatById(id);
  const traits = WRITTEN_FORMATS.find((f) => f.id === id);
  if (!format?.write || !traits) throw new Error(`recap has no writer for ${id}`);
  return { name: `${name}.${traits.ext}`, format: id, text: format.write(track), reference: track };
}

/** Each track of fixtures/clients written by each recap writer that has an independent reader. */
export function writtenClientFiles(formats: readonly string[] = ALL_FORMATS): CaptionFile[] {
  return clientTracks().flatMap(({ name, track }) => formats.map((id) => writtenBy(id, name, track)));
}

/**
 * Each session's track of the fixture event (as its published captions.vtt holds it) written by
 * recap's other writers too: hundreds of real-sized cues for every format, not a dozen.
 */
export function rewrittenSessionFiles(published: readonly CaptionFile[], formats: readonly string[] = ALL_FORMATS): CaptionFile[] {
  return published
    .filter((f) => f.format === 'webvtt')
    .flatMap((f) => formats.filter((id) => id !== 'webvtt' && id !== 'srt').map((id) => writtenBy(id, f.name.replace(/\.vtt$/, ''), f.reference)));
}

/**
 * Every session's captions.vtt and captions.srt in a store `recap process` wrote for an event.
 * The track the stage wrote is not stored, so the reference is recap's own reading of the VTT
 * (the stage judges its quality by that same reading): the SRT, written from the same cues, must
 * give the same back.
 */
export function publishedCaptionFiles(eventDir: string, eventId: string): CaptionFile[] {
  const sessions = path.join(eventDir, 'sessions');
  const files: CaptionFile[] = [];
  for (const session of readdirSync(sessions).sort()) {
    const vttPath = path.join(sessions, session, 'captions.vtt');
    if (!existsSync(vttPath)) continue;
    const vtt = readFileSync(vttPath);
    const reference = ingestCaptions(vtt, { fileName: vttPath, format: 'webvtt' });
    files.push({ name: `${eventId}/${session}/captions.vtt`, format: 'webvtt', text: vtt.toString('utf8'), reference });
    const srt = readFileSync(path.join(sessions, session, 'captions.srt'), 'utf8');
    files.push({ name: `${eventId}/${session}/captions.srt`, format: 'srt', text: srt, reference });
  }
  if (files.length === 0) throw new Error(`no session captions under ${sessions}`);
  return files;
}

/** Writes the files under `dir` (readers that run as programs read files); returns their paths. */
export function writeCaptionFiles(dir: string, files: readonly CaptionFile[]): Map<CaptionFile, string> {
  const paths = new Map<CaptionFile, string>();
  for (const file of files) {
    const target = path.join(dir, file.name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text);
    paths.set(file, target);
  }
  return paths;
}
