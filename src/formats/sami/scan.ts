import { Tokenizer } from 'htmlparser2';
import { lineLocator } from '../line-locator';

/** One `<P>` of a SYNC (or the text before any `<P>`), markup still in. */
export interface SamiParagraph {
  /** 1-based line of the `<P>` tag */
  line: number;
  /** the Class attribute as written, or null */
  className: string | null;
  /** the lang attribute as written, or null */
  lang: string | null;
  /** the paragraph's text as written (character references not decoded), `<br>` where it breaks */
  html: string;
}

/** One `<SYNC>` element. */
export interface SamiSync {
  /** 1-based line of the `<SYNC` tag */
  line: number;
  /** the Start attribute as written, or null when there is none */
  startRaw: string | null;
  paragraphs: SamiParagraph[];
}

interface OpenSync extends SamiSync {
  /** the text before its first `<P>`, a paragraph of its own when it holds any */
  lead: SamiParagraph;
}

/** One tag as the tokenizer reports it: name lowercased, attributes (the first of a name wins). */
interface Tag {
  name: string;
  /** offset of its "<" */
  start: number;
  attributes: Map<string, string>;
}

/**
 * The tags and text of an HTML document, from htmlparser2's Tokenizer. Its Parser is not used:
 * it keeps a stack of open elements with `unshift`, and SAMI never closes its SYNC and P
 * elements, so every tag of a long file costs time growing with the tags before it (40,000
 * SYNCs took 2.8 s, 80,000 took 9 s). Nothing here needs to know which elements are open.
 */
function tokenize(text: string, handler: { openTag(tag: Tag, end: number): void; closeTag(name: string): void; text(chunk: string): void }): void {
  let tag: Tag | null = null;
  let attribute = '';
  let value = '';
  const tokenizer = new Tokenizer(
    { decodeEntities: false },
    {
      onopentagname(start, end) {
        tag = { name: text.slice(start, end).toLowerCase(), start: start - 1, attributes: new Map() };
      },
      onattribname(start, end) {
        attribute = text.slice(start, end).toLowerCase();
        value = '';
      },
      onattribdata(start, end) {
        value += text.slice(start, end);
      },
      onattribentity() {
        // Not called: entities are not decoded.
      },
      onattribend() {
        if (tag && !tag.attributes.has(attribute)) tag.attributes.set(attribute, value);
      },
      onopentagend(end) {
        if (tag) handler.openTag(tag, end);
        tag = null;
      },
      onselfclosingtag(end) {
        if (tag) handler.openTag(tag, end);
        tag = null;
      },
      onclosetag(start, end) {
        const name = text.slice(start, end).toLowerCase();
        // HTML reads "</br>" as a line break.
        if (name === 'br') handler.openTag({ name, start: start - 2, attributes: new Map() }, end);
        else handler.closeTag(name);
      },
      ontext(start, end) {
        handler.text(text.slice(start, end));
      },
      ontextentity() {
        // Not called: entities are not decoded.
      },
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(text);
  tokenizer.end();
}

/**
 * Finds every `<SYNC>` of the BODY with its Start attribute and paragraphs, read by an HTML
 * tokenizer: attribute values may hold ">" or "<p", comments are skipped, and tags are matched
 * without regard to case. A SYNC runs to the next `<SYNC` or the end of the body, closed or
 * not; its text is kept as written (tags other than `<br>` dropped) for the reader to decode.
 */
export function scanSyncs(text: string): SamiSync[] {
  const lineAt = lineLocator(text);
  // Without a BODY the whole file is the body; with one, only what lies inside it counts.
  const inBody: OpenSync[] = [];
  const beforeBody: OpenSync[] = [];
  let bodySeen = false;
  let bodyClosed = false;
  let sync: OpenSync | null = null;
  let paragraph: SamiParagraph | null = null;
  tokenize(text, {
    openTag({ name, start, attributes }, end) {
      if (bodyClosed) return;
      if (name === 'body' && !bodySeen) {
        bodySeen = true;
        sync = paragraph = null;
      } else if (name === 'sync') {
        const lead: SamiParagraph = { line: lineAt(end + 1), className: null, lang: null, html: '' };
        sync = { line: lineAt(start), startRaw: attributes.get('start') ?? null, paragraphs: [], lead };
        paragraph = lead;
        (bodySeen ? inBody : beforeBody).push(sync);
      } else if (name === 'p' && sync) {
        paragraph = { line: lineAt(start), className: attributes.get('class') ?? null, lang: attributes.get('lang') ?? null, html: '' };
        sync.paragraphs.push(paragraph);
      } else if (name === 'br' && paragraph) {
        paragraph.html += '<br>';
      }
    },
    closeTag(name) {
      if (name === 'body' && bodySeen) bodyClosed = true;
    },
    text(chunk) {
      if (paragraph && !bodyClosed) paragraph.html += chunk;
    },
  });
  return (bodySeen ? inBody : beforeBody).map(({ lead, ...found }) => ({
    ...found,
    paragraphs: isBlankMarkup(lead.html) ? found.paragraphs : [lead, ...found.paragraphs],
  }));
}

/** Nothing but white space and `<br>`s. */
function isBlankMarkup(html: string): boolean {
  return html.replace(/<br>/g, '').trim() === '';
}
