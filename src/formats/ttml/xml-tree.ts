import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Limits } from '../../model/limits';
import { UnreadableCaptions } from '../types';
import { CaptionEntityDecoder } from './entity-decoder';
import { lineLocator } from '../line-locator';

/** An XML element with namespace prefixes removed from its own and its attributes' names. */
export interface XmlElement {
  /** local name: `tt:p` and `p` are both "p" */
  name: string;
  /** attributes by local name (`xml:id` -> "id", `ttm:agent` -> "agent"); values entity-decoded */
  attrs: ReadonlyMap<string, string>;
  /** text and elements in document order */
  children: XmlNode[];
  /** 1-based line of the start tag */
  line: number;
}

export type XmlNode = XmlElement | string;

export interface XmlDocument {
  root: XmlElement;
  /** names of character references nobody defines, left in the text as written */
  unknownEntities: string[];
  /** true when white space before the XML declaration had to be skipped */
  skippedLeadingSpace: boolean;
}

/**
 * Deepest element nesting accepted. TTML needs about 8 (tt/body/div/div/p/span/span); the limit
 * keeps a hostile file from exhausting the stack in the parser or in our own tree walks.
 */
const MAX_DEPTH = 100;

// Typed as the `Symbol` wrapper object in the library's declarations; it is a primitive symbol.
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

/** One node of fast-xml-parser's `preserveOrder` output: `{ name: children, ':@': attrs }`. */
type OrderedNode = Record<string | symbol, unknown>;

function startOffset(node: OrderedNode): number {
  const meta = node[META] as { startIndex?: unknown } | undefined;
  return typeof meta?.startIndex === 'number' ? meta.startIndex : 0;
}

function toAttrs(raw: unknown): Map<string, string> {
  const attrs = new Map<string, string>();
  if (raw && typeof raw === 'object') {
    // for-in with an own-property test: Object.entries's keys, in its order, without its arrays.
    for (const key in raw) if (Object.hasOwn(raw, key)) attrs.set(key, String((raw as Record<string, unknown>)[key]));
  }
  return attrs;
}

/** Object.keys(node).find((k) => k !== skip), without building the key list. */
function firstKeyBut(node: OrderedNode, skip: string): string | undefined {
  for (const key in node) if (Object.hasOwn(node, key) && key !== skip) return key;
  return undefined;
}

function toNodes(raw: unknown, lineOf: (offset: number) => number): XmlNode[] {
  const out: XmlNode[] = [];
  if (!Array.isArray(raw)) return out;
  for (const item of raw as unknown[]) {
    if (!item || typeof item !== 'object') continue;
    const node = item as OrderedNode;
    const name = firstKeyBut(node, ':@');
    if (name === undefined) continue;
    if (name === '#text') {
      out.push(String(node[name]));
      continue;
    }
    // "?xml" and other processing instructions are not content.
    if (name.startsWith('?')) continue;
    out.push({ name, attrs: toAttrs(node[':@']), children: toNodes(node[name], lineOf), line: lineOf(startOffset(node)) });
  }
  return out;
}

/**
 * How much of the start to skip: a BOM, and white space before an XML declaration (the validator
 * rejects that, but templates and test fixtures produce it and nothing is lost by skipping it).
 */
function skippablePrefix(text: string): { length: number; spaceBeforeDeclaration: boolean } {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let i = bom;
  while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  if (i > bom && text.startsWith('<?xml', i)) return { length: i, spaceBeforeDeclaration: true };
  return { length: bom, spaceBeforeDeclaration: false };
}

/**
 * Refuses a tag (with its attributes) or a run of text longer than a cue may be, before the XML
 * parser sees it: the parser's copies of one 50 MB attribute took 1.8 GB. Looks only for "<" and
 * ">", so a comment or an internal DOCTYPE subset counts as markup and is bounded alike.
 */
function refuseLongTokens(text: string, maxChars: number, lineOf: (offset: number) => number): void {
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('<', at);
    const textEnd = open === -1 ? text.length : open;
    if (textEnd - at > maxChars) throw new UnreadableCaptions(`a text of more than ${maxChars} characters, the limit for a cue`, lineOf(at));
    if (open === -1) return;
    const close = text.indexOf('>', open);
    const tagEnd = close === -1 ? text.length : close;
    if (tagEnd - open > maxChars) throw new UnreadableCaptions(`markup (a tag, comment or DOCTYPE) of more than ${maxChars} characters, the limit for a cue`, lineOf(open));
    at = tagEnd + 1;
  }
}

/**
 * Checks that `text` is well-formed XML and parses it into elements with line numbers.
 * Throws UnreadableCaptions (with the line of the problem where known) for anything else, and
 * for a tag, text or entity expansion beyond the limits.
 */
export function parseXmlDocument(text: string, limits: Pick<Limits, 'maxCueChars'>): XmlDocument {
  const { length: skip, spaceBeforeDeclaration } = skippablePrefix(text);
  const body = text.slice(skip);
  const lineOf = lineLocator(text);
  refuseLongTokens(text, limits.maxCueChars, lineOf);
  const skippedLines = lineOf(skip) - 1;
  const verdict = XMLValidator.validate(body);
  if (verdict !== true) {
    const { msg, line, col } = verdict.err;
    const where = Number.isInteger(line) ? line + skippedLines : undefined;
    const column = Number.isInteger(col) ? `, column ${col}` : '';
    throw new UnreadableCaptions(`malformed XML${where !== undefined ? ` at line ${where}${column}` : ''}: ${msg}`, where);
  }
  const decoder = new CaptionEntityDecoder();
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    removeNSPrefix: true,
    // Caption text keeps its spaces: TTML's own white-space rules are applied later.
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    captureMetaData: true,
    maxNestedTags: MAX_DEPTH,
    entityDecoder: decoder,
  });
  let parsed: unknown;
  try {
    parsed = parser.parse(body);
  } catch (e) {
    if (e instanceof UnreadableCaptions) throw e;
    // The parser refuses some well-formed input (nesting beyond MAX_DEPTH, "__proto__" as a name).
    throw new UnreadableCaptions(`XML not read: ${e instanceof Error ? e.message : String(e)}`);
  }
  const nodes = toNodes(parsed, (offset) => lineOf(offset + skip));
  const root = nodes.find((n): n is XmlElement => typeof n !== 'string');
  if (!root) throw new UnreadableCaptions('no XML element found', 1);
  return { root, unknownEntities: [...decoder.unknown], skippedLeadingSpace: spaceBeforeDeclaration };
}

/** The text content of an element and its descendants, white space as written. */
export function textContent(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textContent(c))).join('');
}

/** The first child element with this local name. */
export function childElement(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** Every child element, text skipped. */
export function childElements(el: XmlElement): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string');
}
