import type { TextSpan } from '../../model/source-cue';
import type { XmlElement } from './xml-tree';

/** What text inside a `<p>` inherits from its enclosing elements. */
export interface InlineContext {
  /** speaker named by the nearest ttm:agent */
  voice?: string;
  /** xml:space="preserve" is in force */
  preserve: boolean;
  /** absolute begin of the nearest timed `<span>`, ms; becomes TextSpan.atMs (word timing) */
  atMs?: number;
  /** absolute begin of the parent element, ms: a span's begin counts from it (par semantics) */
  baseMs: number;
}

/** How the reader resolves what an inline element carries. */
export interface InlineResolver {
  /** the context inside `el`, given the context around it */
  enter(el: XmlElement, outer: InlineContext): InlineContext;
  /** called for an element that is neither `<span>` nor `<br>`; its text is kept */
  unexpected(el: XmlElement): void;
}

/** Elements inside `<p>` whose content is not caption text. */
const NOT_TEXT = new Set(['metadata', 'set', 'animate', 'animation', 'style', 'initial', 'chunk', 'source', 'data', 'image', 'audio', 'font']);

const XML_SPACE = /[ \t\r\n]+/;

/** White space between words that is not one plain space. */
const INNER_SPACE = /[\t\r\n]| {2}/;

function isXmlSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10;
}

/**
 * Builds the text spans of one cue, applying TTML's default white-space handling (xml:space
 * "default", TTML1 §7.2.3 / XSL-FO): runs of XML white space, line feeds included, become one
 * space; spaces at the start and end of a line (next to `<br/>` or the paragraph's edges) go.
 * Under xml:space="preserve" text is kept as written and its line feeds are line breaks.
 */
class SpanBuilder {
  readonly spans: TextSpan[] = [];
  private ctx: InlineContext | null = null;
  /** white space was seen since the last character written; written before the next word */
  private pendingSpace = false;
  private atLineStart = true;

  text(chunk: string, ctx: InlineContext): void {
    if (ctx.preserve) {
      if (chunk === '') return;
      this.flushSpace();
      this.append(chunk, ctx);
      this.atLineStart = chunk.endsWith('\n');
      return;
    }
    if (this.plainText(chunk, ctx)) return;
    for (const piece of chunk.split(/([ \t\r\n]+)/)) {
      if (piece === '') continue;
      if (XML_SPACE.test(piece)) {
        this.pendingSpace = true;
        continue;
      }
      this.flushSpace();
      this.append(piece, ctx);
      this.atLineStart = false;
    }
  }

  /**
   * The usual chunk, words with single spaces between them (white space of any kind allowed at
   * its ends), in one step: the same as word by word, since every word goes to the same span.
   * Returns false for any other chunk, to be split at its white space runs.
   */
  private plainText(chunk: string, ctx: InlineContext): boolean {
    let start = 0;
    while (start < chunk.length && isXmlSpace(chunk.charCodeAt(start))) start++;
    if (start === chunk.length) return false;
    let end = chunk.length;
    while (isXmlSpace(chunk.charCodeAt(end - 1))) end--;
    const words = start === 0 && end === chunk.length ? chunk : chunk.slice(start, end);
    if (INNER_SPACE.test(words)) return false;
    if (start > 0) this.pendingSpace = true;
    this.flushSpace();
    this.append(words, ctx);
    this.atLineStart = false;
    if (end < chunk.length) this.pendingSpace = true;
    return true;
  }

  lineBreak(ctx: InlineContext): void {
    this.pendingSpace = false;
    this.append('\n', ctx);
    this.atLineStart = true;
  }

  /** A pending space joins the text before it, so a word and its time stay together. */
  private flushSpace(): void {
    if (this.pendingSpace && !this.atLineStart) {
      const last = this.spans[this.spans.length - 1];
      if (last) last.text += ' ';
    }
    this.pendingSpace = false;
  }

  private append(text: string, ctx: InlineContext): void {
    const last = this.spans[this.spans.length - 1];
    if (last && this.ctx === ctx) {
      last.text += text;
      return;
    }
    const span: TextSpan = { text };
    if (ctx.voice !== undefined) span.voice = ctx.voice;
    if (ctx.atMs !== undefined) span.atMs = ctx.atMs;
    this.spans.push(span);
    this.ctx = ctx;
  }
}

function collect(el: XmlElement, ctx: InlineContext, out: SpanBuilder, resolver: InlineResolver): void {
  for (const child of el.children) {
    if (typeof child === 'string') {
      out.text(child, ctx);
    } else if (child.name === 'br') {
      out.lineBreak(ctx);
    } else if (child.name === 'span') {
      collect(child, resolver.enter(child, ctx), out, resolver);
    } else if (!NOT_TEXT.has(child.name)) {
      // Not TTML (an HTML <i> or <b> in hand-made DFXP): keeping its words loses less than dropping them.
      resolver.unexpected(child);
      collect(child, resolver.enter(child, ctx), out, resolver);
    }
  }
}

/** The text of a `<p>` as spans (voice and word time kept); at least one span, maybe empty. */
export function paragraphSpans(p: XmlElement, ctx: InlineContext, resolver: InlineResolver): TextSpan[] {
  const out = new SpanBuilder();
  collect(p, ctx, out, resolver);
  return out.spans.length > 0 ? out.spans : [{ text: '' }];
}
