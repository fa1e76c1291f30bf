type Fields = Record<string, unknown>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * An entry Dossier exported carries its whole record, but the writer may since have edited the
 * entry in another program. `baseline` is what the entry's visible fields read as when Dossier
 * wrote them; `visible` is what they read as now. A field that reads as it did is the record's
 * (with everything BibTeX or RIS cannot hold); a field changed, added or removed elsewhere is the
 * file's. So the record never overrides an edit, and an untouched entry loses nothing.
 */
export function mergeEmbedded(
  embedded: Fields,
  visible: Fields,
  baseline: Fields,
): { item: Fields; edited: string[] } {
  const item: Fields = { ...embedded };
  const edited: string[] = [];
  for (const field of new Set([...Object.keys(visible), ...Object.keys(baseline)])) {
    if (same(visible[field], baseline[field])) continue;
    edited.push(field);
    if (field in visible) item[field] = visible[field];
    else delete item[field];
  }
  return { item, edited };
}
