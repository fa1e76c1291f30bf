import type { HighlightView, ThemeView } from '../../../shared/api/types';
import type { Highlight, Theme } from '../../../shared/model/theme';
import { resolveAnchor } from '../../../shared/themes/highlightAnchor';
import type { SignatureCheck } from '../sync/signatureCheck';

export function toThemeView(theme: Theme, counts: Map<string, number>): ThemeView {
  return { ...theme, highlightCount: counts.get(theme.id) ?? 0 };
}

/** `text` is the source's text now; null when it cannot be read, which orphans nothing. */
export function toHighlightView(
  h: Highlight,
  text: string | null,
  signatureOf?: SignatureCheck,
): HighlightView {
  const signature = signatureOf?.(h);
  const base = {
    id: h.id,
    sourceId: h.sourceId,
    themeIds: h.themeIds,
    note: h.note,
    quote: h.anchor.exact,
    createdAt: h.createdAt,
    // In a shared library, the key of the writer who last tagged or edited it.
    ...(typeof h.by === 'string' ? { writer: h.by } : {}),
    ...(signature ? { signature } : {}),
  };
  if (text === null) return { ...base, start: h.anchor.start, end: h.anchor.end, orphaned: false };
  const resolved = resolveAnchor(text, h.anchor);
  return resolved.orphaned
    ? { ...base, start: null, end: null, orphaned: true }
    : { ...base, start: resolved.start, end: resolved.end, orphaned: false };
}
