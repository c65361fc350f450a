/// <reference lib="dom" />

/**
 * site/search.js: the search page's script. It reads ?q= (and ?event=, ?page=) from the page's
 * url, asks the static search bundle (Pagefind, handed over by site/search-bundle.js) and lists
 * the hits as moments: event, session, speaker, time, the words around the match, a link to the
 * transcript at that moment and one to the recording at that moment. Every link is a plain
 * link. Text from the index is only ever set as text (never parsed into the page), and a
 * recording link is used only when it is http(s).
 *
 * The page says what it needs (data-* attributes): data-page-size hits a page, data-bundle the
 * bundle's folder relative to the page.
 */
export function siteSearch(): Promise<void> | void {
  interface BundleResult {
    id: string;
    score: number;
    /** Where in the moment's text the query matched: empty when only its title or metadata did. */
    words: number[];
    data(): Promise<{ url: string; excerpt: string; content: string; meta: Record<string, string | undefined> }>;
  }
  interface Bundle {
    options(o: Record<string, unknown>): Promise<void>;
    mergeIndex(path: string, o: Record<string, unknown>): Promise<void>;
    search(q: string, o: Record<string, unknown>): Promise<{ results: BundleResult[] } | null>;
  }
  const root = document.getElementById('site-search');
  const results = document.getElementById('results');
  const status = document.getElementById('search-status');
  const input = document.getElementById('q');
  const scope = document.getElementById('event');
  if (!root || !results || !status || !(input instanceof HTMLInputElement)) return;
  for (const note of Array.from(document.querySelectorAll('[data-needs-script]'))) (note as HTMLElement).hidden = true;
  const pageSize = Number(root.dataset.pageSize) || 10;
  const params = new URLSearchParams(location.search);
  const q = (params.get('q') ?? '').trim();
  const event = params.get('event') ?? '';
  const page = Math.max(1, Math.floor(Number(params.get('page') ?? '1')) || 1);
  input.value = q;
  if (scope instanceof HTMLSelectElement && Array.from(scope.options).some((o) => o.value === event)) scope.value = event;
  if (q === '') return;

  const say = (text: string): void => {
    status.textContent = text;
  };
  const make = (tag: string, text?: string, attrs: Record<string, string> = {}): HTMLElement => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    return node;
  };
  /** The bundle's excerpt marks matches with <mark>: read in an inert document, only text and marks are kept. */
  const excerpt = (html: string, attrs: Record<string, string>): HTMLElement => {
    const p = make('p', undefined, attrs);
    const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
    for (const node of Array.from(parsed.body.childNodes)) {
      const text = node.textContent ?? '';
      p.append(node.nodeName === 'MARK' ? make('mark', text) : document.createTextNode(text));
    }
    return p;
  };
  /** The same page with another value of one parameter. */
  const pageHref = (n: number): string => {
    const next = new URLSearchParams(params);
    next.set('page', String(n));
    return `?${next.toString()}`;
  };

  const bundle = (globalThis as { recapSearchBundle?: Bundle }).recapSearchBundle;
  if (!bundle) {
    say('Search is not available: the search index of this site could not be loaded.');
    return;
  }
  const run = async (): Promise<void> => {
    say('Searching\u2026');
    // Events in other languages have an index of their own in the bundle: search them all.
    const bundlePath = new URL(root.dataset.bundle ?? 'pagefind/', location.href).pathname;
    const primary = (document.documentElement.lang || 'en').split('-')[0]!.toLowerCase();
    const rtl = new Set((root.dataset.rtl ?? '').split(/\s+/).filter((l) => l !== ''));
    /**
     * `lang` and `dir` of a hit's words: its index's language (the start of its id) where it is not
     * the page's, the direction where that differs too; `dir="auto"` for the index of unknown languages.
     */
    const wordsOf = (id: string): Record<string, string> => {
      const language = /^([a-z]{2,3})_/.exec(id)?.[1];
      if (language === undefined) return { dir: 'auto' };
      if (language === primary) return {};
      return rtl.has(language) !== rtl.has(primary) ? { lang: language, dir: rtl.has(language) ? 'rtl' : 'ltr' } : { lang: language };
    };
    try {
      const entry = (await (await fetch(`${bundlePath}pagefind-entry.json`)).json()) as { languages?: Record<string, unknown> };
      const languages = Object.keys(entry.languages ?? {});
      // By its full url: the engine refuses to merge a path that names its own (primary) index.
      const bundleUrl = new URL(bundlePath, location.href).href;
      for (const language of languages) if (language !== primary) await bundle.mergeIndex(bundleUrl, { language });
    } catch {
      // Without the list the page's own language is still searched.
    }
    const filters = event !== '' ? { filters: { event } } : {};
    /** Each result once: when the page's language has no index, the engine's fallback may be one merged as well. */
    const once = (list: BundleResult[]): BundleResult[] => {
      const seen = new Set<string>();
      return list.filter((r) => !seen.has(r.id) && seen.add(r.id) !== undefined);
    };
    // What the engine's own matching may add has to be checked: it finds words that merely start
    // like a query word ("elevators" finds "eleven"; in a merged French index "parking" finds
    // "par") and it lists moments whose page title or metadata hold the word though the moment
    // does not. A quoted search is the engine matching whole words only, after its own
    // normalisation (case, accents, stemming), so the moments it finds with a matched word in
    // their text are those that hold it; but it stems with the page's language only.
    const phrases = [...q.matchAll(/"([^"]*)"?/g)].map((m) => m[1]!.trim()).filter((p) => p !== '');
    const terms = [
      ...new Set(
        q
          .replace(/"[^"]*"?/g, ' ')
          .split(/\s+/)
          .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase())
          .filter((w) => w !== ''),
      ),
    ];
    /** Lower case, without accents or the punctuation around words: how a moment's text is compared. */
    const plain = (text: string): string[] =>
      text
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .split(/\s+/)
        .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
        .filter((w) => w !== '');
    /**
     * The moments holding a word or phrase word for word, each as the plain search scored it (a
     * quoted search scores every hit alike, which would lose what makes a rare word count more).
     */
    const holding = async (text: string): Promise<Map<string, BundleResult>> => {
      const whole = new Set(once((await bundle.search(`"${text}"`, filters))?.results ?? []).filter((r) => r.words.length > 0).map((r) => r.id));
      const found = new Map<string, BundleResult>();
      // A moment of another language's index (its id starts with that language) may hold a word
      // that the quoted search, stemming as the page's language, missed: such a moment counts
      // when its text has the words unchanged.
      const wanted = plain(text).join(' ');
      for (const r of once((await bundle.search(text, filters))?.results ?? [])) {
        if (r.words.length === 0) continue;
        if (whole.has(r.id) || (!r.id.startsWith(`${primary}_`) && ` ${plain((await r.data()).content).join(' ')} `.includes(` ${wanted} `))) found.set(r.id, r);
      }
      return found;
    };
    const phraseHits = await Promise.all(phrases.map(holding));
    const termHits = await Promise.all(terms.map(holding));
    const hasPhrases = (id: string): boolean => phraseHits.every((m) => m.has(id));
    const every = once((await bundle.search(q, filters))?.results ?? []).filter((r) => terms.length + phrases.length > 0 && hasPhrases(r.id) && termHits.every((m) => m.has(r.id)));
    // The engine finds only moments with every word; a question ("what did the chair say about
    // the budget?") rarely has all its words in one. Then moments with some of the words follow,
    // by the sum of each word's score, so those with more and rarer words come first.
    let some: BundleResult[] = [];
    if (terms.length + phrases.length > 1 && every.length < pageSize) {
      const sums = new Map<string, { result: BundleResult; score: number }>();
      for (const hits of termHits) {
        for (const result of hits.values()) {
          if (!hasPhrases(result.id)) continue;
          const seen = sums.get(result.id);
          if (seen) seen.score += result.score;
          else sums.set(result.id, { result, score: result.score });
        }
      }
      const have = new Set(every.map((r) => r.id));
      some = [...sums.values()]
        .filter((s) => !have.has(s.result.id))
        .sort((a, b) => b.score - a.score)
        .map((s) => s.result);
    }
    const all = [...every, ...some];
    const pages = Math.max(1, Math.ceil(all.length / pageSize));
    const shown = all.slice((page - 1) * pageSize, page * pageSize);
    const quoted = `\u201c${q}\u201d`;
    if (all.length === 0) {
      say(`No hits for ${quoted}. Try fewer or other words.`);
      return;
    }
    const count = (n: number): string => (n === 1 ? '1 hit' : `${n} hits`);
    const which = some.length === 0 ? '' : every.length === 0 ? ' (none has every word: those with most of them first)' : ` (${count(every.length)} with every word first)`;
    const list = make('ol', undefined, { class: 'hits', start: String((page - 1) * pageSize + 1) });
    for (const hit of shown) {
      const data = await hit.data();
      const meta = data.meta;
      const item = make('li');
      const heading = make('h2');
      const link = make('a', undefined, { href: data.url });
      const words = wordsOf(hit.id);
      const session = meta.session ?? meta.title ?? '';
      link.append(Object.keys(words).length > 0 ? make('span', session, words) : session, ', at ', make('time', meta.time ?? '', { datetime: `PT${Math.floor(Number(meta.startMs ?? '0') / 1000)}S` }));
      heading.append(link);
      item.append(heading, make('p', `${meta.speaker ?? ''} \u00b7 ${meta.event ?? ''}`, { class: 'meta', ...words }), excerpt(data.excerpt, words));
      const recording = meta.recording ?? '';
      if (/^https?:\/\//i.test(recording)) {
        const watch = make('p');
        watch.append(make('a', `Watch from ${meta.time ?? ''}`, { href: recording }));
        item.append(watch);
      }
      list.append(item);
    }
    results.replaceChildren(list);
    // Said once the hits are on the page: a screen reader hears it when they can be read.
    say(`${count(all.length)} for ${quoted}, best first${which}${pages > 1 ? `, page ${page} of ${pages}` : ''}.`);
    if (pages > 1) {
      const nav = make('nav', undefined, { 'aria-label': 'Pages of hits' });
      const links = make('ul');
      const item = (text: string, n: number, rel: string): HTMLElement => {
        const li = make('li');
        li.append(make('a', text, { href: pageHref(n), rel }));
        return li;
      };
      if (page > 1) links.append(item('Previous hits', page - 1, 'prev'));
      if (page < pages) links.append(item('Next hits', page + 1, 'next'));
      nav.append(links);
      results.append(nav);
    }
  };
  return run().catch((e: unknown) => say(`Search failed: ${e instanceof Error ? e.message : String(e)}`));
}
