import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AgendaSession } from './agenda-preview';
import type { CouncilGold } from './score';

/** One council evaluation set, built at run time from the corpus: nothing of the corpus is stored in the repo. */
export interface CouncilSet {
  id: string;
  /** huntsville (gold read from the captions, eval/council/gold) or boston (annotated boundaries, timed synthetically) */
  group: 'huntsville' | 'boston';
  /** the kind of captions: official captions, Whisper ASR, or synthetic timing of a transcript */
  captionKind: 'captions' | 'whisper' | 'synthetic';
  /** false for a second track of a meeting already in the set (its Whisper file beside its captions.vtt) */
  primary: boolean;
  title: string;
  sessions: AgendaSession[];
  /** the caption file written beside the manifest: its name and text */
  captions: { name: string; text: string };
  gold: CouncilGold;
}

/**
 * Writes the set as a recap event into its own folder under scratch: the caption file (copied,
 * since a manifest may name only files in its own folder) and event.json with titles only, no
 * times, one recording, language en. Returns the manifest's path.
 */
export function writeEvent(set: CouncilSet, scratch: string): string {
  const dir = join(scratch, set.id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, set.captions.name), set.captions.text);
  const manifest = {
    id: set.id,
    title: set.title,
    language: 'en',
    sessions: set.sessions,
    recordings: [{ id: 'main', captions: set.captions.name }],
  };
  const file = join(dir, 'event.json');
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  return file;
}
