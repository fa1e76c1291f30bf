import * as z from 'zod/mini';
import '../model/zodSetup';
import type { ForeignAnnotation, ReadAnnotations } from './foreignAnnotation';
import { countedAside } from './asideWords';

const short = z.string().check(z.maxLength(1_000_000));

const selector = z.looseObject({
  type: z.string(),
  exact: z.optional(short),
  prefix: z.optional(short),
  suffix: z.optional(short),
});

// Only the fields Dossier reads; Hypothesis adds others (links, permissions, flags) over time.
const annotation = z.looseObject({
  uri: z.optional(short),
  text: z.optional(short),
  tags: z.optional(z.array(short)),
  created: z.optional(short),
  references: z.optional(z.array(short)),
  document: z.optional(z.looseObject({ title: z.optional(z.array(short)) })),
  target: z.optional(
    z.array(
      z.looseObject({
        source: z.optional(short),
        selector: z.optional(z.array(selector)),
      }),
    ),
  ),
});

type Annotation = z.infer<typeof annotation>;

/** The annotation list of each shape Hypothesis hands out: the API's rows, the app's export. */
function rowsOf(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object') {
    const { rows, annotations } = value as { rows?: unknown; annotations?: unknown };
    if (Array.isArray(rows)) return rows;
    if (Array.isArray(annotations)) return annotations;
  }
  return null;
}

/** Whether parsed JSON is a Hypothesis export: annotations with a page address and targets. */
export function isHypothesisExport(value: unknown): boolean {
  const rows = rowsOf(value);
  return (
    rows !== null &&
    rows.length > 0 &&
    rows.every((r) => r !== null && typeof r === 'object' && 'target' in r)
  );
}

function titleOf(a: Annotation, url: string): string {
  const title = a.document?.title?.find((t) => t.trim())?.trim();
  return title ?? url;
}

/**
 * Hypothesis's JSON (the API's search rows, or the export the app makes): each annotation's
 * quote with its prefix and suffix, its note and tags, on the page it was made on. A note on the
 * whole page has no quote; a reply in a thread is left out and counted.
 */
export function readHypothesisExport(value: unknown): ReadAnnotations | { error: string } {
  const rows = rowsOf(value);
  if (!rows) return { error: 'it holds no list of annotations' };
  const annotations: ForeignAnnotation[] = [];
  const skipped: string[] = [];
  let unreadable = 0;
  let replies = 0;
  for (const row of rows) {
    const parsed = annotation.safeParse(row);
    if (!parsed.success) {
      unreadable++;
      continue;
    }
    const a = parsed.data;
    if (a.references?.length) {
      replies++;
      continue;
    }
    const url = a.uri ?? a.target?.[0]?.source ?? '';
    const quote = a.target?.[0]?.selector?.find((s) => s.type === 'TextQuoteSelector');
    annotations.push({
      work: {
        title: titleOf(a, url),
        authors: [],
        type: 'webpage',
        ...(/^https?:\/\//iu.test(url) ? { url } : {}),
      },
      quote: quote?.exact ?? '',
      ...(quote?.prefix ? { prefix: quote.prefix } : {}),
      ...(quote?.suffix ? { suffix: quote.suffix } : {}),
      note: a.text ?? '',
      tags: a.tags ?? [],
      ...(a.created && !Number.isNaN(Date.parse(a.created))
        ? { createdAt: new Date(a.created).toISOString() }
        : {}),
    });
  }
  if (replies)
    skipped.push(
      countedAside(
        '1 reply in a thread: a reply quotes no words.',
        '{{count}} replies in a thread: a reply quotes no words.',
        replies,
      ),
    );
  if (unreadable)
    skipped.push(
      countedAside(
        "1 annotation not in Hypothesis's shape, not read.",
        "{{count}} annotations not in Hypothesis's shape, not read.",
        unreadable,
      ),
    );
  return { tool: 'Hypothesis', annotations, skipped };
}
