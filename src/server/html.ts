/**
 * The server's own HTML (event list, search results, error pages): small, static, no script.
 * Everything interpolated goes through escapeHtml: caption text, titles and queries are
 * untrusted.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Readable without any stylesheet file (the CSP allows inline styles only); respects the user's font size. */
const STYLE = `body{font-family:system-ui,sans-serif;line-height:1.5;max-width:48rem;margin:0 auto;padding:1rem;color:#1a1a1a;background:#fff}
a{color:#0b57a4}a:focus,input:focus,button:focus{outline:3px solid #b45f06;outline-offset:2px}
mark{background:#ffe066;color:inherit}
label{display:block;font-weight:600}
input[type=search]{font-size:1rem;padding:.4rem;width:min(100%,30rem)}
button{font-size:1rem;padding:.4rem .8rem}
ol.hits li{margin-bottom:1rem}
ol.hits h2{font-size:1.1rem;margin:0}
.meta{margin:.2rem 0}
.meta{color:#4a4a4a}`;

export interface PageParts {
  title: string;
  /** inner HTML of <main>, already escaped */
  main: string;
  /** inner HTML of a <nav> before <main>, already escaped */
  nav?: string;
}

export function renderPage({ title, main, nav }: PageParts): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${nav ? `<nav aria-label="Site">${nav}</nav>\n` : ''}<main>
${main}
</main>
</body>
</html>
`;
}

/** A page that says what went wrong, with a way back. */
export function renderMessagePage(title: string, message: string): string {
  return renderPage({ title, nav: '<a href="/">All events</a>', main: `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(message)}</p>` });
}
