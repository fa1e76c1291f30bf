import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/api/errors';
import { normaliseText } from '../../shared/import/normaliseText';
import { linesOf } from '../../shared/import/plainText';
import { repoRoot } from '../helpers/corpus';
import { openArchive, tempDir } from '../helpers/tempLibrary';
import { readStoredLibrary, writeStoredLibrary } from '../helpers/storedLibrary';

function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const FILE = join(repoRoot, 'tests/fixtures/webText/pasted-article.txt');

/**
 * A library as the first importer left it: the pasted page's every line a passage, the comment
 * section and the site furniture run into the article.
 */
async function libraryFromTheFirstImporter(dir: string): Promise<string> {
  const archive = await openArchive(dir);
  const [outcome] = ok(
    await archive.api.importFiles({
      files: [
        { name: 'pasted-article.txt', dataBase64: (await readFile(FILE)).toString('base64') },
      ],
    }),
  ).results;
  await archive.close();
  const id = outcome!.status === 'imported' ? outcome!.source.id : '';
  const raw = normaliseText(await readFile(FILE, 'utf8'));
  const hash = createHash('sha256').update(raw).digest('hex');
  await writeFile(join(dir, 'texts', `${hash}.txt`), raw);
  const doc = readStoredLibrary(dir);
  doc.sources = doc.sources
    .filter((s) => !s.parentId)
    .map((s) => ({
      ...s,
      textHash: hash,
      sections: [],
      captions: [],
      passages: linesOf(raw)
        .filter((l) => l.text.trim())
        .map((l, i) => ({ id: `${id}-p${i + 1}`, start: l.start, end: l.end })),
    }));
  writeStoredLibrary(dir, doc);
  return id;
}

describe('re-reading a source with a better importer', () => {
  it('replaces the text, keeps highlights on their words, adds the comments, and undoes as one step', async () => {
    const dir = await tempDir();
    const id = await libraryFromTheFirstImporter(dir);
    const archive = await openArchive(dir);
    const labour = ok(await archive.api.listThemes({})).find((t) => t.name === 'labour')!;
    const old = ok(await archive.api.getSource({ id }));
    const mark = async (words: string) => {
      const passage = old.passages.find((p) => p.text.includes(words))!;
      const start = passage.start + passage.text.indexOf(words);
      return ok(
        await archive.api.createHighlight({
          sourceId: id,
          start,
          end: start + words.length,
          themeIds: [labour.id],
          note: 'Check against the union statement.',
        }),
      );
    };
    const kept = await mark('demanding the wages they had been promised');
    const gone = await mark('Thousands joined on the third day.');
    expect(
      ok(await archive.api.search({ query: 'Thousands joined' })).hits.map((h) => h.sourceId),
    ).toEqual([id]);

    const report = ok(await archive.api.reimportSource({ sourceId: id }));
    expect(report).toMatchObject({ highlightsKept: 1, highlightsOrphaned: 1, commentsAdded: 2 });
    const now = ok(await archive.api.getSource({ id }));
    const text = now.passages.map((p) => p.text).join('\n');
    expect(text).not.toContain('Thousands joined');
    expect(text).not.toContain('Type to search');
    expect(now.sections.map((s) => s.heading)).toEqual(['What the workers want']);
    expect(now.comments).toHaveLength(2);
    const highlights = ok(await archive.api.listHighlights({ sourceId: id }));
    const moved = highlights.find((h) => h.id === kept.id)!;
    expect(moved).toMatchObject({
      orphaned: false,
      quote: 'demanding the wages they had been promised',
      note: kept.note,
    });
    const passage = now.passages.find((p) => p.start <= moved.start! && moved.end! <= p.end)!;
    expect(passage.text.slice(moved.start! - passage.start, moved.end! - passage.start)).toBe(
      moved.quote,
    );
    expect(highlights.find((h) => h.id === gone.id)).toMatchObject({
      orphaned: true,
      note: gone.note,
    });
    // Search follows the new reading: the comment's words are found in the comment now.
    const found = ok(await archive.api.search({ query: 'Thousands joined' })).hits.map(
      (h) => h.sourceId,
    );
    expect(found).toEqual(now.comments.filter((c) => c.title.includes('Dana')).map((c) => c.id));

    ok(await archive.api.undo({}));
    const undone = ok(await archive.api.getSource({ id }));
    const after = ok(await archive.api.search({ query: 'Thousands joined' })).hits.map(
      (h) => h.sourceId,
    );
    await archive.close();
    expect(undone.passages.map((p) => p.id)).toEqual(old.passages.map((p) => p.id));
    expect(undone.comments).toEqual([]);
    expect(after).toEqual([id]);
  });

  it('refuses to re-read a comment or a reference, saying why', async () => {
    const archive = await openArchive(await tempDir());
    const [outcome] = ok(
      await archive.api.importFiles({
        files: [
          { name: 'pasted-article.txt', dataBase64: (await readFile(FILE)).toString('base64') },
        ],
      }),
    ).results;
    const commentId = outcome!.status === 'imported' ? outcome!.commentIds![0]! : '';
    const result = await archive.api.reimportSource({ sourceId: commentId });
    await archive.close();
    expect(result.ok === false && result.error.message).toMatch(
      /is a comment; re-read its article instead/,
    );
  });
});
