import { describe, expect, it } from 'vitest';
import { applyPatch, diffLibraries } from '../../../shared/history/changePatch';
import { emptyLibrary, type LibraryDocument } from '../../../shared/model/libraryDocument';
import type { Highlight } from '../../../shared/model/theme';

/** A tiny seeded generator, so a failing case can be run again. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const highlight = (id: string, note = ''): Highlight => ({
  id,
  sourceId: 's1',
  themeIds: ['labour'],
  note,
  anchor: { start: 0, end: 1, exact: 'a', prefix: '', suffix: '' },
  createdAt: '2026-01-01T00:00:00.000Z',
});

/** The changes by id, worked out the plain way: every id of both lists looked up. */
function plainDiff(before: Highlight[], after: Highlight[]) {
  const was = new Map(before.map((h) => [h.id, h]));
  const is = new Map(after.map((h) => [h.id, h]));
  const changed = new Map<string, [Highlight | undefined, Highlight | undefined]>();
  for (const id of new Set([...was.keys(), ...is.keys()]))
    if (was.get(id) !== is.get(id)) changed.set(id, [was.get(id), is.get(id)]);
  return changed;
}

describe('diffLibraries', () => {
  it('finds exactly the changed highlights, whatever a command added, removed, replaced or moved', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed);
      const size = Math.floor(next() * 40);
      const before = Array.from({ length: size }, (_, i) => highlight(`h${i}`));
      let after = [...before];
      const edits = 1 + Math.floor(next() * 4);
      for (let e = 0; e < edits; e++) {
        const kind = Math.floor(next() * 4);
        const at = Math.floor(next() * (after.length + 1));
        if (kind === 0) after.splice(at, 0, highlight(`new${seed}-${e}`));
        else if (kind === 1 && after.length) after.splice(at % after.length, 1);
        else if (kind === 2 && after.length) {
          const i = at % after.length;
          after[i] = highlight(after[i]!.id, `note ${e}`);
        } else if (after.length > 1) {
          const [moved] = after.splice(at % after.length, 1);
          after.splice(Math.floor(next() * after.length), 0, moved!);
        }
      }
      after = [...after];
      const doc: LibraryDocument = { ...emptyLibrary(new Date(0)), highlights: before };
      const patch = diffLibraries(doc, { ...doc, highlights: after });
      const found = new Map(
        [...(patch.highlights ?? [])].map(([id, c]) => [id, [c.before, c.after]]),
      );
      expect(found, `seed ${seed}`).toEqual(plainDiff(before, after));
      // And the patch takes the library there and back.
      const there = applyPatch(doc, patch, 'after');
      expect(new Set(there.highlights), `seed ${seed}`).toEqual(new Set(after));
      expect(new Set(applyPatch(there, patch, 'before').highlights)).toEqual(new Set(before));
    }
  });
});
