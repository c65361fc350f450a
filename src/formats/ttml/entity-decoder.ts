import { HTML_ENTITIES } from '../../text/entities';
import { UnreadableCaptions } from '../types';

/** How far DOCTYPE entities may go in one document. */
export interface EntityLimits {
  /** entities declared */
  maxDeclared: number;
  /** characters of text that references to declared entities expand to, in all */
  maxExpandedChars: number;
}

/**
 * Captions use entities for a few names and symbols: a thousand declarations, and a million
 * characters of expansion (about ten times the text of a long caption file), leave room.
 */
export const DEFAULT_ENTITY_LIMITS: EntityLimits = { maxDeclared: 1000, maxExpandedChars: 1_000_000 };

/** The shape fast-xml-parser expects of its `entityDecoder` option. */
export interface XmlEntityDecoder {
  setExternalEntities(entities: Record<string, string>): void;
  addInputEntities(entities: Record<string, string>): void;
  reset(): void;
  decode(text: string): string;
  setXmlVersion(version: number): void;
}

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const REFERENCE = /&(?:#[xX]([0-9A-Fa-f]+)|#([0-9]+)|([A-Za-z_][\w.-]*));/g;

/** A character an XML 1.0 document may hold; anything else becomes U+FFFD rather than throwing. */
function xmlChar(codePoint: number): string {
  const allowed = codePoint === 0x9 || codePoint === 0xa || codePoint === 0xd
    || (codePoint >= 0x20 && codePoint <= 0xd7ff)
    || (codePoint >= 0xe000 && codePoint <= 0xfffd)
    || (codePoint >= 0x10000 && codePoint <= 0x10ffff);
  return allowed ? String.fromCodePoint(codePoint) : '\ufffd';
}

/**
 * Decodes character references in one pass, so "&amp;eacute;" stays "&eacute;" as text.
 * Known: the five XML entities, numeric references, entities declared in the DOCTYPE (inserted
 * as text, never expanded again, so an entity bomb cannot grow), and the HTML named entities,
 * which DFXP written by hand uses ("Caf&eacute;") although XML does not define them.
 * Unknown references stay as written and are listed in `unknown` for a diagnostic.
 *
 * Declared entities are counted and so is the text they expand to, across the whole document:
 * one 3.7 KB entity used 300,000 times in a 613 KB file grew to gigabytes before these limits.
 */
export class CaptionEntityDecoder implements XmlEntityDecoder {
  readonly unknown = new Set<string>();
  private declared = new Map<string, string>();
  private expanded = 0;

  constructor(private readonly limits: EntityLimits = DEFAULT_ENTITY_LIMITS) {}

  setExternalEntities(entities: Record<string, string>): void {
    for (const [name, value] of Object.entries(entities)) this.declared.set(name, value);
    if (this.declared.size > this.limits.maxDeclared) {
      throw new UnreadableCaptions(`more than ${this.limits.maxDeclared} entities declared in the DOCTYPE`);
    }
  }

  addInputEntities(entities: Record<string, string>): void {
    this.setExternalEntities(entities);
  }

  reset(): void {
    this.declared = new Map();
  }

  setXmlVersion(): void {
    // XML 1.1 differs only in which control characters may be referenced; both are read alike.
  }

  decode(text: string): string {
    if (text.indexOf('&') === -1) return text;
    return text.replace(REFERENCE, (match, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
      // Overlong numbers parse to huge values (or Infinity), which xmlChar rejects.
      if (hex !== undefined) return xmlChar(parseInt(hex, 16));
      if (dec !== undefined) return xmlChar(parseInt(dec, 10));
      const key = name ?? '';
      if (Object.hasOwn(XML_ENTITIES, key)) return XML_ENTITIES[key]!;
      const declared = this.declared.get(key);
      if (declared !== undefined) return this.expand(key, declared);
      const value = HTML_ENTITIES[`&${key};`];
      if (value !== undefined) return value;
      this.unknown.add(key);
      return match;
    });
  }

  private expand(name: string, value: string): string {
    this.expanded += value.length;
    if (this.expanded > this.limits.maxExpandedChars) {
      throw new UnreadableCaptions(`the entities declared in the DOCTYPE expand to more than ${this.limits.maxExpandedChars} characters in all ("&${name};" among them)`);
    }
    return value;
  }
}
