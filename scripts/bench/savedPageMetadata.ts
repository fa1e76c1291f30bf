// Title, authors and date read from saved pages, against a hand-labelled set of 123 pages from
// 123 sites (tests/fixtures/pageMetadata/labels.json), in three splits: tuning, unseen (scored
// once, then its misses read) and fresh (labelled after those rules, scored once, then read).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { htmlDocument } from '../../electron/main/import/htmlDocument';
import type { CslName } from '../../shared/model/source';

export type Split = 'tuning' | 'unseen' | 'fresh';

interface Label {
  page: string;
  split?: 'fresh';
  site: string;
  title: string;
  titleAlso?: string;
  authors: string[];
  authorsAlso?: string[];
  date: string | null;
  dateAlso?: string;
}

export interface MetadataScore {
  page: string;
  site: string;
  half: Split;
  right: { title: boolean; authors: boolean; date: boolean };
  found: { title: string | null; authors: string[]; date: string | null };
  label: Label;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const nameOf = (n: CslName) => squash(n.literal ?? [n.given, n.family].filter(Boolean).join(' '));
const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => squash(x) === squash(b[i]!));

export function labelledPages(): { labels: Label[]; half: (label: Label) => Split } {
  const file = resolve(import.meta.dirname, '../../tests/fixtures/pageMetadata/labels.json');
  const { pages } = JSON.parse(readFileSync(file, 'utf8')) as { pages: Label[] };
  return {
    labels: pages,
    half: (label) => label.split ?? (parseInt(label.page[1]!, 16) < 8 ? 'tuning' : 'unseen'),
  };
}

/** Scores each labelled page as saved, or as `html` gives it (the page copied, say). */
export function scoreSavedPages(
  benchmarkDir: string,
  html: (page: string) => string = (page) =>
    gunzipSync(readFileSync(join(benchmarkDir, 'html', `${page}.html.gz`))).toString('utf8'),
): MetadataScore[] {
  const { labels, half } = labelledPages();
  return labels.map((label) => {
    const { title, metadata } = htmlDocument(html(label.page));
    const parts = metadata.issued?.['date-parts']?.[0];
    const date =
      parts?.length === 3
        ? parts.map((p, i) => String(p).padStart(i ? 2 : 4, '0')).join('-')
        : null;
    const authors = (metadata.author ?? []).map(nameOf);
    const titleFound = title ? squash(title) : null;
    return {
      page: label.page,
      site: label.site,
      half: half(label),
      found: { title: titleFound, authors, date },
      label,
      right: {
        title:
          titleFound === squash(label.title) ||
          (!!label.titleAlso && titleFound === squash(label.titleAlso)),
        authors:
          sameList(authors, label.authors) ||
          (!!label.authorsAlso && sameList(authors, label.authorsAlso)),
        date: date === label.date || (!!label.dateAlso && date === label.dateAlso),
      },
    };
  });
}
