import { describe, expect, it } from 'vitest';
import type { ImportOutcome, SourceDetail } from '../../shared/api/types';
import { ok, upload } from '../helpers/apiCalls';
import { openArchive, tempDir } from '../helpers/tempLibrary';

/** Every field a writer can give a source, and the awkward ones BibTeX and RIS have no place for. */
const RICH = {
  type: 'article-newspaper',
  title: 'Gas Prices and the Steppe Strikes',
  author: [
    { given: 'Mira', family: 'Osterholt' },
    { given: 'Jonas', family: 'Vega', 'non-dropping-particle': 'de la' },
    { literal: 'Collective of Western Drivers' },
  ],
  translator: [{ given: 'Ainur', family: 'Sadykova' }],
  'container-title': 'Northern Ledger',
  publisher: 'Ledger Media',
  'publisher-place': 'Almaty',
  issued: { 'date-parts': [[2022, 1, 7]] },
  accessed: { 'date-parts': [[2024, 3, 1]] },
  URL: 'https://ledger.example/2022/01/gas-prices',
  page: 'A4',
  language: 'en',
};
const CYRILLIC = {
  type: 'webpage',
  title: 'События в Жанаозене',
  author: [{ family: 'Назарбаева', given: 'Дарига' }],
  'container-title': 'Радио Азаттык',
  issued: { 'date-parts': [[2022, 1, 5]] },
};

async function libraryWithRichSources() {
  const archive = await openArchive(await tempDir());
  const report = ok(
    await archive.api.importFiles({
      files: [
        upload('gas.txt', 'Gas prices\n\nThe price of gas doubled on the first of January.'),
        upload('gas.csl.json', JSON.stringify(RICH)),
        upload('zhanaozen.txt', 'Жанаозен\n\nНефтяники вышли на площадь.'),
        upload('zhanaozen.csl.json', JSON.stringify(CYRILLIC)),
      ],
    }),
  );
  const ids = report.results.map((r) => (r.status === 'imported' ? r.source.id : ''));
  return { archive, ids };
}

async function details(archive: Awaited<ReturnType<typeof openArchive>>): Promise<SourceDetail[]> {
  const list = ok(await archive.api.listSources({}));
  return Promise.all(list.map(async (s) => ok(await archive.api.getSource({ id: s.id }))));
}

describe('exchange with Zotero and other reference managers', () => {
  for (const format of ['csl-json', 'bibtex', 'ris'] as const) {
    it(`round-trips a library through ${format} without losing a field`, async () => {
      const { archive } = await libraryWithRichSources();
      const exported = ok(await archive.api.exportBibliography({ style: 'apa', format }));
      const before = (await details(archive)).map((d) => d.metadata);
      await archive.close();

      const fresh = await openArchive(await tempDir());
      const [outcome] = ok(
        await fresh.api.importFiles({
          files: [upload(exported.fileName, Buffer.from(exported.dataBase64, 'base64'))],
        }),
      ).results;
      expect(outcome!.status).toBe('metadata');
      const after = (await details(fresh)).map((d) => d.metadata);
      await fresh.close();
      const byTitle = (list: typeof before) =>
        [...list].sort((a, b) => String(a.title).localeCompare(String(b.title)));
      expect(byTitle(after)).toEqual(byTitle(before));
    });
  }

  it('updates the sources a re-imported export describes instead of adding them again', async () => {
    const { archive, ids } = await libraryWithRichSources();
    const exported = ok(await archive.api.exportBibliography({ style: 'apa', format: 'bibtex' }));
    const [outcome] = ok(
      await archive.api.importFiles({
        files: [upload('library.bib', Buffer.from(exported.dataBase64, 'base64'))],
      }),
    ).results;
    const list = ok(await archive.api.listSources({}));
    await archive.close();
    expect(outcome).toMatchObject({ status: 'metadata', created: [] });
    expect(outcome!.status === 'metadata' && outcome!.updated.map((s) => s.id).sort()).toEqual(
      [...ids].sort(),
    );
    expect(list).toHaveLength(2);
  });

  it('reads BibTeX and RIS written by other programs: matches by URL, keeps what the record lacks, adds the rest', async () => {
    const { archive, ids } = await libraryWithRichSources();
    const bib = `@online{zhan,
  title = {Why {Zhanaozen} Matters},
  author = {Lillis, Joanna},
  date = {2022-01-04},
  url = {https://eurasianet.example/why-zhanaozen},
  organization = {Eurasianet},
}
@book{book1,
  title = {Kazakhstan: Power and Society},
  author = {Cummings, Sally N.},
  publisher = {Routledge},
  year = {2005},
}`;
    const ris = `TY  - NEWS
TI  - A Different Headline for the Gas Story
AU  - Osterholt, Mira
UR  - https://www.ledger.example/2022/01/gas-prices/
PY  - 2022
ER  - 
`;
    const results = ok(
      await archive.api.importFiles({
        files: [
          upload('refs.bib', bib),
          upload('gas.ris', ris),
          upload('broken.bib', '@article{oops, title = {unclosed'),
        ],
      }),
    ).results;
    const all = await details(archive);
    await archive.close();
    expect(results[0]).toMatchObject({ status: 'metadata', updated: [] });
    expect(results[0]!.status === 'metadata' && results[0]!.created.map((s) => s.title)).toEqual([
      'Why Zhanaozen Matters',
      'Kazakhstan: Power and Society',
    ]);
    const book = all.find((d) => d.title === 'Kazakhstan: Power and Society')!;
    expect(book).toMatchObject({ type: 'reference', passages: [] });
    expect(book.metadata).toMatchObject({
      type: 'book',
      publisher: 'Routledge',
      author: [{ family: 'Cummings', given: 'Sally N.' }],
    });
    expect(results[1]!.status === 'metadata' && results[1]!.updated.map((s) => s.id)).toEqual([
      ids[0],
    ]);
    const gas = all.find((d) => d.id === ids[0])!;
    expect(gas.title).toBe('A Different Headline for the Gas Story');
    // What the RIS record did not give is kept from before.
    expect(gas.metadata).toMatchObject({
      translator: RICH.translator,
      'container-title': 'Northern Ledger',
      accessed: RICH.accessed,
    });
    expect((results[2] as Extract<ImportOutcome, { status: 'failed' }>).reason).toMatch(
      /^broken\.bib was not imported: /,
    );
  });

  it('applies a metadata file that comes after its text, as one undoable step', async () => {
    const archive = await openArchive(await tempDir());
    const [first] = ok(
      await archive.api.importFiles({
        files: [upload('strike.txt', 'Strike notes\n\nOil workers walked out.')],
      }),
    ).results;
    const id = first!.status === 'imported' ? first!.source.id : '';
    const [later] = ok(
      await archive.api.importFiles({
        files: [
          upload(
            'strike.csl.json',
            JSON.stringify({
              type: 'report',
              title: 'The Mangystau Strike',
              author: [{ literal: 'Human Rights Watch' }],
            }),
          ),
        ],
      }),
    ).results;
    expect(later).toMatchObject({
      status: 'metadata',
      updated: [{ id, title: 'The Mangystau Strike' }],
      created: [],
    });
    const found = ok(await archive.api.search({ query: 'Human Rights Watch' }));
    expect(found.hits.map((h) => [h.sourceId, h.field])).toContainEqual([id, 'author']);
    ok(await archive.api.undo({}));
    const undone = ok(await archive.api.getSource({ id }));
    const notFound = ok(await archive.api.search({ query: 'Human Rights Watch' }));
    await archive.close();
    expect(undone.title).toBe('Strike notes');
    expect(undone.metadata.author).toBeUndefined();
    expect(notFound.hits).toEqual([]);
  });

  it('edits a source’s details from the inspector: validated, searchable, undoable', async () => {
    const { archive, ids } = await libraryWithRichSources();
    const citedBefore = ok(
      await archive.api.cite({ sourceId: ids[0]!, style: 'apa', form: 'in-text' }),
    );
    expect(citedBefore.text).toBe('(Osterholt et al., 2022)');
    const entryBefore = ok(
      await archive.api.cite({ sourceId: ids[0]!, style: 'apa', form: 'bibliography' }),
    );
    expect(entryBefore.text).toMatch(/^Osterholt, M\./);
    const bad = await archive.api.setSourceMetadata({
      sourceId: ids[0]!,
      metadata: { author: 'not a list' } as never,
    });
    expect(bad.ok === false && bad.error.code).toBe('INVALID_INPUT');
    ok(
      await archive.api.setSourceMetadata({
        sourceId: ids[0]!,
        metadata: {
          ...RICH,
          title: 'Fuel and Fury on the Steppe',
          author: [{ family: 'Tulegenova', given: 'Saule' }],
        },
      }),
    );
    const edited = ok(await archive.api.getSource({ id: ids[0]! }));
    const hits = ok(await archive.api.search({ query: 'Tulegenova' })).hits;
    const stale = ok(await archive.api.search({ query: 'Osterholt' })).hits;
    const entry = ok(
      await archive.api.cite({ sourceId: ids[0]!, style: 'apa', form: 'bibliography' }),
    );
    const cite = ok(await archive.api.cite({ sourceId: ids[0]!, style: 'apa', form: 'in-text' }));
    await archive.close();
    expect(edited.title).toBe('Fuel and Fury on the Steppe');
    expect(hits.map((h) => h.sourceId)).toEqual([ids[0]]);
    expect(stale).toEqual([]);
    expect(cite.text).toBe('(Tulegenova, 2022)');
    // The style's engine is kept between requests; it must not keep the old details.
    expect(entry.text).toMatch(
      /^Tulegenova, S\. \(2022, January 7\)\. Fuel and Fury on the Steppe/,
    );
  });
});
