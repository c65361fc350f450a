import { el } from '../../../src/publish/html/builder';
import { contentSecurityPolicy } from '../../../src/publish/html/page-policy';
import { FOOTER_TEXT, renderPage } from '../../../src/publish/html/page-shell';

/** The page with attribute quotes decoded, to read its policy as a browser does. */
const page = (shell: Parameters<typeof renderPage>[0]): string => renderPage(shell).replace(/&#39;/g, "'");

const base = { lang: 'en', title: 'T', header: 'h', navLabel: 'n', nav: [], main: el('p', null, 'x') };

describe('a page\u2019s policy and head', () => {
  it('allows nothing to run or load from elsewhere unless the page asks, and then only what it asks', () => {
    const bare = page(base);
    expect(bare).toContain(`content="${contentSecurityPolicy()}"`);
    expect(contentSecurityPolicy()).not.toMatch(/script-src|connect-src|media-src|frame-src/);
    expect(bare).not.toContain('<script');
    const scripted = page({ ...base, scripts: ['../../assets/player.js'], policy: { media: ['https://media.example.org/a/b.mp4'], frames: ['https://player.vimeo.com'] } });
    expect(scripted).toContain('<script type="module" src="../../assets/player.js"></script>');
    expect(scripted).toMatch(/script-src 'self'; /);
    expect(scripted).toContain('media-src https://media.example.org;');
    expect(scripted).toContain('frame-src https://player.vimeo.com;');
  });

  it('refuses a script from elsewhere and a source that could add a directive', () => {
    expect(() => renderPage({ ...base, scripts: ['https://cdn.example.org/x.js'] })).toThrow(/site only/);
    expect(() => renderPage({ ...base, scripts: ['//cdn.example.org/x.js'] })).toThrow(/site only/);
    expect(() => contentSecurityPolicy({ media: ["https://a.example; script-src 'unsafe-inline'"] })).toThrow();
    expect(() => contentSecurityPolicy({ frames: ['javascript:alert(1)'] })).toThrow(/not an origin/);
  });

  it('sends a folder page on only to a page of the site', () => {
    expect(renderPage({ ...base, redirect: 'transcript.html' })).toContain('<meta http-equiv="refresh" content="0; url=transcript.html">');
    for (const target of ['https://evil.example/', '//evil.example/x.html', '/x.html', '../x.html', 'x.html; url=https://evil.example']) {
      expect(() => renderPage({ ...base, redirect: target })).toThrow(/relative page/);
    }
  });

  it('says what recap changes in the words, not that they are shown as written', () => {
    expect(FOOTER_TEXT).not.toMatch(/as the captioners wrote/);
    expect(renderPage(base)).toContain('sentence case');
  });
});
