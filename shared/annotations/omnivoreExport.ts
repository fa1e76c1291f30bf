import * as z from 'zod/mini';
import '../model/zodSetup';
import { parseBoundedJson } from '../import/boundedJson';
import type { ForeignAnnotation, ReadAnnotations } from './foreignAnnotation';
import { aside, countedAside } from './asideWords';

/** The lists of an Omnivore export are named by the range of items each holds. */
export const OMNIVORE_LIST = /(?:^|\/)metadata_\d+_to_\d+\.json$/u;
/** Each saved item's highlights, as Markdown, under its slug. */
const HIGHLIGHTS_FILE = /^highlights\/([^/]+)\.md$/u;

const short = z.string().check(z.maxLength(100_000));

// Only the fields Dossier reads; the export's shape grew over Omnivore's last year.
const item = z.looseObject({
  slug: short,
  title: z.optional(z.nullable(short)),
  author: z.optional(z.nullable(short)),
  url: z.optional(z.nullable(short)),
});
const list = z.array(item);

/** The files of an Omnivore export that hold what Dossier takes, by their path in the zip. */
export interface OmnivoreFiles {
  lists: { name: string; text: string }[];
  highlights: Map<string, string>;
}

/** The slug of an item's file of highlights in the export; null for any other file. */
export const omnivoreSlug = (path: string) => HIGHLIGHTS_FILE.exec(path)?.[1] ?? null;

/** Whether parsed JSON is one of an Omnivore export's lists of saved items. */
export function isOmnivoreList(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((v) => item.safeParse(v).success && 'savedAt' in (v as object))
  );
}

interface MarkdownHighlight {
  quote: string;
  tags: string[];
  note: string;
}

const LABELS = /^#\S+(?:\s+#\S+)*$/u;

/**
 * One item's highlights as Omnivore wrote them: each quote in a block of "> " lines (an empty
 * line inside a quote written as "> "), then its labels as "#name" on a block of their own,
 * then the writer's note; blocks are parted by empty lines. A note before any quote is a note
 * on the whole item.
 */
export function readOmnivoreHighlights(markdown: string): MarkdownHighlight[] {
  const blocks = markdown
    .replace(/\r\n?/gu, '\n')
    .split(/\n[ \t]*\n/u)
    .map((b) => b.replace(/^\n+|\s+$/gu, ''))
    .filter(Boolean);
  const found: MarkdownHighlight[] = [];
  let current: MarkdownHighlight | null = null;
  const notes: string[] = [];
  const close = () => {
    if (current) current.note = notes.join('\n\n');
    else if (notes.length) found.push({ quote: '', tags: [], note: notes.join('\n\n') });
    notes.length = 0;
  };
  for (const block of blocks) {
    if (block.startsWith('>')) {
      close();
      // A paragraph break inside a quote was written as a "> " line: stripped, it is empty again.
      const quote = block
        .split('\n')
        .map((line) => line.replace(/^> ?/u, ''))
        .join('\n')
        .trim();
      current = { quote, tags: [], note: '' };
      found.push(current);
    } else if (current && !notes.length && !current.tags.length && LABELS.test(block)) {
      current.tags = block.split(/\s+/u).map((t) => t.slice(1));
    } else notes.push(block);
  }
  close();
  return found;
}

/**
 * An Omnivore export (the zip the service mailed, or its files): each saved item's highlights
 * from `highlights/SLUG.md`, its title, author and address from the `metadata_N_to_M.json`
 * lists. Omnivore kept no page or place for a highlight, so a quote is placed by its words.
 */
export function readOmnivoreExport(files: OmnivoreFiles): ReadAnnotations | { error: string } {
  const items = new Map<string, z.infer<typeof item>>();
  const skipped: string[] = [];
  for (const { name, text } of files.lists) {
    let value: unknown;
    try {
      value = parseBoundedJson(text);
    } catch (error) {
      skipped.push(
        aside('{{name}} could not be read: {{detail}}.', {
          name,
          detail: error instanceof Error ? error.message : 'not JSON',
        }),
      );
      continue;
    }
    const parsed = list.safeParse(value);
    if (!parsed.success) {
      skipped.push(aside('{{name}}: not a list of saved items as Omnivore wrote them.', { name }));
      continue;
    }
    for (const entry of parsed.data) items.set(entry.slug, entry);
  }
  if (!items.size && !files.highlights.size)
    return { error: 'it holds no list of saved items (metadata_N_to_M.json) Dossier can read' };

  const annotations: ForeignAnnotation[] = [];
  let orphans = 0;
  let empty = 0;
  for (const [slug, markdown] of files.highlights) {
    const saved = items.get(slug);
    if (!saved) {
      orphans++;
      continue;
    }
    const title = saved.title?.trim() || saved.url?.trim() || slug;
    const author = saved.author?.trim();
    const work = {
      title,
      authors: author ? [author] : [],
      ...(saved.url ? { url: saved.url.trim() } : {}),
      type: 'webpage' as const,
    };
    for (const h of readOmnivoreHighlights(markdown)) {
      if (!h.quote && !h.note) {
        empty++;
        continue;
      }
      annotations.push({ work, quote: h.quote, note: h.note, tags: h.tags });
    }
  }
  const without = [...items.keys()].filter((slug) => !files.highlights.has(slug)).length;
  if (without)
    skipped.push(
      countedAside(
        "1 saved item without highlights (their pages are in the export's content folder; import those you want as articles).",
        "{{count}} saved items without highlights (their pages are in the export's content folder; import those you want as articles).",
        without,
      ),
    );
  if (orphans)
    skipped.push(
      countedAside(
        '1 file of highlights whose item is in no list of the export.',
        '{{count}} files of highlights whose item is in no list of the export.',
        orphans,
      ),
    );
  if (empty) skipped.push(countedAside('1 empty highlight.', '{{count}} empty highlights.', empty));
  return { tool: 'Omnivore', annotations, skipped };
}
