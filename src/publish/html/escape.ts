/**
 * Escaping for HTML built as strings. Everything that reaches a page from an event (titles,
 * people, descriptions, caption text, urls) is untrusted: it goes through these functions and
 * never becomes markup.
 */

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * C0 and C1 control characters other than tab, line feed and carriage return: the HTML parser
 * reports them as errors (NUL becomes U+FFFD), so they are dropped rather than passed on.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Text for element content or a double-quoted attribute value: `& < > " '` escaped, controls dropped. */
export function escapeHtml(text: string): string {
  return text.replace(CONTROL, '').replace(/[&<>"']/g, (c) => ENTITY[c]!);
}

/**
 * An attribute value. The same escapes as text: the builder always double-quotes values, and
 * escaping both quotes keeps a value safe even if a caller quotes differently.
 */
export const escapeAttribute = escapeHtml;

/**
 * The url itself when it is safe as an href, src or form action, else undefined:
 * - absolute http: and https: urls;
 * - relative references recap builds ("sessions/a/transcript.html", "#t-1000", "/search"): no
 *   scheme before the first '/', '?' or '#', and not "//host" (another site).
 * javascript:, data:, vbscript: and every other scheme are refused. So are urls holding whitespace,
 * controls or a backslash, since browsers strip tabs and newlines from a scheme ("java\tscript:")
 * and read '\' as '/' ("/\evil.example").
 */
export function safeUrl(url: string): string | undefined {
  if (url === '' || /[\u0000-\u0020\u007f-\u009f\\]/.test(url)) return undefined;
  const scheme = /^([^:/?#]*):/.exec(url);
  if (!scheme) return url.startsWith('//') ? undefined : url;
  const protocol = `${scheme[1]!.toLowerCase()}:`;
  if (protocol !== 'http:' && protocol !== 'https:') return undefined;
  try {
    new URL(url);
  } catch {
    return undefined;
  }
  return url;
}
