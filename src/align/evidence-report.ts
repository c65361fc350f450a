import type { AgendaSession } from '../model/agenda';
import { clock } from '../model/timecode';
import { contentTerms } from '../text/terms';
import type { Language } from '../text/language/language';
import type { RecordingPlacement } from './align-recording';
import type { Unit } from './units';
import { maxOf } from '../model/arrays';

export interface PlacementFacts {
  session: AgendaSession;
  index: number;
  units: Unit[];
  firstUnit: number;
  lastUnit: number;
  placement: RecordingPlacement;
  scheduled: { startMs: number; endMs: number } | null;
  startMs: number;
  lang: Language;
}

/** The first unit of the span where a person's surname (or full name) is said. */
function firstMention(units: Unit[], from: number, to: number, name: string, lang: Language): number {
  const words = lang.words(name).map(lang.fold);
  const surname = words[words.length - 1];
  if (!surname || surname.length < (lang.spaced ? 3 : 2)) return -1;
  for (let u = from; u <= to; u++) if (lang.words(units[u]!.text).some((w) => lang.fold(w) === surname)) return u;
  return -1;
}

/**
 * Why a session was put where it was, in words a person can check, and a confidence in 0..1:
 * the mean of how well its words fit (lexical), how clear its start is (boundary), and how near
 * the schedule it is, where there is one.
 */
export function describePlacement(f: PlacementFacts): { evidence: string[]; confidence: number } {
  const { session, units, firstUnit, lastUnit, placement } = f;
  const evidence: string[] = [];
  const parts: number[] = [];

  if (f.scheduled) {
    const deltaMin = Math.round((f.startMs - f.scheduled.startMs) / 60_000);
    evidence.push(`schedule ${deltaMin >= 0 ? '+' : ''}${deltaMin} min`);
    const tolerance = Math.max(120_000, 0.3 * (f.scheduled.endMs - f.scheduled.startMs));
    parts.push(Math.exp(-Math.abs(f.startMs - f.scheduled.startMs) / tolerance));
  }

  for (const person of session.people) {
    const u = firstMention(units, Math.max(0, firstUnit - 2), lastUnit, person.name, f.lang);
    if (u >= 0) evidence.push(`${person.role ?? 'person'} ${person.name} named at ${clock(units[u]!.startMs)}`);
  }

  // Title words heard in the span, by how often.
  const titleTerms = new Map<string, string>();
  for (const w of f.lang.words(session.title)) for (const t of contentTerms(w, f.lang)) titleTerms.set(t, w);
  const heard = new Map<string, number>();
  for (let u = firstUnit; u <= lastUnit; u++) for (const t of units[u]!.terms) if (titleTerms.has(t)) heard.set(t, (heard.get(t) ?? 0) + 1);
  const top = [...heard].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([t, n]) => `${titleTerms.get(t)} (${n})`);
  if (top.length > 0) evidence.push(`title words heard: ${top.join(', ')}`);

  const phrase = placement.phrases[firstUnit] ?? (firstUnit > 0 ? placement.phrases[firstUnit - 1] : null);
  if (phrase) evidence.push(`hand-over at ${clock(units[firstUnit]!.startMs)}: "${phrase}"`);
  const gap = units[firstUnit]!.gapBeforeMs;
  if (gap >= 10_000) evidence.push(`pause of ${Math.round(gap / 1000)} s before it`);

  let lexical = 0;
  const lex = placement.lexical[f.index]!;
  for (let u = firstUnit; u <= lastUnit; u++) lexical += lex[u]!;
  lexical /= Math.max(1, lastUnit - firstUnit + 1);
  parts.push(1 / (1 + Math.exp(-2 * lexical)));
  const maxBoundary = maxOf(placement.boundary, 1e-9);
  parts.push(f.index === 0 && firstUnit === 0 ? 0.5 : Math.min(1, placement.boundary[firstUnit]! / maxBoundary));

  if (evidence.length === (f.scheduled ? 1 : 0)) evidence.push('placed by agenda order and proportions; no words of its own found');
  const confidence = Math.round((100 * parts.reduce((a, b) => a + b, 0)) / parts.length) / 100;
  return { evidence, confidence };
}
