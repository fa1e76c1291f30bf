/** The body of a frame inside the page, as the frame itself serialised it. */
export interface FrameContent {
  url: string;
  html: string;
}

/**
 * Runs in every frame of the tab (chrome.scripting, allFrames): a frame of another site (a
 * Disqus comment thread) can be read from inside, where the page's own script cannot reach it.
 * Scripts are left out; a frame over 5 MB is not taken.
 */
export function frameContent(): FrameContent | null {
  const MAX_FRAME_CHARS = 5_000_000;
  if (window === window.top || !document.body) return null;
  const copy = document.body.cloneNode(true) as HTMLElement;
  for (const script of Array.from(copy.querySelectorAll('script'))) script.remove();
  const html = copy.innerHTML;
  return html.length > MAX_FRAME_CHARS ? null : { url: location.href, html };
}

/** What the extension takes of a page: its DOM as the browser has it, and the selection. */
export interface PageSnapshot {
  url: string;
  html: string;
  selection: { exact: string; prefix: string; suffix: string } | null;
}

/**
 * Runs inside the page (chrome.scripting serialises this function, so it uses nothing from
 * outside it). The page itself is left as it was: a copy is changed. Lazy images get their real
 * address, and a frame (a comment section, often) is set in where it stood, since Dossier
 * fetches nothing afterwards: a same-site frame read from here, another site's from what that
 * frame gave of itself (`frames`, matched by address).
 */
export function snapshotPage(frames: readonly { url: string; html: string }[] = []): PageSnapshot {
  const CONTEXT = 32;
  const copy = document.documentElement.cloneNode(true) as HTMLElement;
  const liveImages = Array.from(document.querySelectorAll('img'));
  const copiedImages = Array.from(copy.querySelectorAll('img'));
  liveImages.forEach((live, i) => {
    const image = copiedImages[i];
    if (!image) return;
    const real = live.currentSrc || live.src;
    const lazy =
      live.getAttribute('data-src') ??
      live.getAttribute('data-lazy-src') ??
      live.getAttribute('data-original');
    if (real && !real.startsWith('data:')) image.setAttribute('src', real);
    else if (lazy) image.setAttribute('src', new URL(lazy, location.href).href);
  });
  const liveFrames = Array.from(document.querySelectorAll('iframe'));
  const copiedFrames = Array.from(copy.querySelectorAll('iframe'));
  liveFrames.forEach((live, i) => {
    const frame = copiedFrames[i];
    let body: HTMLElement | null;
    try {
      body = live.contentDocument?.body ?? null;
    } catch {
      body = null;
    }
    if (!body) {
      // Another site's frame: what it gave of itself, found by its address, parsed apart.
      const address = (url: string) => url.replace(/#.*$/u, '');
      const given = live.src ? frames.find((f) => address(f.url) === address(live.src)) : undefined;
      body = given ? new DOMParser().parseFromString(given.html, 'text/html').body : null;
    }
    if (!frame || !body) return;
    const inlined = document.createElement('div');
    inlined.setAttribute('data-dossier-frame', live.src);
    for (const child of Array.from(body.childNodes))
      inlined.append(document.importNode(child, true));
    frame.replaceWith(inlined);
  });
  for (const script of Array.from(
    copy.querySelectorAll('script:not([type="application/ld+json"])'),
  ))
    script.remove();
  let selection: PageSnapshot['selection'] = null;
  const chosen = getSelection();
  if (chosen && !chosen.isCollapsed && chosen.rangeCount > 0) {
    const range = chosen.getRangeAt(0);
    const before = document.createRange();
    before.setStart(document.body, 0);
    before.setEnd(range.startContainer, range.startOffset);
    const after = document.createRange();
    after.setStart(range.endContainer, range.endOffset);
    after.setEnd(document.body, document.body.childNodes.length);
    selection = {
      exact: chosen.toString(),
      prefix: before.toString().slice(-CONTEXT),
      suffix: after.toString().slice(0, CONTEXT),
    };
  }
  return { url: location.href, html: `<!DOCTYPE html>\n${copy.outerHTML}`, selection };
}
