// imsc ships no types; only the document parser's entry is used (bench/parse/references.ts).
declare module 'imsc/src/main/js/doc' {
  /** An element of the parsed document: `kind` is its TTML name (body, div, p, span, br...). */
  export interface ImscElement {
    kind: string;
    contents?: ImscElement[];
  }
  export function fromXML(xml: string, errorHandler?: unknown, metadataHandler?: unknown): { body: ImscElement | null };
}
