/**
 * A class rule `.NAME { declarations }`. The declarations stop at a "{" too: `[^}]*` would be
 * scanned to the end of the block from every ".X {" that is never closed (time growing with the
 * square of the block).
 */
const CLASS_RULE = /\.([\w-]+)\s*\{([^{}]*)\}/g;
const STYLE_OPEN = /<style\b[^<>]*>/i;
const STYLE_CLOSE = /<\/style\s*>/i;

/**
 * The text of the first STYLE element, or null. Its end is looked for once, after the first
 * start tag: a lazy `[\s\S]*?<\/style>` retried at every "<style>" with no end after it would
 * take time growing with the square of the file.
 */
function styleText(text: string): string | null {
  const open = STYLE_OPEN.exec(text);
  if (!open) return null;
  const from = open.index + open[0].length;
  const close = STYLE_CLOSE.exec(text.slice(from));
  return close ? text.slice(from, from + close.index) : null;
}

/**
 * Language of each SAMI class, from the STYLE block's class rules:
 * `.ENUSCC { Name: English; lang: en-US; SAMIType: CC; }`. Keys are lowercased class names
 * (SAMI class names are matched without regard to case).
 */
export function classLanguages(text: string): Map<string, string> {
  const languages = new Map<string, string>();
  const style = styleText(text);
  if (style === null) return languages;
  for (const rule of style.matchAll(CLASS_RULE)) {
    const lang = /(?:^|[;{\s])lang\s*:\s*([\w-]+)/i.exec(rule[2]!);
    if (lang) languages.set(rule[1]!.toLowerCase(), lang[1]!);
  }
  return languages;
}
