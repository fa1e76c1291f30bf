import { useTranslation } from 'react-i18next';
import type { HighlightView, SourceDetail } from '../../../shared/api/types';
import { pandocMarker } from '../../../shared/cite/pandocCitations';
import { passagePlace } from '../../../shared/cite/passagePlace';
import { quotedCitation } from '../../../shared/cite/quotedCitation';
import { useApi } from '../api/ApiContext';
import { copyAndSay, copyRich } from '../cite/copyRich';
import { useStyles } from '../cite/StylesContext';

/**
 * What the highlight popover copies: the words with their citation in the chosen style, or the
 * Pandoc marker of their passage for a draft. Each answers the line the window then says.
 */
export function useHighlightCopies(source: SourceDetail) {
  const { t } = useTranslation();
  const api = useApi();
  const { style } = useStyles();

  /** The highlighted words, exactly, with their citation and locator in the chosen style. */
  const citeHighlight = async (h: HighlightView): Promise<string> => {
    const at = h.start;
    if (at === null) return t('Its words are no longer in the text');
    const passage = source.passages.find((p) => p.start <= at && at < p.end);
    const form = style.note ? 'note' : 'in-text';
    const cited = await api.cite({
      sourceId: source.id,
      style: style.id,
      form,
      ...(passage ? { passageId: passage.id } : {}),
    });
    if (!cited.ok) return cited.error.message;
    const quoted = quotedCitation(h.quote, cited.value, form === 'note');
    return copyAndSay(
      () => copyRich(quoted.html, quoted.text),
      form === 'note'
        ? t('Copied with its note ({{style}})', { style: t(style.label) })
        : t('Copied with its citation ({{style}})', { style: t(style.label) }),
    );
  };

  /** The Pandoc marker for the highlight's passage, for a draft Dossier will render. */
  const copyMarker = async (h: HighlightView): Promise<string> => {
    const key = source.metadata['citation-key'];
    const marker = pandocMarker(
      typeof key === 'string' ? key : undefined,
      source.id,
      passagePlace(source.passages, h.start, source.chapters),
    );
    const copied = t('Copied {{what}}', { what: marker });
    const said = await copyAndSay(() => navigator.clipboard.writeText(marker), copied);
    // The key now stands in a draft: it stops following the source's details.
    if (said === copied) void api.noteKeyUse({ sourceId: source.id, use: 'copied' });
    return said;
  };

  return { citeHighlight, copyMarker };
}
