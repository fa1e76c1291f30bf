import { describe, expect, it } from 'vitest';
import { ok, upload } from '../helpers/apiCalls';
import { openArchive, tempDir } from '../helpers/tempLibrary';

describe('what changed, for the window to refresh only that', () => {
  it('names what each change touched, numbered, from any earlier point', async () => {
    const archive = await openArchive(await tempDir());
    const start = ok(await archive.api.changesSince({ after: 0 })).revision;

    const imported = ok(
      await archive.api.importFiles({
        files: [upload('a.txt', 'Alpha\n\nDockers struck.'), upload('b.txt', 'Beta\n\nQuiet.')],
      }),
    );
    const [a, b] = imported.results.map((r) => (r.status === 'imported' ? r.source.id : ''));
    const afterImport = ok(await archive.api.changesSince({ after: start }));
    expect(afterImport).toMatchObject({ everything: false, sources: true, themes: false });
    expect(afterImport.sourceIds.sort()).toEqual([a, b].sort());

    const passage = ok(await archive.api.getSource({ id: a! })).passages[0]!;
    ok(
      await archive.api.createHighlight({
        sourceId: a!,
        start: passage.start,
        end: passage.end,
        themeIds: ['labour'],
      }),
    );
    const afterTag = ok(await archive.api.changesSince({ after: afterImport.revision }));
    // A highlight changes its source and the theme counts, not the list of sources.
    expect(afterTag).toMatchObject({
      sources: false,
      sourceIds: [a],
      highlights: true,
      themes: false,
      everything: false,
    });

    ok(await archive.api.updateTheme({ id: 'clans', description: 'Kin.' }));
    ok(await archive.api.setSourceNote({ sourceId: b!, note: 'Read again.' }));
    const both = ok(await archive.api.changesSince({ after: afterTag.revision }));
    // A note is not in the list of sources: the list stays, the source is read again.
    expect(both).toMatchObject({ themes: true, highlights: false, sources: false, sourceIds: [b] });

    ok(await archive.api.undo({}));
    const undone = ok(await archive.api.changesSince({ after: both.revision }));
    expect(undone).toMatchObject({ sourceIds: [b], themes: false });

    // Nothing new: an empty set; a point the service never reached: everything.
    expect(ok(await archive.api.changesSince({ after: undone.revision }))).toMatchObject({
      sources: false,
      sourceIds: [],
      everything: false,
    });
    expect(ok(await archive.api.changesSince({ after: undone.revision + 5 })).everything).toBe(
      true,
    );
  });
});
