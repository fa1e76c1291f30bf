import { describe, expect, it } from 'vitest';
import { applyPatch, diffLibraries, isEmptyPatch } from '../../../shared/history/changePatch';
import { emptyLibrary } from '../../../shared/model/libraryDocument';
import { addTheme, mergeThemes } from '../../../shared/themes/codebookEdits';

describe('change patches', () => {
  it('record what a command changed, and restore either side', () => {
    const before = addTheme(emptyLibrary(new Date(0)), { name: 'army' });
    const after = mergeThemes(before, 'army', 'casualties');
    const patch = diffLibraries(before, after);
    expect(patch.themes?.size).toBe(1);
    expect(
      applyPatch(after, patch, 'before')
        .themes.map((t) => t.id)
        .sort(),
    ).toEqual(before.themes.map((t) => t.id).sort());
    expect(applyPatch(before, patch, 'after').themes).toEqual(after.themes);
  });

  it('are empty when nothing changed', () => {
    const doc = emptyLibrary(new Date(0));
    expect(isEmptyPatch(diffLibraries(doc, { ...doc }))).toBe(true);
  });
});
