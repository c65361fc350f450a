/**
 * Language of each SAMI class, from the STYLE block's class rules:
 * `.ENUSCC { Name: English; lang: en-US; SAMIType: CC; }`. Keys are lowercased class names
 * (SAMI class names are matched without regard to case).
 */
export function classLanguages(text: string): Map<string, string> {
  const languages = new Map<string, string>();
  const style = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/i.exec(text);
  if (!style) return languages;
  for (const rule of style[1]!.matchAll(/\.([\w-]+)\s*\{([^}]*)\}/g)) {
    const lang = /(?:^|[;{\s])lang\s*:\s*([\w-]+)/i.exec(rule[2]!);
    if (lang) languages.set(rule[1]!.toLowerCase(), lang[1]!);
  }
  return languages;
}
