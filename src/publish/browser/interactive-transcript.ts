/// <reference lib="dom" />

/**
 * The session page's script (interactive-transcript.js): the transcript follows the player.
 * - A click on a paragraph's time (a link to the recording at that moment; Enter on it is a
 *   click) seeks the page's player there instead of leaving the page, and plays.
 * - The paragraph being spoken gets aria-current="true" and the class "now" (a bar and a "now
 *   playing" mark beside the colour), and is scrolled into view as it changes while the player
 *   plays, unless the reader has scrolled by hand in the last FOLLOW_PAUSE_MS: reading elsewhere
 *   is never undone; a click on a time follows again at once.
 * - Every paragraph's "Link" (its #p-N anchor) becomes a "Copy link" button that copies the
 *   page's url at that paragraph, confirmed in a polite live region.
 * - Opened at such a link (#p-N, or a #t-<ms> segment anchor inside a paragraph), the player is
 *   cued to that paragraph's start, not played (a page never plays by itself).
 * Without the script every time stays a link to the recording and every paragraph keeps its
 * anchor link. YouTube and Vimeo embeds are driven through their documented postMessage APIs:
 * best effort (their players' messages are theirs to change).
 */
export function interactiveTranscript(): void {
  const FOLLOW_PAUSE_MS = 8000;
  const figure = document.getElementById('player');
  const paragraphs = Array.from(document.querySelectorAll<HTMLElement>('#transcript p[data-start-ms]'));
  const status = document.createElement('p');
  status.className = 'share-status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  document.getElementById('transcript')?.prepend(status);
  // recap's words on a page in another language: the status says them as the section's heading is marked.
  for (const name of ['lang', 'dir']) {
    const value = document.getElementById('transcript-heading')?.getAttribute(name);
    if (value) status.setAttribute(name, value);
  }

  function announce(text: string): void {
    status.textContent = '';
    window.setTimeout(() => (status.textContent = text), 50);
  }

  for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>('#transcript a.permalink'))) {
    const id = (link.getAttribute('href') ?? '').replace(/^#/, '');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'share';
    button.textContent = 'Copy link';
    // The link it replaces is marked when recap's words differ from the paragraph's: so is the button.
    for (const name of ['lang', 'dir']) {
      const value = link.getAttribute(name);
      if (value) button.setAttribute(name, value);
    }
    const hidden = document.createElement('span');
    hidden.className = 'vh';
    hidden.textContent = link.querySelector('.vh')?.textContent?.replace(/^Link/, '') ?? '';
    button.append(hidden);
    button.addEventListener('click', () => {
      const url = new URL(window.location.href);
      url.hash = id;
      const done = (copied: boolean): void => {
        button.firstChild!.textContent = copied ? 'Copied' : 'Copy link';
        announce(copied ? 'Link to the paragraph copied' : `Copy this link: ${url.href}`);
        window.setTimeout(() => {
          button.firstChild!.textContent = 'Copy link';
          if (copied) status.textContent = '';
        }, 2500);
      };
      if (navigator.clipboard) navigator.clipboard.writeText(url.href).then(() => done(true), () => done(false));
      else done(false);
    });
    link.replaceWith(button);
  }

  if (!figure || paragraphs.length === 0) return;
  const kind = figure.dataset['player'];
  const origin = figure.dataset['origin'] ?? '';
  const video = figure.querySelector('video');
  const frame = figure.querySelector('iframe');
  let playing = false;
  let userScrolledAt = -Infinity;
  let current: HTMLElement | undefined;
  /** the player has been put at the session's start, or the reader has taken over */
  let started = false;

  const starts = paragraphs.map((p) => Number(p.dataset['startMs']));
  const ends = paragraphs.map((p) => Number(p.dataset['endMs']));

  /** The paragraph the url's fragment names (#p-N, or an element inside one such as #t-<ms>), if any. */
  function linkedParagraph(): number {
    let id: string;
    try {
      id = decodeURIComponent(window.location.hash.slice(1));
    } catch {
      return -1;
    }
    const target = id === '' ? null : document.getElementById(id);
    const p = target?.closest('#transcript p[data-start-ms]');
    return p ? paragraphs.indexOf(p as HTMLElement) : -1;
  }
  /** Where the player starts: the linked paragraph's start, else the session's (seconds). */
  const linked = linkedParagraph();
  let cueAt = linked >= 0 ? starts[linked]! / 1000 : Number(figure.dataset['startMs']) / 1000;

  function post(message: unknown): void {
    frame?.contentWindow?.postMessage(typeof message === 'string' ? message : JSON.stringify(message), origin);
  }

  /** Whether the video can be put at `seconds`: its host answers byte ranges, or that much has been downloaded. */
  function reachable(media: HTMLVideoElement, seconds: number): boolean {
    for (let i = 0; i < media.seekable.length; i++) if (media.seekable.start(i) <= seconds && seconds <= media.seekable.end(i)) return true;
    return false;
  }

  function seek(seconds: number): void {
    if (video) {
      video.currentTime = seconds;
      void video.play().catch(() => undefined);
      // A host that answers no byte ranges (a bare development server) lets a browser play the
      // file from its start only: say so rather than seem to ignore the click.
      window.setTimeout(() => {
        if (video.readyState >= 1 && Math.abs(video.currentTime - seconds) > 2 && !reachable(video, seconds)) {
          announce('The video cannot jump to this moment: its host does not answer range requests, so it plays from the start.');
        }
      }, 1500);
    } else if (kind === 'youtube') {
      post({ event: 'command', func: 'seekTo', args: [seconds, true] });
      post({ event: 'command', func: 'playVideo', args: [] });
    } else if (kind === 'vimeo') {
      post({ method: 'setCurrentTime', value: seconds });
      post({ method: 'play' });
    }
  }

  /** The paragraph at `ms` of the recording: the last to start at or before it, while it lasts (to the next one's start). */
  function highlight(ms: number): void {
    let index = -1;
    for (let i = 0; i < starts.length; i++) if (starts[i]! <= ms) index = i;
    const inside = index >= 0 && ms < Math.max(ends[index]!, starts[index + 1] ?? ends[index]!);
    const next = inside ? paragraphs[index] : undefined;
    if (next === current) return;
    current?.classList.remove('now');
    current?.removeAttribute('aria-current');
    current = next;
    if (!next) return;
    next.classList.add('now');
    next.setAttribute('aria-current', 'true');
    if (playing && performance.now() - userScrolledAt > FOLLOW_PAUSE_MS) {
      const box = next.getBoundingClientRect();
      // Under a player kept at the top of the screen is out of view too.
      const covered = getComputedStyle(figure!).position === 'sticky' ? Math.max(0, figure!.getBoundingClientRect().bottom) : 0;
      if (box.top < covered || box.bottom > window.innerHeight) {
        const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        next.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
      }
    }
  }

  // Scrolling by hand (wheel, touch, scroll keys) pauses following; the page's own scrolling does not count.
  const byHand = (): void => void (userScrolledAt = performance.now());
  window.addEventListener('wheel', byHand, { passive: true });
  window.addEventListener('touchmove', byHand, { passive: true });
  window.addEventListener('keydown', (e) => {
    if (['PageUp', 'PageDown', 'Home', 'End', 'ArrowUp', 'ArrowDown', ' '].includes(e.key) && !(e.target instanceof HTMLVideoElement)) byHand();
  });

  paragraphs.forEach((p, i) => {
    const link = p.querySelector<HTMLAnchorElement>('a.ts');
    if (!link) return;
    link.addEventListener('click', (e) => {
      if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      userScrolledAt = -Infinity;
      started = true;
      seek(starts[i]! / 1000);
      highlight(starts[i]!);
    });
  });

  if (video) {
    // The source's media fragment (#t=) starts it at the session; a linked paragraph, or a browser
    // that could not seek there yet (a server without range requests, such as Python's
    // http.server, leaves nothing seekable), has the start set once that moment is seekable or buffered.
    const startAtSession = (): void => {
      if (started || !(cueAt > 0)) return;
      if (Math.abs(video.currentTime - cueAt) < 1) started = true;
      else if ([video.seekable, video.buffered].some((ranges) => Array.from({ length: ranges.length }, (_, i) => ranges.end(i)).some((end) => end >= cueAt))) {
        started = true;
        video.currentTime = cueAt;
      }
    };
    // A link to another paragraph followed on the page (a pasted one, the browser's back) cues it too.
    window.addEventListener('hashchange', () => {
      const i = linkedParagraph();
      if (i < 0) return;
      cueAt = starts[i]! / 1000;
      started = false;
      highlight(starts[i]!);
      startAtSession();
    });
    if (linked >= 0) highlight(starts[linked]!);
    for (const name of ['loadedmetadata', 'progress', 'canplay', 'canplaythrough', 'suspend']) video.addEventListener(name, startAtSession);
    video.addEventListener('play', () => void (started = true), { once: true });
    startAtSession();
    video.addEventListener('play', () => void (playing = true));
    video.addEventListener('pause', () => void (playing = false));
    video.addEventListener('timeupdate', () => highlight(video.currentTime * 1000));
    video.addEventListener('seeked', () => highlight(video.currentTime * 1000));
    return;
  }
  if (!frame) return;
  if (linked >= 0) {
    // The embed's own start parameter cues it there without playing; the frame reloads at it.
    const src = new URL(frame.src);
    const seconds = Math.floor(cueAt);
    if (kind === 'youtube') src.searchParams.set('start', String(seconds));
    else src.hash = `t=${seconds}s`;
    frame.src = src.href;
    highlight(starts[linked]!);
  }
  /** YouTube's player reports only to a page that said it listens; until its first report, say it again. */
  let heard = false;
  const listen = (): void => {
    if (kind === 'youtube' && !heard) post({ event: 'listening', id: 'recap-player', channel: 'widget' });
  };
  window.addEventListener('message', (e) => {
    if (e.origin !== origin || e.source !== frame.contentWindow) return;
    let data: unknown = e.data;
    if (typeof data === 'string') {
      try {
        data = JSON.parse(data);
      } catch {
        return;
      }
    }
    if (typeof data !== 'object' || data === null) return;
    const message = data as { event?: string; info?: { currentTime?: number; playerState?: number }; data?: { seconds?: number } };
    if (kind === 'youtube' && message.event === 'infoDelivery') heard = true;
    if (kind === 'youtube' && message.event === 'infoDelivery' && message.info) {
      if (typeof message.info.playerState === 'number') playing = message.info.playerState === 1;
      if (typeof message.info.currentTime === 'number') highlight(message.info.currentTime * 1000);
    } else if (kind === 'vimeo') {
      if (message.event === 'play') playing = true;
      if (message.event === 'pause' || message.event === 'ended') playing = false;
      if (message.event === 'timeupdate' && typeof message.data?.seconds === 'number') highlight(message.data.seconds * 1000);
      if (message.event === 'ready') for (const name of ['timeupdate', 'play', 'pause', 'ended']) post({ method: 'addEventListener', value: name });
    }
  });
  frame.addEventListener('load', () => {
    if (kind === 'youtube') listen();
    else for (const name of ['timeupdate', 'play', 'pause', 'ended']) post({ method: 'addEventListener', value: name });
  });
  // The frame may have loaded before this deferred script ran (its load event then never comes
  // here): say it now, and again a few times while the player has not reported.
  listen();
  for (let i = 1; i <= 10; i++) window.setTimeout(listen, i * 1000);
}
