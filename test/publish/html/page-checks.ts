import { VIDEO_EMBED_ORIGINS } from '../../../src/publish/html/page-policy';

/**
 * Structural checks of recap's pages, written for these tests: a small tokenizer of the HTML recap
 * writes (tags, attributes, text), a tag-balance checker, and the checks that a page is inert.
 * It is stricter than a browser: a bare '<' in text or an '&' that starts no character
 * reference is reported, since recap's escaping never leaves one.
 */

export interface Tag {
  name: string;
  end: boolean;
  attributes: Array<{ name: string; value: string }>;
  /** offset of the '<' in the page */
  at: number;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is text up to their end tag. */
const TEXT_CONTENT = new Set(['style', 'title', 'script', 'textarea']);
const REFERENCE = /^&(?:#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);/;
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>;

/** Character references decoded (the ones recap writes, and numeric ones). */
export function decodeReferences(text: string): string {
  return text.replace(/&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number(ref.slice(1)));
    return NAMED[ref] ?? whole;
  });
}

export interface ScannedPage {
  tags: Tag[];
  /** text between tags, references decoded, with its tag context */
  text: string;
  problems: string[];
}

function checkReferences(chunk: string, at: number, problems: string[]): void {
  for (let i = chunk.indexOf('&'); i >= 0; i = chunk.indexOf('&', i + 1)) {
    if (!REFERENCE.test(chunk.slice(i))) problems.push(`bare '&' at ${at + i}: ${JSON.stringify(chunk.slice(i, i + 12))}`);
  }
}

function parseAttributes(source: string, at: number, problems: string[]): Tag['attributes'] {
  const attributes: Tag['attributes'] = [];
  const re = /\s*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/y;
  let i = 0;
  while (i < source.length) {
    if (/^\s*\/?\s*$/.test(source.slice(i))) break;
    re.lastIndex = i;
    const m = re.exec(source);
    if (!m) {
      problems.push(`unreadable attributes at ${at}: ${JSON.stringify(source.slice(i, i + 30))}`);
      break;
    }
    const raw = m[2] ?? m[3] ?? m[4] ?? '';
    if (m[4] !== undefined) problems.push(`unquoted attribute value at ${at}: ${m[1]}=${m[4]}`);
    checkReferences(raw, at, problems);
    attributes.push({ name: m[1]!.toLowerCase(), value: decodeReferences(raw) });
    i = re.lastIndex;
  }
  return attributes;
}

/** Tags, text and problems (unbalanced or misnested tags, bare '<' or '&'). */
export function scanPage(html: string): ScannedPage {
  const tags: Tag[] = [];
  const problems: string[] = [];
  const stack: string[] = [];
  let text = '';
  let i = 0;
  const addText = (chunk: string, at: number) => {
    checkReferences(chunk, at, problems);
    text += decodeReferences(chunk);
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      addText(html.slice(i), i);
      break;
    }
    addText(html.slice(i, lt), i);
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    if (/^<!doctype html>/i.test(html.slice(lt, lt + 15))) {
      i = lt + 15;
      continue;
    }
    const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/.exec(html.slice(lt));
    if (!m) {
      problems.push(`bare '<' at ${lt}: ${JSON.stringify(html.slice(lt, lt + 20))}`);
      text += '<';
      i = lt + 1;
      continue;
    }
    const name = m[2]!.toLowerCase();
    const tag: Tag = { name, end: m[1] === '/', attributes: m[1] ? [] : parseAttributes(m[3]!, lt, problems), at: lt };
    tags.push(tag);
    i = lt + m[0].length;
    if (tag.end) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> at ${lt} closes <${open ?? 'nothing'}>`);
      continue;
    }
    if (VOID.has(name) || m[3]!.trimEnd().endsWith('/')) continue;
    stack.push(name);
    if (TEXT_CONTENT.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, i);
      if (close < 0) {
        problems.push(`<${name}> at ${lt} never closed`);
        break;
      }
      const content = html.slice(i, close);
      if (name === 'title') addText(content, i);
      i = close;
    }
  }
  for (const open of stack) problems.push(`<${open}> never closed`);
  return { tags, text, problems };
}

/** A module script file of the site itself: `<script type="module" src="relative url">`, no inline code. */
function isSiteScript(tag: Tag): boolean {
  const src = tag.attributes.find((a) => a.name === 'src')?.value;
  const type = tag.attributes.find((a) => a.name === 'type')?.value;
  return tag.name === 'script' && type === 'module' && src !== undefined && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src) && tag.attributes.length === 2;
}

/** A video host's player frame the pages may embed (src on one of VIDEO_EMBED_ORIGINS, https). */
function isVideoFrame(tag: Tag): boolean {
  const src = tag.attributes.find((a) => a.name === 'src')?.value;
  if (tag.name !== 'iframe' || src === undefined) return false;
  try {
    return VIDEO_EMBED_ORIGINS.includes(new URL(src).origin) && !tag.attributes.some((a) => a.name === 'srcdoc');
  } catch {
    return false;
  }
}

/** Everything that would make a page run code or leave for a non-http(s) url, but the site's script files and video players. */
export function activeContent(page: ScannedPage): string[] {
  const found: string[] = [];
  for (const tag of page.tags) {
    if (['script', 'iframe', 'object', 'embed', 'frame', 'base'].includes(tag.name) && !tag.end && !isSiteScript(tag) && !isVideoFrame(tag)) found.push(`<${tag.name}> element`);
    for (const a of tag.attributes) {
      if (a.name.startsWith('on')) found.push(`${a.name}= attribute on <${tag.name}>`);
      if (a.name === 'style' || a.name === 'srcdoc') found.push(`${a.name}= attribute on <${tag.name}>`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(a.name)) {
        const url = a.value.trim().replace(/[\t\n\r]/g, '').toLowerCase();
        if (/^[a-z][a-z0-9+.-]*:/.test(url) && !/^https?:/.test(url)) found.push(`${a.name}="${a.value}" on <${tag.name}>`);
      }
    }
    // A refresh may only send the browser on to a page beside this one (a folder's index page):
    // one that names a scheme, a host or a path elsewhere could take a reader off the site.
    if (tag.name === 'meta' && tag.attributes.some((a) => a.name === 'http-equiv' && a.value.toLowerCase() === 'refresh')) {
      const content = tag.attributes.find((a) => a.name === 'content')?.value ?? '';
      if (!/^0; url=[a-z0-9_-]+\.html$/i.test(content)) found.push(`meta refresh to ${JSON.stringify(content)}`);
    }
  }
  return found;
}

/** Values of attribute `name` on every tag `tag`. */
export function attributeValues(page: ScannedPage, tag: string, name: string): string[] {
  return page.tags.filter((t) => t.name === tag && !t.end).flatMap((t) => t.attributes.filter((a) => a.name === name).map((a) => a.value));
}

/** Start tags named `name`. */
export function startTags(page: ScannedPage, name: string): Tag[] {
  return page.tags.filter((t) => t.name === name && !t.end);
}
