/**
 * A title as a list shows it: without the rich-text markup CSL allows in titles (`<i>`, `<b>`,
 * `<sup>`, `<sub>`, `<span style="font-variant:small-caps;">`, `<span class="nocase">`), which
 * BibTeX importers write for `\emph{}` and `\textsc{}`. The metadata keeps the markup, so a
 * citation still sets the book's title in italics. Only those tags go: "a < b" stays.
 */
export function plainTitle(title: string): string {
  return title
    .replace(/<\/?(?:i|b|em|strong|sup|sub|span)(?:\s[^<>]*)?>/giu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
