import { escapeMarkup } from '../text/escapeMarkup';
import { htmlToMarkdown } from './bibliographyOutput';
import type { Cluster } from './pandocCitations';

/**
 * A Markdown draft with its Pandoc citations made by the citation engine: in a note style each
 * citation becomes a footnote, in an author-date style it stands in the text; the bibliography
 * of what was cited follows. Citations the library cannot resolve stay as written.
 */
export interface DraftCitations {
  clusters: Cluster[];
  /**
   * The engine's HTML for each resolved cluster (undefined: left as written), and for "@key"
   * the author's name that stands in the sentence before it.
   */
  rendered: ({ html: string; lead?: string } | undefined)[];
  note: boolean;
  bibliography: string[];
  /** The heading of the bibliography, as the style calls it. */
  heading: string;
}

/**
 * The draft with each citation replaced by what `replace` makes of it, numbering the notes;
 * `lead` makes the author's name that "@key" puts in the sentence.
 */
export function substitute(
  markdown: string,
  d: DraftCitations,
  replace: (html: string, noteNumber: number) => string,
  lead: (html: string) => string,
): string {
  let out = '';
  let at = 0;
  let notes = 0;
  d.clusters.forEach((cluster, i) => {
    const done = d.rendered[i];
    if (!done) {
      out += markdown.slice(at, cluster.end);
      at = cluster.end;
      return;
    }
    let before = markdown.slice(at, cluster.start);
    let after = cluster.end;
    const cited = replace(done.html, ++notes);
    if (d.note && !done.lead) {
      // As Pandoc sets a note: no space before its mark, and after the sentence's punctuation.
      before = before.replace(/[ \t]+$/, '');
      const punctuation = /^[.,;:!?]/.exec(markdown.slice(after))?.[0] ?? '';
      out += `${before}${punctuation}${cited}`;
      after += punctuation.length;
    } else out += before + (done.lead ? `${lead(done.lead)}${d.note ? '' : ' '}${cited}` : cited);
    at = after;
  });
  return out + markdown.slice(at);
}

export function draftAsMarkdown(markdown: string, d: DraftCitations): string {
  const notes: string[] = [];
  const body = substitute(
    markdown,
    d,
    (html, n) => {
      if (!d.note) return htmlToMarkdown(html);
      notes.push(`[^${n}]: ${htmlToMarkdown(html)}`);
      return `[^${n}]`;
    },
    htmlToMarkdown,
  );
  const parts = [body.trimEnd()];
  if (notes.length) parts.push(notes.join('\n'));
  if (d.bibliography.length)
    parts.push(`## ${d.heading}\n\n${d.bibliography.map(htmlToMarkdown).join('\n\n')}`);
  return `${parts.join('\n\n')}\n`;
}

export function draftAsHtml(
  markdown: string,
  d: DraftCitations,
  toHtml: (markdown: string) => string,
  title: string,
): string {
  // Placeholders survive Markdown; the citations' HTML goes in after it is rendered.
  const pieces: string[] = [];
  const notes: string[] = [];
  const placeholder = (html: string) => `DOSSIERCITE${pieces.push(html) - 1}X`;
  const body = substitute(
    markdown,
    d,
    (html, n) => {
      if (d.note) notes.push(`<li id="note-${n}">${html} <a href="#ref-${n}">↩</a></li>`);
      return placeholder(
        d.note ? `<sup class="note-ref"><a href="#note-${n}" id="ref-${n}">${n}</a></sup>` : html,
      );
    },
    placeholder,
  );
  const main = toHtml(body).replace(/DOSSIERCITE(\d+)X/g, (_, i: string) => pieces[Number(i)]!);
  return [
    '<!doctype html>',
    '<html><head><meta charset="utf-8">',
    `<title>${escapeMarkup(title)}</title>`,
    '<style>body{max-width:42rem;margin:2rem auto;font-family:Georgia,serif;line-height:1.6}.csl-entry{padding-left:2em;text-indent:-2em;margin:0 0 .6em}</style>',
    '</head><body>',
    main,
    notes.length ? `<section class="notes"><hr><ol>${notes.join('')}</ol></section>` : '',
    d.bibliography.length
      ? `<section class="bibliography"><h2>${escapeMarkup(d.heading)}</h2>${d.bibliography.map((e) => `<div class="csl-entry">${e}</div>`).join('')}</section>`
      : '',
    '</body></html>',
    '',
  ].join('\n');
}
