import { compactKey } from '../text/textKey';

/**
 * The headline the page shows a reader, of the titles it declares: the first that is its tab
 * title or an h1; where an h1 is a declared title less a section or site ("Opinion | …"), the
 * h1. A declared headline the page never shows (written for search engines) gives way.
 */
export function shownTitle(
  declared: readonly (string | undefined)[],
  documentTitle: string | undefined,
  h1s: readonly string[],
): string | undefined {
  const titles = declared.filter((t): t is string => !!t?.trim());
  const tab = documentTitle ? compactKey(documentTitle) : '';
  const headings = h1s
    .map((h) => h.replace(/\s+/g, ' ').trim())
    .filter((h) => compactKey(h).length > 0);
  for (const title of titles) {
    const k = compactKey(title);
    if (headings.some((h) => compactKey(h) === k)) return title;
    // "Opinion | Headline", "Headline - Site": a section or a site of a few words around it.
    const part = headings.find((h) => {
      const at = title.indexOf(h);
      if (at < 0 || compactKey(h).length < 8) return false;
      const rest = [title.slice(0, at), title.slice(at + h.length)];
      const framing = rest.filter((r) => r.trim());
      return (
        framing.length === 1 &&
        /^\s*[|–—:-]\s*\S|\S\s*[|–—:-]\s*$/u.test(framing[0]!) &&
        framing[0]!
          .replace(/[|–—:-]/gu, ' ')
          .trim()
          .split(/\s+/).length <= 3
      );
    });
    if (part) return part;
    // A declared headline cut short (schema.org's advice keeps a headline to 110 characters,
    // and some sites cut theirs there) gives way to the h1 it begins.
    const whole = headings.find((h) => {
      const hk = compactKey(h);
      return k.length >= 20 && hk.length > k.length && hk.startsWith(k);
    });
    if (whole) return whole;
    if (tab && k && tab.includes(k)) return title;
  }
  // A page copied from the browser has no head: its first headline of some length is its title
  // (a short one is more often the site's name set as a heading).
  if (!tab && titles.length === 0) return headings.find((h) => compactKey(h).length >= 8);
  // An h1 the tab title carries, when no declared title is shown.
  const carried = headings.find((h) => compactKey(h).length >= 8 && tab.includes(compactKey(h)));
  return carried ?? titles[0];
}
