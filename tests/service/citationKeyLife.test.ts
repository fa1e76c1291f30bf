// Citation keys follow their source's details until used, then stay, and can be refreshed with
// the writer told where the old key went (issue 31, point 6: a key made from a wrong date,
// "detroit1thousands", stayed after the date was corrected, with no way to refresh it).
// Expected keys are written in Better BibTeX's default form: family name, year, first word.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Archive } from '../../electron/main/archive/archiveService';
import { ok, upload } from '../helpers/apiCalls';
import { dossier } from '../helpers/runDossier';
import { sharedPair } from '../helpers/sharedPair';
import { openArchive, tempDir } from '../helpers/tempLibrary';

let archive: Archive;

beforeEach(async () => {
  archive = await openArchive(await tempDir());
  return () => archive.close();
});

const details = (year: number) => ({
  type: 'article-newspaper',
  title: 'Harbour strike spreads',
  author: [{ family: 'Okafor', given: 'Ada' }],
  issued: { 'date-parts': [[year, 3, 2]] },
});

/** A source imported with its details in a sidecar, as from Zotero; answers its id. */
async function imported(year = 1) {
  const report = ok(
    await archive.api.importFiles({
      files: [
        upload('harbour.txt', 'Harbour strike spreads\n\nDockers stopped work on Monday.'),
        upload('harbour.csl.json', JSON.stringify(details(year))),
      ],
    }),
  );
  const first = report.results[0]!;
  if (first.status !== 'imported') throw new Error(JSON.stringify(first));
  return first.source.id;
}

const keyOf = async (id: string) =>
  ok(await archive.api.getSource({ id })).metadata['citation-key'];
const setYear = async (id: string, year: number) => {
  const { metadata } = ok(await archive.api.getSource({ id }));
  ok(
    await archive.api.setSourceMetadata({
      sourceId: id,
      metadata: { ...metadata, issued: details(year).issued },
    }),
  );
};

describe('a citation key Dossier made', () => {
  it('follows a corrected date until it is used', async () => {
    const id = await imported(1);
    expect(await keyOf(id)).toBe('okafor1harbour');
    await setYear(id, 2023);
    expect(await keyOf(id)).toBe('okafor2023harbour');
    expect(ok(await archive.api.getSource({ id })).keyState).toEqual({ fresh: null, uses: [] });
  });

  it('stays once exported, says where, and is refreshed on request (one undoable step)', async () => {
    const id = await imported(2023);
    ok(await archive.api.exportBibliography({ style: 'apa', format: 'bibtex' }));
    await setYear(id, 2024);
    expect(await keyOf(id)).toBe('okafor2023harbour');
    const state = ok(await archive.api.getSource({ id })).keyState!;
    expect(state.fresh).toBe('okafor2024harbour');
    expect(state.uses).toEqual([expect.stringMatching(/^exported as BibTeX on \d{4}-\d\d-\d\d$/)]);

    ok(await archive.api.refreshCitationKey({ sourceId: id }));
    expect(await keyOf(id)).toBe('okafor2024harbour');
    expect(ok(await archive.api.getSource({ id })).keyState).toEqual({ fresh: null, uses: [] });
    ok(await archive.api.undo({}));
    expect(await keyOf(id)).toBe('okafor2023harbour');
  });

  it('stays once copied as [@key] or cited in a rendered draft; other keys still follow', async () => {
    const copied = await imported(2023);
    ok(await archive.api.noteKeyUse({ sourceId: copied, use: 'copied' }));
    await setYear(copied, 2024);
    expect(await keyOf(copied)).toBe('okafor2023harbour');
    expect(ok(await archive.api.getSource({ id: copied })).keyState!.uses).toEqual([
      expect.stringMatching(/^copied as \[@okafor2023harbour\] on /),
    ]);

    const other = ok(
      await archive.api.importFiles({
        files: [
          upload('port.txt', 'Port closed\n\nThe port closed at noon.'),
          upload(
            'port.csl.json',
            JSON.stringify({ ...details(2020), title: 'Port closed', author: [{ family: 'Lee' }] }),
          ),
          upload('quay.txt', 'Quay reopened\n\nThe quay reopened at dawn.'),
          upload(
            'quay.csl.json',
            JSON.stringify({
              ...details(2020),
              title: 'Quay reopened',
              author: [{ family: 'Ross' }],
            }),
          ),
        ],
      }),
    ).results.flatMap((r) => (r.status === 'imported' ? [r.source.id] : []));
    const [port, quay] = other as [string, string];
    ok(
      await archive.api.renderDraft({
        markdown: 'As reported [@lee2020port].',
        style: 'apa',
        format: 'md',
        title: 'Chapter one',
      }),
    );
    await setYear(port, 2021);
    await setYear(quay, 2021);
    expect(await keyOf(port)).toBe('lee2020port');
    expect(ok(await archive.api.getSource({ id: port })).keyState!.uses).toEqual([
      expect.stringMatching(/^cited in “Chapter one” on /),
    ]);
    expect(await keyOf(quay)).toBe('ross2021quay');
  });
});

describe('a citation key the writer gave', () => {
  it('is never changed by an edit of the details', async () => {
    const id = await imported(2023);
    const { metadata } = ok(await archive.api.getSource({ id }));
    ok(
      await archive.api.setSourceMetadata({
        sourceId: id,
        metadata: { ...metadata, 'citation-key': 'harbourpiece' },
      }),
    );
    await setYear(id, 2024);
    expect(await keyOf(id)).toBe('harbourpiece');
    expect(ok(await archive.api.getSource({ id })).keyState).toEqual({
      fresh: 'okafor2024harbour',
      uses: [],
    });
  });
});

describe('the key command', () => {
  it('says where a key was used and what the details make, and refreshes it', async () => {
    const dir = await tempDir();
    const library = await openArchive(dir);
    const report = ok(
      await library.api.importFiles({
        files: [
          upload('harbour.txt', 'Harbour strike spreads\n\nDockers stopped work on Monday.'),
          upload('harbour.csl.json', JSON.stringify(details(2023))),
        ],
      }),
    );
    const first = report.results[0]!;
    const id = first.status === 'imported' ? first.source.id : '';
    ok(await library.api.exportBibliography({ style: 'apa', format: 'ris' }));
    const { metadata } = ok(await library.api.getSource({ id }));
    ok(
      await library.api.setSourceMetadata({
        sourceId: id,
        metadata: { ...metadata, issued: details(2024).issued },
      }),
    );
    await library.close();

    const shown = await dossier(['key', 'okafor2023harbour', '--library', dir]);
    expect(shown.code).toBe(0);
    expect(shown.out).toMatch(
      /^okafor2023harbour\nused:\n {2}exported as RIS on \d{4}-\d\d-\d\d\nits details now make okafor2024harbour; dossier key \S+ --refresh takes it \(update where it was used\)\n$/,
    );
    expect((await dossier(['show', id, '--library', dir])).out).toContain(
      `citation key okafor2023harbour (its details now make okafor2024harbour: see dossier key ${id})`,
    );
    const refreshed = await dossier(['key', id, '--refresh', '--library', dir]);
    expect(refreshed.out).toBe('okafor2024harbour\n');
  });
});

describe('a citation key in a shared library', () => {
  it('does not follow its details, and an export leaves the source as it was', async () => {
    const { a, b, server, source } = await sharedPair('Harbour strike\n\nDockers stopped work.');
    try {
      const before = ok(await a.api.getSource({ id: source.id }));
      ok(await a.api.exportBibliography({ style: 'apa', format: 'bibtex' }));
      ok(
        await a.api.setSourceMetadata({
          sourceId: source.id,
          metadata: { ...before.metadata, issued: { 'date-parts': [[2024]] } },
        }),
      );
      const after = ok(await a.api.getSource({ id: source.id }));
      expect(after.metadata['citation-key']).toBe(before.metadata['citation-key']);
      expect(after.keyState?.uses).toEqual([]);
    } finally {
      await a.close();
      await b.close();
      await server.close();
    }
  });
});
