import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The council meetings of ../shared/corpus/meetings/council-huntsville as recap events: the
 * agenda's sections in their numbered order (those with items, "### 9. PUBLIC HEARINGS ..."
 * with the items' titles as the description, and those the preview lists as having none), and
 * the meeting's captions: the official captions.vtt, else the Whisper transcript (the corpus
 * README's files). No times: the agenda gives none.
 */
export interface CouncilMeeting {
  id: string;
  title: string;
  captions: string;
  sessions: Array<{ id: string; title: string; description?: string }>;
}

export const COUNCIL_ROOT = join(__dirname, '../../../shared/corpus/meetings/council-huntsville');

export function parseAgendaPreview(markdown: string): CouncilMeeting['sessions'] {
  const sections = new Map<number, { title: string; items: string[] }>();
  let current: { title: string; items: string[] } | undefined;
  for (const line of markdown.split('\n')) {
    const heading = /^### (\d+)\. (.+)$/.exec(line);
    if (heading) {
      current = { title: heading[2]!.trim(), items: [] };
      sections.set(Number(heading[1]), current);
      continue;
    }
    const item = /^- (?:\d{4}-\d+\s+)?(.+)$/.exec(line);
    if (item && current) current.items.push(item[1]!.replace(/\s*\*\(.*\)\*\s*$/, '').trim());
    const empty = /^Sections with no listed items: (.+)$/.exec(line);
    if (empty) {
      current = undefined;
      for (const part of empty[1]!.split(';')) {
        const m = /^\s*(\d+)\. (.+?)\s*$/.exec(part);
        if (m) sections.set(Number(m[1]), { title: m[2]!, items: [] });
      }
    }
    if (/^## /.test(line)) current = undefined;
  }
  return [...sections]
    .sort((a, b) => a[0] - b[0])
    .map(([n, s]) => ({ id: `item-${n}`, title: s.title, ...(s.items.length > 0 ? { description: s.items.join(' ') } : {}) }));
}

export function councilMeetings(root = COUNCIL_ROOT): CouncilMeeting[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'agenda-preview.md')))
    .map((d) => d.name)
    .sort()
    .flatMap((name) => {
      const dir = join(root, name);
      const captions = ['captions.vtt', 'whisper-medium.srt'].map((f) => join(dir, f)).find((f) => existsSync(f));
      if (!captions) return [];
      const meta = JSON.parse(readFileSync(join(dir, 'meeting.json'), 'utf8')) as { title?: string };
      return [{ id: `huntsville-${name}`, title: meta.title ?? name, captions, sessions: parseAgendaPreview(readFileSync(join(dir, 'agenda-preview.md'), 'utf8')) }];
    });
}
