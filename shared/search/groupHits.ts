export interface HitGroup<H> {
  sourceId: string;
  hits: H[];
}

/** Groups hits by source, sources in the order of their best hit, hits in their own order. */
export function groupHitsBySource<H extends { sourceId: string }>(
  hits: readonly H[],
): HitGroup<H>[] {
  const groups = new Map<string, HitGroup<H>>();
  for (const hit of hits) {
    let group = groups.get(hit.sourceId);
    if (!group) groups.set(hit.sourceId, (group = { sourceId: hit.sourceId, hits: [] }));
    group.hits.push(hit);
  }
  return [...groups.values()];
}
