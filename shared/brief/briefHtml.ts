import type { BriefQuote, BriefView } from './briefView';
import { escapeMarkup } from '../text/escapeMarkup';
import { briefScope } from './briefScope';
import { briefTerms } from './briefTerms';

/** The citation after a quote: in the text, or a footnote number for a note style. */
export interface Citer {
  cite: (quote: BriefQuote['citation']) => string;
  notes: () => string;
}

function htmlCiter(notes: boolean, heading: string): Citer {
  const list: string[] = [];
  return {
    cite: (citation) => {
      if (!notes) return ` ${citation.html}`;
      list.push(citation.html);
      const n = list.length;
      return `<sup><a href="#note-${n}">${n}</a></sup>`;
    },
    notes: () =>
      list.length
        ? `<section><h2>${escapeMarkup(heading)}</h2><ol>${list.map((html, i) => `<li id="note-${i + 1}">${html}</li>`).join('')}</ol></section>`
        : '',
  };
}

/**
 * The brief as an HTML fragment for the window's preview (after DOMPurify) and the body of the
 * exported page: citations are citeproc's HTML, everything else the brief's own text, escaped.
 */
export function briefHtmlBody(brief: BriefView): string {
  const words = briefTerms(brief.language);
  const h = (text: string) => escapeMarkup(text);
  const citer = htmlCiter(brief.notes, words.notes);
  const parts: string[] = [];
  parts.push(`<h1>${escapeMarkup(brief.title)}</h1>`);
  parts.push(`<p class="brief-scope">${escapeMarkup(briefScope(brief))}</p>`);
  parts.push(`<h2>${h(words.coverage)}</h2>`);
  parts.push(
    `<table class="brief-matrix"><thead><tr><th>${h(words.source)}</th>${brief.matrix.themes.map((t) => `<th>${escapeMarkup(t.name)}</th>`).join('')}</tr></thead><tbody>${brief.matrix.rows
      .map(
        (row) =>
          `<tr><th>${escapeMarkup(row.title)}</th>${row.counts.map((n) => `<td>${n ? n : `<em>${h(words.notDiscussed)}</em>`}</td>`).join('')}</tr>`,
      )
      .join('')}</tbody></table>`,
  );
  for (const section of brief.sections) {
    parts.push(`<h2>${escapeMarkup(section.theme)}</h2>`);
    for (const block of section.blocks) {
      parts.push(`<h3>${escapeMarkup(block.title)}</h3>`);
      for (const quote of block.quotes) {
        parts.push(
          `<blockquote><p>“${escapeMarkup(quote.text)}${quote.trimmed ? ' …' : ''}”${citer.cite(quote.citation)}</p></blockquote>`,
        );
        if (quote.note)
          parts.push(`<p class="brief-note">${h(words.note)}: ${escapeMarkup(quote.note)}</p>`);
      }
    }
    if (section.notDiscussed.length) {
      parts.push(
        `<p class="brief-absent">${h(words.notDiscussedIn)}: ${escapeMarkup(section.notDiscussed.map((s) => s.title).join('; '))}.</p>`,
      );
    }
  }
  parts.push(`<h2>${h(words.figures)}</h2>`);
  parts.push(
    brief.figures.length
      ? `<table class="brief-figures"><thead><tr><th>${h(words.figure)}</th><th>${h(words.counts)}</th><th>${h(words.source)}</th><th>${h(words.citation)}</th></tr></thead><tbody>${brief.figures
          .map(
            (f) =>
              `<tr><td>${escapeMarkup(f.value)}</td><td>${escapeMarkup(f.counts)}</td><td>${escapeMarkup(f.sourceTitle)}</td><td>${f.citation.html}</td></tr>`,
          )
          .join('')}</tbody></table>`
      : `<p>${h(words.noFigures)}</p>`,
  );
  parts.push(citer.notes());
  parts.push(`<h2>${h(words.bibliography)}</h2>`);
  parts.push(
    brief.bibliography
      .map((e) => `<p class="${brief.hangingIndent ? 'hanging' : ''}">${e.html}</p>`)
      .join(''),
  );
  return parts.filter(Boolean).join('\n');
}

/** A page of its own, to open in a browser or a word processor, or print to PDF. */
export function briefHtmlPage(brief: BriefView): string {
  return `<!doctype html>
<html lang="${escapeMarkup(brief.language)}"><head><meta charset="utf-8"><title>${escapeMarkup(brief.title)}</title>
<style>
body { font-family: Georgia, serif; max-width: 46em; margin: 2em auto; line-height: 1.5; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #bbb; padding: 4px 8px; text-align: left; vertical-align: top; }
blockquote { margin: 0.8em 0 0.4em 1.5em; }
.brief-scope, .brief-note, .brief-absent { color: #555; }
.hanging { padding-left: 2em; text-indent: -2em; }
</style></head>
<body>
${briefHtmlBody(brief)}
</body></html>
`;
}
