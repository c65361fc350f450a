import { Parser } from 'htmlparser2';
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
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        if (bodyClosed) return;
        if (name === 'body' && !bodySeen) {
          bodySeen = true;
          sync = paragraph = null;
        } else if (name === 'sync') {
          const lead: SamiParagraph = { line: lineAt(parser.endIndex + 1), className: null, lang: null, html: '' };
          sync = { line: lineAt(parser.startIndex), startRaw: attributes.start ?? null, paragraphs: [], lead };
          paragraph = lead;
          (bodySeen ? inBody : beforeBody).push(sync);
        } else if (name === 'p' && sync) {
          paragraph = { line: lineAt(parser.startIndex), className: attributes.class ?? null, lang: attributes.lang ?? null, html: '' };
          sync.paragraphs.push(paragraph);
        } else if (name === 'br' && paragraph) {
          paragraph.html += '<br>';
        }
      },
      onclosetag(name) {
        if (name === 'body' && bodySeen) bodyClosed = true;
      },
      ontext(chunk) {
        if (paragraph && !bodyClosed) paragraph.html += chunk;
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(text);
  return (bodySeen ? inBody : beforeBody).map(({ lead, ...found }) => ({
    ...found,
    paragraphs: isBlankMarkup(lead.html) ? found.paragraphs : [lead, ...found.paragraphs],
  }));
}

/** Nothing but white space and `<br>`s. */
function isBlankMarkup(html: string): boolean {
  return html.replace(/<br>/g, '').trim() === '';
}
