import { isSourceKey } from '../model/event-layout';

/**
 * Content types of the blobs a store holds (CONTRACT.md's layout), by extension: what the server
 * sends and what an S3 upload is labelled with (a bucket served as a static site sends that
 * label). Text is UTF-8 as recap writes it. Anything else goes out as bytes to download, never
 * sniffed (X-Content-Type-Options: nosniff), so a stored file cannot turn into a page.
 */
const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
  vtt: 'text/vtt; charset=utf-8',
  srt: 'application/x-subrip; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  css: 'text/css; charset=utf-8',
  // the site's script files and the search bundle's modules (a module script needs a JavaScript type)
  js: 'text/javascript; charset=utf-8',
  ttml: 'application/ttml+xml',
  dfxp: 'application/ttml+xml',
};

export const DOWNLOAD_TYPE = 'application/octet-stream';

/** Plain text whatever the caption file was called: its author chose the bytes, so they may be HTML or SVG. */
const SOURCE_TYPE = 'text/plain; charset=utf-8';

export function contentTypeOf(key: string): string {
  if (isSourceKey(key)) return SOURCE_TYPE;
  const name = key.slice(key.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? (TYPES[name.slice(dot + 1).toLowerCase()] ?? DOWNLOAD_TYPE) : DOWNLOAD_TYPE;
}

/** Content-Disposition of a blob: raw caption files are downloaded rather than shown, undefined for the rest. */
export function contentDispositionOf(key: string): string | undefined {
  return isSourceKey(key) ? 'attachment' : undefined;
}
