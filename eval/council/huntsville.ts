import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { agendaSessions, meetingKind, parseAgendaSections } from './agenda-preview';
import type { CouncilSet } from './council-set';
import { vttCueSpan } from '../align/vtt-times';
import { cueTimes } from './cue-times';

/**
 * The Huntsville sets: one per gold file in eval/council/gold, which names its meeting folder in
 * ../shared/corpus/meetings/council-huntsville and the caption file it was read from. The agenda
 * comes from the meeting's agenda-preview.md at run time; the gold holds only derived facts.
 */

export const HUNTSVILLE_ROOT = resolve(__dirname, '../../../shared/corpus/meetings/council-huntsville');
export const GOLD_DIR = join(__dirname, 'gold');

const GoldSession = z.strictObject({
  id: z.string().min(1),
  status: z.enum(['held', 'empty', 'absent']),
  /** 1-based cue (timing line) where the announcement begins; absent items have none */
  cue: z.number().int().positive().optional(),
  startMs: z.number().int().nonnegative().optional(),
  reason: z.string().min(1),
});

export const HuntsvilleGold = z.strictObject({
  set: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  meeting: z.string().min(1),
  captions: z.enum(['captions.vtt', 'whisper-medium.srt']),
  method: z.string(),
  annotator: z.string(),
  sessions: z.array(GoldSession).min(1),
});
export type HuntsvilleGold = z.infer<typeof HuntsvilleGold>;

export function goldFiles(dir = GOLD_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * The set a gold file describes. Throws, naming the file, when the gold and the corpus disagree:
 * other session ids than the agenda's (in order), a held or empty item without its cue, an absent
 * one with a time, a startMs that is not its cue's start in the caption file, or starts out of
 * agenda order.
 */
export function huntsvilleSet(goldFile: string, root = HUNTSVILLE_ROOT): CouncilSet {
  const gold = HuntsvilleGold.parse(JSON.parse(readFileSync(goldFile, 'utf8')));
  const dir = join(root, gold.meeting);
  const meta = JSON.parse(readFileSync(join(dir, 'meeting.json'), 'utf8')) as { title?: string; body?: string };
  const sessions = agendaSessions(parseAgendaSections(readFileSync(join(dir, 'agenda-preview.md'), 'utf8')), meetingKind(meta.body));
  const problem = (message: string) => new Error(`${goldFile}: ${message}`);
  const agendaIds = sessions.map((s) => s.id).join(' ');
  const goldIds = gold.sessions.map((s) => s.id).join(' ');
  if (agendaIds !== goldIds) throw problem(`sessions ${goldIds} do not match the agenda's ${agendaIds}`);

  const text = readFileSync(join(dir, gold.captions), 'utf8');
  const cues = cueTimes(text);
  const span = vttCueSpan(text);
  if (span === null) throw problem(`${gold.captions} has no cue`);
  let previousMs = 0;
  for (const s of gold.sessions) {
    if (s.status === 'absent') {
      if (s.cue !== undefined || s.startMs !== undefined) throw problem(`${s.id} is absent but has a time`);
      continue;
    }
    if (s.cue === undefined || s.startMs === undefined) throw problem(`${s.id} is ${s.status} but has no cue and startMs`);
    const cue = cues[s.cue - 1];
    if (cue?.startMs !== s.startMs) throw problem(`${s.id}: cue ${s.cue} of ${gold.captions} does not start at ${s.startMs} ms (the corpus file changed?)`);
    if (s.startMs < previousMs) throw problem(`${s.id} starts before the item ahead of it`);
    previousMs = s.startMs;
  }
  return {
    id: gold.set,
    group: 'huntsville',
    captionKind: gold.captions === 'captions.vtt' ? 'captions' : 'whisper',
    primary: gold.captions === 'captions.vtt' || !existsSync(join(dir, 'captions.vtt')),
    title: meta.title ?? gold.meeting,
    sessions,
    captions: { name: gold.captions, text },
    gold: { items: gold.sessions.map((s) => ({ id: s.id, status: s.status, startMs: s.startMs ?? null })), endMs: span.endMs },
  };
}

export function huntsvilleSets(root = HUNTSVILLE_ROOT, goldDir = GOLD_DIR): CouncilSet[] {
  if (!existsSync(root)) return [];
  return goldFiles(goldDir).map((f) => huntsvilleSet(f, root));
}
