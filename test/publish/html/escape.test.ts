import { el, fragment, styleElement, toHtml } from '../../../src/publish/html/builder';
import { escapeAttribute, escapeHtml, safeUrl } from '../../../src/publish/html/escape';
import { activeContent, scanPage } from './page-checks';

describe('escapeHtml', () => {
  it('escapes the five markup characters', () => {
    expect(escapeHtml(`<script>alert("x" + 'y') && 1</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot; + &#39;y&#39;) &amp;&amp; 1&lt;/script&gt;');
  });

  it('escapes what is already an entity again, so decoded caption text shows as written', () => {
    expect(escapeHtml('&lt;b&gt; &amp &#x; &#;')).toBe('&amp;lt;b&amp;gt; &amp;amp &amp;#x; &amp;#;');
  });

  it('drops control characters but keeps tabs, line breaks and every other character', () => {
    expect(escapeHtml('a\u0000b\u0007c\u009bd\te\nf\u00e9\u{1F600}')).toBe('abcd\te\nf\u00e9\u{1F600}');
  });

  it('escapes attribute values the same way (quotes included)', () => {
    expect(escapeAttribute(`" onload="x`)).toBe('&quot; onload=&quot;x');
  });
});

describe('safeUrl', () => {
  it.each(['https://example.org/rec.mp4#t=12', 'http://example.org/a?b=c&d=e', 'HTTPS://EXAMPLE.ORG/', 'sessions/a/transcript.html#t-1000', '#t-5', '/search', '../../index.html', '?q=x'])(
    'keeps %s',
    (url) => expect(safeUrl(url)).toBe(url),
  );

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'mailto:a@example.org',
    '//evil.example/x',
    '/\\evil.example',
    'https:\\\\evil.example',
    '',
    'http://',
  ])('refuses %j', (url) => expect(safeUrl(url)).toBeUndefined());
});

describe('the builder', () => {
  it('escapes text children and attribute values, and keeps built markup', () => {
    const html = toHtml(el('p', { title: '"><script>alert(1)</script>' }, '<img src=x onerror=alert(1)>', el('b', null, 'bold'), ['a', null, undefined, false, 1]));
    expect(html).toBe('<p title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&lt;img src=x onerror=alert(1)&gt;<b>bold</b>a1</p>');
    const page = scanPage(html);
    expect(page.problems).toEqual([]);
    expect(activeContent(page)).toEqual([]);
  });

  it('leaves an unsafe url out of href, src and action, and keeps the text', () => {
    expect(toHtml(el('a', { href: 'javascript:alert(1)' }, 'javascript:alert(1)'))).toBe('<a>javascript:alert(1)</a>');
    expect(toHtml(el('form', { action: 'data:text/html,x' }))).toBe('<form></form>');
    expect(toHtml(el('a', { href: 'https://example.org/?a="><x>' }, 'ok'))).toBe('<a href="https://example.org/?a=&quot;&gt;&lt;x&gt;">ok</a>');
  });

  it('writes boolean attributes bare and leaves out false, null and undefined', () => {
    expect(toHtml(el('input', { type: 'search', required: true, disabled: false, value: null, name: undefined }))).toBe('<input type="search" required>');
  });

  it('refuses event handler and style attributes, odd attribute names and scripted elements', () => {
    expect(() => el('a', { onclick: 'x' })).toThrow(/event handler/);
    expect(() => el('svg', { OnLoad: 'x' })).toThrow(/event handler/);
    expect(() => el('p', { style: 'x' })).toThrow(/style/);
    expect(() => el('p', { 'a"b': 'x' })).toThrow(/attribute name/);
    for (const tag of ['script', 'SCRIPT', 'iframe', 'object', 'embed', 'style', 'base', 'template']) expect(() => el(tag, null)).toThrow(/not an element/);
    expect(() => el('p x', null)).toThrow(/not an element/);
    expect(() => el('br', null, 'x')).toThrow(/void/);
  });

  it('puts a constant stylesheet in as raw text, and refuses one holding a tag', () => {
    expect(toHtml(styleElement('a>b{color:red}'))).toBe('<style>a>b{color:red}</style>');
    expect(() => styleElement('a{}</style><script>')).toThrow(/tag/);
    expect(() => styleElement('a{}</STYLE >')).toThrow(/tag/);
  });

  it('escapes a title so that "</title>" stays inside it', () => {
    const html = toHtml(fragment(el('title', null, 'A </title><script>alert(1)</script>')));
    expect(html).toBe('<title>A &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
  });
});

describe('the page checker used by these tests', () => {
  it('finds unbalanced tags, bare < and &, handlers and javascript: links', () => {
    const page = scanPage('<div><p>a & b < c</div><a href=" JavaScript:x" onclick="y">z</a><script>1</script>');
    expect(page.problems).toEqual(expect.arrayContaining([expect.stringMatching(/closes <p>/), expect.stringMatching(/bare '&'/), expect.stringMatching(/bare '<'/)]));
    expect(activeContent(page)).toEqual(expect.arrayContaining(['<script> element', 'onclick= attribute on <a>', 'href=" JavaScript:x" on <a>']));
  });
});
