import type { Diagnostic } from '../../model/track';
import { DEFAULT_LIMITS } from '../../model/limits';
import { UnreadableCaptions, type ReadOptions, type ReadResult } from '../types';
import type { SourceCue } from '../../model/source-cue';
import { collectAgentNames } from './agents';
import { paragraphSpans, type InlineContext, type InlineResolver } from './cue-text';
import { parseTimeExpression, readTimingParams, type TimingParams } from './time-expression';
import { lineLocator } from '../line-locator';
import { childElements, parseXmlDocument, type XmlElement } from './xml-tree';

/**
 * Apple Music lyrics TTML writes absolute media times on every element (a `<p>` repeats its
 * `<div>`'s begin), against TTML's rule that children count from their parent's begin.
 */
const APPLE_LYRICS_NS = /xmlns(?::[\w.-]+)?\s*=\s*["']http:\/\/music\.apple\.com\/lyric-ttml-internal["']/;

/** Elements of `<body>` that hold neither paragraphs nor text. */
const NOT_CONTENT = new Set(['metadata', 'set', 'animate', 'animation', 'style', 'layout', 'region']);

/** Where an element sits in time: absolute media time, ms (floats until a cue is made). */
interface Scope {
  beginMs: number;
  /** undefined = indefinite: nothing above ends it */
  endMs: number | undefined;
  /** why this element cannot be placed in time (its own or an ancestor's timing is unreadable) */
  broken?: string;
  voice?: string;
  preserve: boolean;
}

interface ResolvedTiming {
  scope: Scope;
  /** the element's own end lay beyond its parent's end and was cut back to it */
  clippedFromMs?: number;
}

class TtmlReader implements InlineResolver {
  readonly diagnostics: Diagnostic[] = [];
  readonly cues: SourceCue[] = [];
  private readonly lenientForms = new Map<string, { line: number; example: string; count: number }>();
  private readonly unknownAgents = new Set<string>();
  private readonly unexpectedNames = new Set<string>();
  private params: TimingParams;
  /** `<p>` elements met, read or not */
  paragraphs = 0;

  constructor(
    root: XmlElement,
    private readonly agents: ReadonlyMap<string, string>,
    private readonly absoluteTimes: boolean,
    private readonly strict: boolean,
  ) {
    this.params = readTimingParams(root.attrs, (message) => this.report('warning', root.line, message));
  }

  report(severity: Diagnostic['severity'], line: number, message: string): void {
    this.diagnostics.push({ severity, line, message });
  }

  /** Reads one time attribute; undefined when absent, null when unreadable. */
  private time(el: XmlElement, attr: 'begin' | 'end' | 'dur'): number | null | undefined {
    const raw = el.attrs.get(attr);
    if (raw === undefined) return undefined;
    const parsed = parseTimeExpression(raw, this.params, this.strict);
    if (!parsed) return null;
    if (parsed.lenient) {
      const seen = this.lenientForms.get(parsed.lenient);
      if (seen) seen.count++;
      else this.lenientForms.set(parsed.lenient, { line: el.line, example: raw, count: 1 });
    }
    return parsed.ms;
  }

  /** The speaker named by an element's ttm:agent (IDREFS: several agents are joined). */
  private voice(el: XmlElement, inherited: string | undefined): string | undefined {
    const agent = el.attrs.get('agent');
    // Most elements name no agent: no list to build.
    if (agent === undefined) return inherited;
    const ids = agent.trim().split(/[ \t\r\n]+/).filter(Boolean);
    const names: string[] = [];
    for (const id of ids) {
      const name = this.agents.get(id);
      if (name !== undefined) names.push(name);
      else if (!this.unknownAgents.has(id)) {
        this.unknownAgents.add(id);
        this.report('warning', el.line, `ttm:agent "${id}" has no <ttm:agent> declaration with a <ttm:name>; no speaker taken from it`);
      }
    }
    return names.length > 0 ? names.join(' & ') : inherited;
  }

  private preserve(el: XmlElement, inherited: boolean): boolean {
    const space = el.attrs.get('space')?.trim();
    return space === 'preserve' ? true : space === 'default' ? false : inherited;
  }

  /** TTML time containment, par semantics: begin and end count from the parent's begin. */
  resolve(el: XmlElement, parent: Scope): ResolvedTiming {
    const inherited = { voice: this.voice(el, parent.voice), preserve: this.preserve(el, parent.preserve) };
    if (parent.broken) return { scope: { ...parent, ...inherited } };
    const begin = this.time(el, 'begin');
    const end = this.time(el, 'end');
    const dur = this.time(el, 'dur');
    if (begin === null || end === null || dur === null) {
      const bad = (['begin', 'end', 'dur'] as const).filter((a, i) => [begin, end, dur][i] === null).map((a) => `${a}="${el.attrs.get(a)}"`);
      return { scope: { ...parent, ...inherited, broken: `unreadable time ${bad.join(', ')} (line ${el.line})` } };
    }
    const base = this.absoluteTimes ? 0 : parent.beginMs;
    const beginMs = begin !== undefined ? base + begin : parent.beginMs;
    const endAt = end !== undefined ? base + end : undefined;
    const durEnd = dur !== undefined ? beginMs + dur : undefined;
    // The earlier of end and begin + dur, when either is given.
    const ownEnd = endAt === undefined ? durEnd : durEnd === undefined ? endAt : Math.min(endAt, durEnd);
    const endMs = ownEnd === undefined ? parent.endMs : parent.endMs === undefined ? ownEnd : Math.min(ownEnd, parent.endMs);
    const scope: Scope = { beginMs, endMs, ...inherited };
    return ownEnd !== undefined && endMs !== undefined && ownEnd > endMs ? { scope, clippedFromMs: ownEnd } : { scope };
  }

  /** Walks `<body>` and its `<div>`s (and anything else holding paragraphs). */
  walkContainer(el: XmlElement, scope: Scope): void {
    if (scope.broken === undefined && el.attrs.get('timeContainer')?.trim() === 'seq') {
      this.report('warning', el.line, 'timeContainer="seq" is not supported: children are timed as in "par"');
    }
    for (const child of childElements(el)) {
      if (child.name === 'p') this.readParagraph(child, scope);
      else if (!NOT_CONTENT.has(child.name)) this.walkContainer(child, this.resolve(child, scope).scope);
    }
  }

  private readParagraph(p: XmlElement, parent: Scope): void {
    this.paragraphs++;
    const { scope, clippedFromMs } = this.resolve(p, parent);
    if (scope.broken) {
      this.report('error', p.line, `cue not read: ${scope.broken}`);
      return;
    }
    if (scope.endMs === undefined) {
      this.report('error', p.line, 'cue not read: no end time (no end or dur on the <p> or on an element around it)');
      return;
    }
    const startMs = Math.round(scope.beginMs);
    const endMs = Math.round(scope.endMs);
    if (parent.endMs !== undefined && scope.beginMs >= parent.endMs) {
      this.report('error', p.line, `cue not read: it begins at ${startMs} ms, when the element around it has ended (${Math.round(parent.endMs)} ms)`);
      return;
    }
    if (clippedFromMs !== undefined) {
      this.report('warning', p.line, `cue end cut from ${Math.round(clippedFromMs)} ms to ${endMs} ms, where the element around it ends`);
    }
    const ctx: InlineContext = { preserve: scope.preserve, baseMs: scope.beginMs };
    if (scope.voice !== undefined) ctx.voice = scope.voice;
    const spans = paragraphSpans(p, ctx, this);
    this.cues.push({ id: p.attrs.get('id') ?? '', startMs, endMs, spans, line: p.line });
  }

  /** InlineResolver: the context inside a `<span>` (or stray element) of a paragraph. */
  enter(el: XmlElement, outer: InlineContext): InlineContext {
    const ctx: InlineContext = { ...outer, preserve: this.preserve(el, outer.preserve) };
    const voice = this.voice(el, outer.voice);
    if (voice !== undefined) ctx.voice = voice;
    const begin = this.time(el, 'begin');
    if (begin === null) {
      this.report('warning', el.line, `unreadable begin="${el.attrs.get('begin')}" on <${el.name}>: its words get no time of their own`);
    } else if (begin !== undefined) {
      ctx.baseMs = (this.absoluteTimes ? 0 : outer.baseMs) + begin;
      ctx.atMs = Math.round(ctx.baseMs);
    }
    return ctx;
  }

  unexpected(el: XmlElement): void {
    if (this.unexpectedNames.has(el.name)) return;
    this.unexpectedNames.add(el.name);
    this.report('warning', el.line, `<${el.name}> is not a TTML text element; its text is kept, its markup dropped`);
  }

  /** One warning per kind of non-standard time expression, not one per cue. */
  reportLenientTimes(): void {
    for (const [form, seen] of this.lenientForms) {
      const times = seen.count === 1 ? 'time' : 'times';
      this.report('warning', seen.line, `${seen.count} ${times} not valid in TTML read anyway (${form}), e.g. "${seen.example}"`);
    }
  }
}

/** Warns about character references nobody defines, at the line of the first one. */
function reportUnknownEntities(text: string, names: string[], reader: TtmlReader): void {
  const lineOf = lineLocator(text);
  for (const name of names) {
    const at = text.indexOf(`&${name};`);
    reader.report('warning', at === -1 ? 0 : lineOf(at), `unknown entity &${name}; left as written`);
  }
}

/** Stable sort by start: TTML may list paragraphs out of time order (e.g. one div per region). */
function sortByStart(cues: SourceCue[], reader: TtmlReader): SourceCue[] {
  const sorted = cues.map((cue, index) => ({ cue, index })).sort((a, b) => a.cue.startMs - b.cue.startMs || a.index - b.index);
  const moved = sorted.filter((s, i) => s.index !== i).length;
  if (moved > 0) reader.report('info', 0, `${moved} cues were not in time order in the document; sorted by start time`);
  return sorted.map((s) => s.cue);
}

/**
 * Reads TTML / DFXP: every `<p>` under `<body>` becomes a cue, timed by TTML time containment;
 * `<span>` text is joined, `<br/>` breaks lines, ttm:agent names the speaker; styling and layout
 * are dropped. Malformed XML, or XML whose root is not `<tt>`, throws UnreadableCaptions; a `<p>`
 * that cannot be timed is reported as an error diagnostic at its line.
 * `strict` refuses time expressions that TTML does not define instead of reading them anyway.
 */
export function readTtml(text: string, options: ReadOptions = {}): ReadResult {
  const doc = parseXmlDocument(text, options.limits ?? DEFAULT_LIMITS);
  const root = doc.root;
  if (root.name !== 'tt') {
    throw new UnreadableCaptions(`not TTML: the root element is <${root.name}>, not <tt>`, root.line);
  }
  const absolute = APPLE_LYRICS_NS.test(text);
  const reader = new TtmlReader(root, collectAgentNames(root), absolute, options.strict ?? false);
  if (absolute) reader.report('info', root.line, 'Apple Music lyrics TTML: times read as absolute, as Apple writes them');
  reportUnknownEntities(text, doc.unknownEntities, reader);
  const top: Scope = { beginMs: 0, endMs: undefined, preserve: false };
  const rootScope = reader.resolve(root, top).scope;
  const bodies = childElements(root).filter((c) => c.name === 'body');
  for (const body of bodies) reader.walkContainer(body, reader.resolve(body, rootScope).scope);
  if (reader.paragraphs === 0) reader.report('warning', bodies[0]?.line ?? root.line, 'no <p> in a <body>: the document holds no captions');
  reader.reportLenientTimes();
  if (doc.skippedLeadingSpace) reader.report('info', 1, 'white space before the XML declaration skipped');
  const result: ReadResult = { cues: sortByStart(reader.cues, reader), diagnostics: reader.diagnostics };
  const language = root.attrs.get('lang')?.trim();
  if (language) result.language = language;
  return result;
}
