import type { BriefView } from './briefView';
import { htmlToMarkdown } from '../cite/bibliographyOutput';
import { briefScope } from './briefScope';
import { briefTerms } from './briefTerms';

/** Markdown's own characters in the brief's text, escaped so they print as written. */
function md(text: string): string {
  return text.replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

/** The brief as Markdown: tables for the matrix and the figures, footnotes for a note style. */
export function briefMarkdown(brief: BriefView): string {
  const notes: string[] = [];
  const cite = (html: string) => {
    if (!brief.notes) return ` ${htmlToMarkdown(html)}`;
    notes.push(htmlToMarkdown(html));
    return `[^${notes.length}]`;
  };
  const words = briefTerms(brief.language);
  const out: string[] = [];
  out.push(`# ${md(brief.title)}`, '');
  out.push(`*${md(briefScope(brief))}*`, '');
  out.push(`## ${words.coverage}`, '');
  out.push(`| ${words.source} | ${brief.matrix.themes.map((t) => md(t.name)).join(' | ')} |`);
  out.push(`|---|${brief.matrix.themes.map(() => '---').join('|')}|`);
  for (const row of brief.matrix.rows) {
    out.push(
      `| ${md(row.title)} | ${row.counts.map((n) => (n ? String(n) : `*${words.notDiscussed}*`)).join(' | ')} |`,
    );
  }
  out.push('');
  for (const section of brief.sections) {
    out.push(`## ${md(section.theme)}`, '');
    for (const block of section.blocks) {
      out.push(`### ${md(block.title)}`, '');
      for (const quote of block.quotes) {
        out.push(
          `> “${md(quote.text)}${quote.trimmed ? ' …' : ''}”${cite(quote.citation.html)}`,
          '',
        );
        if (quote.note) out.push(`${words.note}: ${md(quote.note)}`, '');
      }
    }
    if (section.notDiscussed.length) {
      out.push(
        `*${words.notDiscussedIn}: ${md(section.notDiscussed.map((s) => s.title).join('; '))}.*`,
        '',
      );
    }
  }
  out.push(`## ${words.figures}`, '');
  if (brief.figures.length) {
    out.push(
      `| ${words.figure} | ${words.counts} | ${words.source} | ${words.citation} |`,
      '|---|---|---|---|',
    );
    for (const f of brief.figures) {
      out.push(
        `| ${md(f.value)} | ${md(f.counts)} | ${md(f.sourceTitle)} | ${htmlToMarkdown(f.citation.html).replace(/\|/g, '\\|')} |`,
      );
    }
  } else out.push(words.noFigures);
  out.push('', `## ${words.bibliography}`, '');
  for (const entry of brief.bibliography) out.push(htmlToMarkdown(entry.html), '');
  if (notes.length) {
    notes.forEach((note, i) => out.push(`[^${i + 1}]: ${note}`));
    out.push('');
  }
  return out.join('\n');
}
