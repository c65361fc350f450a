/**
 * The agenda of a Huntsville meeting as a user would type it from the Legistar agenda, read from
 * the corpus's agenda-preview.md ("### 9. PUBLIC HEARINGS TO BE HELD" headings, "- 2026-584 <title>
 * *(Resolution No. ..., sponsors: ...)*" item lines, and a closing "Sections with no listed items:
 * 1. INVOCATION; 2. ..." line). Pure: text in, sessions out.
 */

export interface AgendaSection {
  number: number;
  /** the heading as the agenda prints it, without its number: "PUBLIC HEARINGS TO BE HELD" */
  heading: string;
  /** the listed items' titles, trimmed (see itemTitle) */
  items: string[];
}

export interface AgendaSession {
  id: string;
  title: string;
  description?: string;
}

/** A regular meeting takes one session per section; a work session splits sections that list several presentations. */
export type MeetingKind = 'regular' | 'work-session';

const HEADING = /^###\s+(\d+)\.\s+(.+?)\s*$/;
const ITEM = /^-\s+(.+?)\s*$/;
const NO_ITEMS = /^Sections with no listed items:\s*(.+?)\s*$/;

/**
 * An item line's title as a user would copy it: without the Legistar file number ("2026-584"),
 * the italic "(Resolution No. ..., sponsors: ...)" tail, the agenda's bookkeeping notes in
 * parentheses ("(Set on ...)", "(Introduced on ...)", "(Minutes Received)") and a page footer
 * of the PDF that the extraction ran into the line.
 */
export function itemTitle(line: string): string {
  let t = line.replace(/^\d{4}-\d+\s+/, '');
  t = t.replace(/\s*\*\([^)]*\)\*\s*$/, '');
  // the PDF's page footer ("City Council Regular Meeting <gap> Agenda <gap> June 11, 2026") run into the line
  t = t.replace(/\s*(?:\S+ ){0,3}Meeting\s{2,}Agenda\s{2,}[A-Z][a-z]+ \d{1,2}, \d{4}\s*$/, '');
  t = t.replace(/\s*\((?:Set|Introduced|Postponed|Minutes Received|Utilities:)[^)]*\)/g, '');
  return t.replace(/\s+/g, ' ').trim();
}

export function parseAgendaSections(markdown: string): AgendaSection[] {
  const sections = new Map<number, AgendaSection>();
  let current: AgendaSection | undefined;
  for (const line of markdown.split(/\r\n|\r|\n/)) {
    const heading = HEADING.exec(line);
    if (heading) {
      current = { number: Number(heading[1]), heading: heading[2]!, items: [] };
      sections.set(current.number, current);
      continue;
    }
    const none = NO_ITEMS.exec(line);
    if (none) {
      current = undefined;
      for (const part of none[1]!.split(';')) {
        const m = /^\s*(\d+)\.\s+(.+?)\s*$/.exec(part);
        if (m && !sections.has(Number(m[1]))) sections.set(Number(m[1]), { number: Number(m[1]), heading: m[2]!, items: [] });
      }
      continue;
    }
    if (/^##?\s/.test(line)) {
      current = undefined;
      continue;
    }
    const item = ITEM.exec(line);
    if (item && current) {
      const title = itemTitle(item[1]!);
      if (title !== '') current.items.push(title);
    }
  }
  return [...sections.values()].sort((a, b) => a.number - b.number);
}

/** "a", "b", ... "z", "aa", ...: the letter an agenda gives the k-th item (0-based) of a section. */
export function itemLetter(k: number): string {
  return k < 26 ? String.fromCharCode(97 + k) : itemLetter(Math.floor(k / 26) - 1) + itemLetter(k % 26);
}

/**
 * The sessions, in number order. Regular meeting: one per section, id "item-<n>", title the
 * heading with its number ("13. COUNCILMEMBER COMMENTS"), description the items' titles joined
 * with "; ". Work session: a section listing two or more items holds separate presentations,
 * so each item is a session of its own (id "item-<n><letter>", title the item's title); other
 * sections as in a regular meeting.
 */
export function agendaSessions(sections: readonly AgendaSection[], kind: MeetingKind): AgendaSession[] {
  const sessions: AgendaSession[] = [];
  for (const s of sections) {
    if (kind === 'work-session' && s.items.length >= 2) {
      s.items.forEach((title, k) => sessions.push({ id: `item-${s.number}${itemLetter(k)}`, title }));
      continue;
    }
    sessions.push({ id: `item-${s.number}`, title: `${s.number}. ${s.heading}`, ...(s.items.length > 0 ? { description: s.items.join('; ') } : {}) });
  }
  return sessions;
}

/** meeting.json's "body" ("City Council Regular Meeting", "City Council Work Session") as a kind. */
export function meetingKind(body: string | undefined): MeetingKind {
  return /work session/i.test(body ?? '') ? 'work-session' : 'regular';
}
