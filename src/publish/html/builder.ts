import { escapeAttribute, escapeHtml, safeUrl } from './escape';
import { VIDEO_EMBED_ORIGINS } from './page-policy';

/**
 * A tiny HTML builder. Markup exists only as `Html` values made here; a plain string child or
 * attribute value is always escaped, so untrusted text cannot become markup by accident. Attribute
 * names are recap's own (never from input) and checked: an event handler (`on*`) is refused as a
 * programming error, and url attributes keep only what safeUrl accepts.
 */

const MARKUP = Symbol('markup');

/** Markup built by this module; its text is safe to put in a page as it is. */
export interface Html {
  readonly [MARKUP]: string;
}

export type Child = Html | string | number | null | undefined | false | readonly Child[];
export type AttributeValue = string | number | boolean | null | undefined;
export type Attributes = Readonly<Record<string, AttributeValue>>;

/** Elements with no end tag (HTML's void elements). */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Attributes whose value is a url: an unsafe url leaves the attribute out. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'cite', 'srcset', 'background']);

/**
 * Elements the builder never writes: scripts, plug-ins and frames (pages are inert), and raw-text
 * elements whose content cannot be escaped (`<style>` goes through styleElement). `<title>` is
 * allowed: its content is escapable raw text, so escaped "</title>" stays text inside it.
 */
const REFUSED = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'xmp', 'noembed', 'noframes', 'plaintext', 'template', 'base']);

const TAG_NAME = /^[a-z][a-zA-Z0-9-]*$/;
const ATTRIBUTE_NAME = /^[a-zA-Z][a-zA-Z0-9_:.-]*$/;

function markup(text: string): Html {
  return { [MARKUP]: text };
}

function isHtml(value: unknown): value is Html {
  return typeof value === 'object' && value !== null && MARKUP in value;
}

/** The page text of a child: markup as it is, text escaped, nothing for null, undefined and false. */
function childText(child: Child): string {
  if (child === null || child === undefined || child === false) return '';
  if (typeof child === 'string') return escapeHtml(child);
  if (typeof child === 'number') return escapeHtml(String(child));
  if (isHtml(child)) return child[MARKUP];
  return (child as readonly Child[]).map(childText).join('');
}

function attributeText(name: string, value: AttributeValue): string {
  if (!ATTRIBUTE_NAME.test(name)) throw new Error(`not an attribute name: ${JSON.stringify(name)}`);
  if (/^on/i.test(name)) throw new Error(`event handler attributes are never written: ${name}`);
  if (name.toLowerCase() === 'style') throw new Error('inline style attributes are not written (the stylesheet has classes)');
  if (value === null || value === undefined || value === false) return '';
  if (value === true) return ` ${name}`;
  let text = String(value);
  if (URL_ATTRIBUTES.has(name.toLowerCase())) {
    const safe = safeUrl(text);
    if (safe === undefined) return '';
    text = safe;
  }
  return ` ${name}="${escapeAttribute(text)}"`;
}

/** `<tag attrs>children</tag>`; a void element takes no children. */
export function el(tag: string, attributes: Attributes | null, ...children: Child[]): Html {
  if (!TAG_NAME.test(tag) || REFUSED.has(tag.toLowerCase())) throw new Error(`not an element the builder writes: ${JSON.stringify(tag)}`);
  const attrs = Object.entries(attributes ?? {})
    .map(([name, value]) => attributeText(name, value))
    .join('');
  if (VOID.has(tag)) {
    if (children.length > 0) throw new Error(`<${tag}> is a void element and takes no children`);
    return markup(`<${tag}${attrs}>`);
  }
  return markup(`<${tag}${attrs}>${childText(children)}</${tag}>`);
}

/** Children side by side, with no element around them. */
export function fragment(...children: Child[]): Html {
  return markup(childText(children));
}

/**
 * `<style>` with recap's own stylesheet. Its content is raw text (entities are not decoded, so it
 * cannot be escaped); it must therefore never hold input, and a closing tag in it is refused.
 */
export function styleElement(css: string): Html {
  if (/<\/?style|<!--|<script/i.test(css)) throw new Error('stylesheet holds a tag');
  return markup(`<style>${css}</style>`);
}

/**
 * `<script type="module" src="...">` of a script file the site itself serves: never inline code
 * (the pages' policy allows scripts from the site only), and only a relative url, so a page can
 * load no script from elsewhere whatever its data holds. Module scripts run deferred, once.
 */
export function externalScript(src: string): Html {
  if (safeUrl(src) !== src || /^[a-z][a-z0-9+.-]*:/i.test(src)) throw new Error(`a script is loaded from the site only: ${JSON.stringify(src)}`);
  return markup(`<script type="module" src="${escapeAttribute(src)}"></script>`);
}

/**
 * `<iframe>` of a video host's player, the one frame a page may hold: its url must be https on
 * one of VIDEO_EMBED_ORIGINS (privacy-respecting players the page's CSP lets in, nothing else).
 * The frame sends the page's origin as referrer (the pages send none otherwise): YouTube's player
 * refuses to play in a frame whose request names no referring site.
 */
export function videoFrame(src: string, title: string): Html {
  let origin: string | undefined;
  try {
    const url = new URL(src);
    origin = url.protocol === 'https:' && url.username === '' && url.password === '' ? url.origin : undefined;
  } catch {
    origin = undefined;
  }
  if (origin === undefined || !VIDEO_EMBED_ORIGINS.includes(origin) || safeUrl(src) !== src) throw new Error(`a frame shows a video host's player only: ${JSON.stringify(src)}`);
  const attributes = { src, title, allow: 'autoplay; encrypted-media; fullscreen; picture-in-picture', allowfullscreen: true, referrerpolicy: 'strict-origin-when-cross-origin', loading: 'lazy' };
  const attrs = Object.entries(attributes).map(([name, value]) => attributeText(name, value)).join('');
  return markup(`<iframe${attrs}></iframe>`);
}

/** The serialised markup. */
export function toHtml(html: Html): string {
  return html[MARKUP];
}
