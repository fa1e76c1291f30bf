// Separators sites put between an article's title and the site's or section's name.
const SEPARATORS = '|\\-–—\\\\/>»';
const SEPARATOR = new RegExp(`\\s[${SEPARATORS}]\\s`, 'g');
// Separators of a path ("Docs » Guides » Setup"): the last part is the page, not the site.
const HIERARCHICAL = /\s[\\/>»]\s/;

const wordCount = (s: string) => s.trim().split(/\s+/).length;

/**
 * The article's title from the page's `<title>`, without the site's name around it: the rule of
 * Mozilla Readability's current source (`_getArticleTitle`, Apache-2.0), which the published
 * 0.6.0 predates — it knew no en or em dash, so "Title – My website" kept the site and
 * "Evolve: Shared Mutable History — …" lost its first word. A cut that would leave four words
 * or fewer is not made: those are the titles where the "site" is part of the name.
 */
export function pageTitle(
  documentTitle: string,
  headings: { h1: readonly string[]; h2: readonly string[] },
): string {
  const original = documentTitle.replace(/\s+/g, ' ').trim();
  let title = original;
  let hierarchical = false;
  const separators = Array.from(original.matchAll(SEPARATOR));
  if (separators.length) {
    hierarchical = HIERARCHICAL.test(original);
    title = original.slice(0, separators.at(-1)!.index);
    // Too short: the site came first ("Site | Title").
    if (wordCount(title) < 3)
      title = original.replace(new RegExp(`^[^${SEPARATORS}]*[${SEPARATORS}]`), '');
  } else if (original.includes(': ')) {
    // "Site: Title", unless a heading on the page reads the whole thing.
    if (![...headings.h1, ...headings.h2].some((h) => h.replace(/\s+/g, ' ').trim() === original)) {
      title = original.slice(original.lastIndexOf(':') + 1);
      if (wordCount(title) < 3) title = original.slice(original.indexOf(':') + 1);
      else if (wordCount(original.slice(0, original.indexOf(':'))) > 5) title = original;
    }
  } else if ((original.length > 150 || original.length < 15) && headings.h1.length === 1) {
    title = headings.h1[0]!;
  }
  title = title.replace(/\s+/g, ' ').trim();
  const words = wordCount(title);
  if (words <= 4 && (!hierarchical || words !== wordCount(original.replace(SEPARATOR, '')) - 1))
    title = original;
  return title;
}
