import type { ArchiveApi } from '../../shared/api/contract';

/**
 * Highlights the words of a quote in a source with a theme (by name or id), as a writer
 * selecting them would: the quote must stand within one passage.
 */
export async function tagQuote(
  api: ArchiveApi,
  sourceId: string,
  quote: string,
  theme: string,
  note = '',
): Promise<void> {
  const source = await api.getSource({ id: sourceId });
  if (!source.ok) throw new Error(source.error.message);
  const passage = source.value.passages.find((p) => p.text.includes(quote));
  if (!passage) throw new Error(`“${source.value.title}” has no passage with “${quote}”`);
  const themes = await api.listThemes({});
  const themeId = themes.ok ? themes.value.find((t) => t.name === theme || t.id === theme)?.id : '';
  if (!themeId) throw new Error(`no theme ${theme}`);
  const start = passage.start + passage.text.indexOf(quote);
  const made = await api.createHighlight({
    sourceId,
    start,
    end: start + quote.length,
    themeIds: [themeId],
    note,
  });
  if (!made.ok) throw new Error(made.error.message);
}
