/** What the main pane shows: the open source, a theme's passages, or one of the library's views. */
export type View =
  | { kind: 'source' }
  | { kind: 'theme'; themeId: string; sourceId: string | null; editing?: boolean }
  | { kind: 'matrix' }
  | { kind: 'bibliography' }
  | { kind: 'brief' }
  | { kind: 'codebook' }
  | { kind: 'agreement' };

/** Whether a value remembered from an earlier session is a view this build can show. */
export function isView(v: unknown): v is View {
  if (typeof v !== 'object' || v === null) return false;
  const { kind, themeId, sourceId, editing } = v as Record<string, unknown>;
  if (kind === 'theme')
    return (
      typeof themeId === 'string' &&
      (sourceId === null || typeof sourceId === 'string') &&
      (editing === undefined || typeof editing === 'boolean')
    );
  return ['source', 'matrix', 'bibliography', 'brief', 'codebook', 'agreement'].includes(
    kind as string,
  );
}
