import { decodeReferences } from './page-checks';

/** A run of text of a page with the language and direction its element says (inherited). */
export interface TextRun {
  text: string;
  lang: string;
  dir: string;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW = new Set(['style', 'title', 'script']);

/**
 * Every run of text in the body of a page recap wrote (escaped text between well-formed tags),
 * with the `lang` and `dir` in force there, as a browser reads them from the nearest element that
 * says them. `dir="auto"` is kept as such; the root's direction is `ltr` unless it says.
 */
export function textRuns(html: string): TextRun[] {
  const stack: Array<{ name: string; lang: string; dir: string }> = [{ name: '#document', lang: '', dir: 'ltr' }];
  const runs: TextRun[] = [];
  let raw: string | undefined;
  for (const part of html.split(/(<[^>]*>)/)) {
    const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>$/.exec(part);
    if (tag) {
      const [, end, name, attrs] = tag as unknown as [string, string, string, string];
      if (end) {
        if (raw === name) raw = undefined;
        while (stack.length > 1 && stack.pop()!.name !== name);
        continue;
      }
      if (RAW.has(name)) raw = name;
      if (VOID.has(name)) continue;
      const top = stack[stack.length - 1]!;
      const value = (attr: string): string | undefined => new RegExp(`\\s${attr}="([^"]*)"`).exec(attrs)?.[1];
      // SVG text says its direction with the `direction` property, not `dir`.
      stack.push({ name, lang: value('lang') ?? top.lang, dir: value('dir') ?? value('direction') ?? top.dir });
      continue;
    }
    if (raw !== undefined || part.trim() === '' || part.startsWith('<')) continue;
    const top = stack[stack.length - 1]!;
    runs.push({ text: decodeReferences(part).trim(), lang: top.lang, dir: top.dir });
  }
  return runs;
}
