import type { SequenceCite } from './formatCitation';
import { findCitations } from './pandocCitations';
import type { DraftCitations } from './renderDraft';

/** The citation engine for one draft, over the sources it cites, in one style. */
export interface DraftEngine {
  note: boolean;
  /** Every citation of the draft in order; `narrative` marks "@key" in an author-date style. */
  sequence(cites: SequenceCite[][], narrative?: ReadonlySet<number>): string[];
  bibliography(): string[];
}

/**
 * A draft's Pandoc citations resolved to sources and made by the engine, ready for
 * draftAsMarkdown or draftAsHtml. In an author-date style "@key" is one citation with its
 * author in the sentence; in a note style the author's name stands in the sentence and the
 * citation goes in a note. A citation naming a key `resolve` does not know is left as written.
 */
export function citeDraft<S extends { id: string; title: string }>(
  markdown: string,
  resolve: (key: string) => S | undefined,
  engineFor: (cited: S[]) => DraftEngine,
): { doc: DraftCitations; citations: number; unknownKeys: string[] } {
  const clusters = findCitations(markdown);
  const unknown = new Set<string>();
  const resolved = clusters.map((c) => {
    const found = c.items.map((i) => resolve(i.key));
    c.items.forEach((i, k) => !found[k] && unknown.add(i.key));
    return found.every(Boolean) ? (found as S[]) : null;
  });
  const engine = engineFor([...new Set(resolved.flatMap((r) => r ?? []))]);
  const note = engine.note;
  const used = clusters.flatMap((c, i) => (resolved[i] ? [{ c, sources: resolved[i] }] : []));
  const citations = engine.sequence(
    used.map(({ c, sources }) =>
      c.items.map((item, k) => ({
        id: sources[k]!.id,
        ...(item.locator ? { locator: item.locator } : {}),
        prefix: item.prefix,
        suffix: item.suffix,
        suppressAuthor: item.suppressAuthor || (c.narrative && note),
      })),
    ),
    new Set(used.flatMap(({ c }, i) => (c.narrative && !note ? [i] : []))),
  );
  const leads = engine.sequence(
    used
      .filter(({ c }) => c.narrative && note)
      .map(({ sources }) => [{ id: sources[0]!.id, authorOnly: true }]),
  );
  let lead = 0;
  const rendered = used.map(({ c, sources }, i) => {
    const html = citations[i]!;
    if (!c.narrative || !note) return { html };
    const name = leads[lead++]!;
    // A work without an author has no name to stand in the sentence: its title does.
    return {
      html,
      lead: /NO_PRINTED_FORM/.test(name) || !name.trim() ? `“${sources[0]!.title}”` : name,
    };
  });
  let next = 0;
  return {
    doc: {
      clusters,
      rendered: resolved.map((r) => (r ? rendered[next++] : undefined)),
      note,
      bibliography: engine.bibliography(),
      heading: note ? 'Bibliography' : 'References',
    },
    citations: used.length,
    unknownKeys: [...unknown],
  };
}
