import { lineLocator } from '../line-locator';

/** One `<P>` of a SYNC (or the text before any `<P>`), markup still in. */
export interface SamiParagraph {
  /** 1-based line of the `<P>` tag */
  line: number;
  /** the Class attribute as written, or null */
  className: string | null;
  /** the lang attribute as written, or null */
  lang: string | null;
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

/** Blanks out HTML comments, keeping every offset and line break where it was. */
function blankComments(text: string): string {
  return text.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
}

/** One pattern per attribute name, built once: every SYNC and P tag asks for two or three. */
const attributePatterns = new Map<string, RegExp>();

function attribute(attributes: string, name: string): string | null {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i');
    attributePatterns.set(name, pattern);
  }
  const m = pattern.exec(attributes);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
}

/** Splits a SYNC's content at its `<P>` tags; text before the first one is a paragraph of its own. */
function splitParagraphs(body: string, bodyOffset: number, lineAt: (offset: number) => number): SamiParagraph[] {
  const paragraphs: SamiParagraph[] = [];
  const tags = [...body.matchAll(/<p\b([^>]*)>?/gi)];
  const lead = body.slice(0, tags[0]?.index ?? body.length);
  if (lead.replace(/<[^>]*>/g, '').trim() !== '') {
    paragraphs.push({ line: lineAt(bodyOffset), className: null, lang: null, html: lead.replace(/<\/sync\s*>/gi, '') });
  }
  tags.forEach((tag, i) => {
    const from = tag.index + tag[0].length;
    const to = tags[i + 1]?.index ?? body.length;
    const attributes = tag[1] ?? '';
    paragraphs.push({
      line: lineAt(bodyOffset + tag.index),
      className: attribute(attributes, 'class'),
      lang: attribute(attributes, 'lang'),
      html: body.slice(from, to).replace(/<\/(?:p|sync)\s*>/gi, ''),
    });
  });
  return paragraphs;
}

/**
 * Finds every `<SYNC>` of the BODY (HTML comments ignored) with its Start attribute and
 * paragraphs. A SYNC runs to the next `<SYNC` or the end of the body, closed or not.
 */
export function scanSyncs(text: string): SamiSync[] {
  const source = blankComments(text);
  const lineAt = lineLocator(source);
  const bodyTag = /<body\b[^>]*>/i.exec(source);
  const bodyFrom = bodyTag ? bodyTag.index + bodyTag[0].length : 0;
  const bodyEnd = source.slice(bodyFrom).search(/<\/body\s*>/i);
  const bodyTo = bodyEnd === -1 ? source.length : bodyFrom + bodyEnd;
  const tags = [...source.slice(bodyFrom, bodyTo).matchAll(/<sync\b([^>]*)>?/gi)];
  return tags.map((tag, i) => {
    const at = bodyFrom + tag.index;
    const contentFrom = at + tag[0].length;
    const contentTo = i + 1 < tags.length ? bodyFrom + tags[i + 1]!.index : bodyTo;
    const content = source.slice(contentFrom, contentTo);
    return {
      line: lineAt(at),
      startRaw: attribute(tag[1] ?? '', 'start'),
      paragraphs: splitParagraphs(content, contentFrom, lineAt),
    };
  });
}
