import type { Diagnostic } from '../../model/track';

/** Diagnostics of one kind listed one by one; the rest are counted in a closing summary. */
const LISTED_PER_KIND = 20;

/**
 * Collects a reader's diagnostics. A damaged file can repeat one problem on every line, so each
 * kind is listed a limited number of times; facts about the whole file ("channel 2 ignored")
 * are noted once, with the line they were first seen on and how often.
 */
export class DiagnosticLog {
  private readonly listed: Diagnostic[] = [];
  private readonly perKind = new Map<string, { count: number; first: Diagnostic }>();
  private readonly notes = new Map<string, { line: number; count: number; message: string }>();

  add(kind: string, diagnostic: Diagnostic): void {
    const seen = this.perKind.get(kind);
    if (seen) seen.count++;
    else this.perKind.set(kind, { count: 1, first: diagnostic });
    if ((seen?.count ?? 1) <= LISTED_PER_KIND) this.listed.push(diagnostic);
  }

  /** Records an info fact once per kind; later occurrences are only counted. */
  note(kind: string, line: number, message: string): void {
    const seen = this.notes.get(kind);
    if (seen) seen.count++;
    else this.notes.set(kind, { line, count: 1, message });
  }

  all(): Diagnostic[] {
    const out = [...this.listed];
    for (const { count, first } of this.perKind.values()) {
      if (count > LISTED_PER_KIND) {
        out.push({ severity: first.severity, line: first.line, message: `${count - LISTED_PER_KIND} more like "${first.message}" not listed` });
      }
    }
    for (const { line, count, message } of this.notes.values()) {
      out.push({ severity: 'info', line, message: `${message} (${count} code pair${count === 1 ? '' : 's'}, first on this line)` });
    }
    return out;
  }
}
