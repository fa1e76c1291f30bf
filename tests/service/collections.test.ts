import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/api/errors';
import { asUpload, fixtureFiles } from '../helpers/corpus';
import { openArchive, tempDir } from '../helpers/tempLibrary';

function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('collections of sources', () => {
  it('are saved in the library, compared in a brief in their order, and deleted as an undoable step', async () => {
    const dir = await tempDir();
    const archive = await openArchive(dir);
    ok(await archive.api.importFiles({ files: fixtureFiles().map((f) => asUpload(f)) }));
    const sources = ok(await archive.api.listSources({}));
    const id = (file: string) => sources.find((s) => s.file === file)!.id;
    const chosen = [id('oil-strike.txt'), id('capital-and-clans.txt')];
    const saved = ok(
      await archive.api.saveCollection({ name: 'West and elites', sourceIds: chosen }),
    );
    const missing = await archive.api.saveCollection({
      name: 'Ghost',
      sourceIds: ['s000000000000'],
    });
    expect(missing.ok === false && missing.error.code).toBe('NOT_FOUND');
    await archive.close();

    const reopened = await openArchive(dir);
    expect(ok(await reopened.api.listCollections({}))).toEqual([saved]);
    const brief = ok(
      await reopened.api.makeBrief({
        themeIds: ['casualties'],
        collectionId: saved.id,
        style: 'apa',
        order: 'chosen',
      }),
    );
    expect(brief.matrix.rows.map((r) => r.sourceId)).toEqual(chosen);
    expect(brief.sections[0]!.notDiscussed.map((s) => s.sourceId)).toEqual(chosen);

    ok(await reopened.api.deleteCollection({ id: saved.id }));
    expect(ok(await reopened.api.listCollections({}))).toEqual([]);
    ok(await reopened.api.undo({}));
    const restored = ok(await reopened.api.listCollections({}));
    await reopened.close();
    expect(restored).toEqual([saved]);
  });
});
