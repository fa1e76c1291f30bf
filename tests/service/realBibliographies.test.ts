// Import of reference files Dossier was not shaped on: a sample of biblatex's own example
// bibliography and cases from Zotero's RIS translator (tests/fixtures/exchange, with licences).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportOutcome, SourceDetail } from '../../shared/api/types';
import { repoRoot } from '../helpers/corpus';
import { ok, upload } from '../helpers/apiCalls';
import { openArchive, tempDir } from '../helpers/tempLibrary';

const exchange = join(repoRoot, 'tests/fixtures/exchange');
const biblatexSample = readFileSync(join(exchange, 'biblatex-examples-sample.bib'), 'utf8');
interface ZoteroCase {
  input: string;
  items: {
    title?: string;
    creators?: { lastName?: string; creatorType: string }[];
    date?: string;
    DOI?: string;
    publicationTitle?: string;
  }[];
}
const zotero = JSON.parse(readFileSync(join(exchange, 'zotero-ris-cases.json'), 'utf8')) as {
  cases: ZoteroCase[];
};

type Archive = Awaited<ReturnType<typeof openArchive>>;

async function importOne(archive: Archive, name: string, text: string): Promise<ImportOutcome> {
  const [outcome] = ok(await archive.api.importFiles({ files: [upload(name, text)] })).results;
  return outcome!;
}
async function details(archive: Archive): Promise<SourceDetail[]> {
  const list = ok(await archive.api.listSources({}));
  return Promise.all(list.map(async (s) => ok(await archive.api.getSource({ id: s.id }))));
}
const byKey = (all: SourceDetail[], key: string) =>
  all.find((d) => d.metadata['citation-key'] === key)!;
// The keys and @string macros as the file itself declares them.
const keysInFile = [...biblatexSample.matchAll(/^@(?!string)\w+\{([^,]+),/gm)].map((m) => m[1]!);

describe('biblatex’s example bibliography', () => {
  it('reads every entry with its biblatex fields: date, journaltitle, location, @string macros', async () => {
    const archive = await openArchive(await tempDir());
    const outcome = await importOne(archive, 'biblatex-examples.bib', biblatexSample);
    const all = await details(archive);
    await archive.close();
    expect(outcome.status).toBe('metadata');
    expect(outcome.status === 'metadata' && outcome.created).toHaveLength(keysInFile.length);
    expect(outcome.status === 'metadata' && outcome.setAside).toBeUndefined();
    expect(all.every((d) => d.metadata.issued)).toBe(true);
    // journaltitle = jomch, with @string{jomch = {J.~Organomet. Chem.}}; date = 2006.
    expect(byKey(all, 'aksin').metadata).toMatchObject({
      type: 'article-journal',
      'container-title': expect.stringMatching(/^J\.\sOrganomet\. Chem\.$/),
      issued: { 'date-parts': [[2006]] },
    });
    // date = {1991-03}-style dates and "location" as the place.
    expect(byKey(all, 'loh').metadata).toMatchObject({ 'publisher-place': 'Cambridge, Mass.' });
    // A crossref'd chapter takes its book's title, date and publisher.
    expect(byKey(all, 'westfahl:space').metadata).toMatchObject({
      'container-title': expect.stringMatching(/^Space and Beyond/),
      issued: { 'date-parts': [[2000]] },
      publisher: 'Greenwood',
    });
  });

  it('prints no raw LaTeX and no raw type names in APA or Chicago', async () => {
    const archive = await openArchive(await tempDir());
    await importOne(archive, 'biblatex-examples.bib', biblatexSample);
    const all = await details(archive);
    const texts: string[] = [];
    for (const style of ['apa', 'chicago-author-date', 'chicago-note'] as const)
      texts.push(...ok(await archive.api.bibliography({ style })).entries.map((e) => e.text));
    await archive.close();
    expect(texts.filter((t) => /\\[A-Za-z]|[{}]/.test(t))).toEqual([]);
    // "The \TeX book" is Knuth's "The TeXbook"; "methodology\hyphen independent" is hyphenated.
    expect(byKey(all, 'knuth:ct:a').metadata.title).toBe('The TeXbook');
    expect(byKey(all, 'kastenholz').metadata.title).toMatch(
      /^Computation of methodology-independent/,
    );
    // type = {phdthesis} is biblatex's key for the words "PhD thesis" (english.lbx).
    expect(texts.some((t) => /\[Phdthesis\]|phdthesis/i.test(t))).toBe(false);
    expect(texts.some((t) => t.includes('PhD thesis'))).toBe(true);
  });

  it('keeps citation keys: shown, searchable, usable as an id, and written back on export', async () => {
    const archive = await openArchive(await tempDir());
    await importOne(archive, 'biblatex-examples.bib', biblatexSample);
    const cited = ok(await archive.api.cite({ sourceId: 'aksin', style: 'apa', form: 'in-text' }));
    const found = ok(await archive.api.search({ query: 'westfahl:space' })).hits;
    const exported = ok(await archive.api.exportBibliography({ style: 'apa', format: 'bibtex' }));
    const all = await details(archive);
    await archive.close();
    expect(cited.text).toBe('(Aksın et al., 2006)');
    expect(found.map((h) => [h.sourceId, h.field])).toContainEqual([
      byKey(all, 'westfahl:space').id,
      'key',
    ]);
    const written = Buffer.from(exported.dataBase64, 'base64').toString('utf8');
    const keysOut = [...written.matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);
    expect(keysOut.sort()).toEqual([...keysInFile].sort());
  });

  it('sets aside one entry the parser cannot read, names its line, and imports the rest', async () => {
    const archive = await openArchive(await tempDir());
    const broken = biblatexSample.replace(
      /@article\{reese,/,
      '@article{bad,\n  title = {A field with a stray " quote and {unbalanced} = }{},\n}\n\n@article{reese,',
    );
    const badLine = broken.split('\n').findIndex((l) => l.startsWith('@article{bad,')) + 1;
    const outcome = await importOne(archive, 'mixed.bib', broken);
    await archive.close();
    expect(outcome.status).toBe('metadata');
    if (outcome.status !== 'metadata') return;
    expect(outcome.created).toHaveLength(keysInFile.length);
    expect(outcome.setAside).toEqual([
      expect.stringContaining(`entry bad (line ${badLine}) was set aside`),
    ]);
  });

  it('lets an entry edited in another program win over the record Dossier embedded in it', async () => {
    const archive = await openArchive(await tempDir());
    await importOne(archive, 'refs.bib', biblatexSample);
    const exported = ok(await archive.api.exportBibliography({ style: 'apa', format: 'bibtex' }));
    await archive.close();
    const written = Buffer.from(exported.dataBase64, 'base64').toString('utf8');
    const edited = written.replace(/title = \{The \{TeXbook\}\}/, 'title = {The TeXbook, revised}');
    expect(edited).not.toBe(written);

    const fresh = await openArchive(await tempDir());
    const outcome = await importOne(fresh, 'edited.bib', edited);
    const all = await details(fresh);
    await fresh.close();
    expect(byKey(all, 'knuth:ct:a').metadata.title).toBe('The TeXbook, revised');
    // Entries not edited come back from their records whole.
    expect(byKey(all, 'geer').metadata.genre).toBe('PhD thesis');
    expect(outcome.status === 'metadata' && outcome.warnings).toEqual([
      expect.stringMatching(/^entry knuth:ct:a \(line \d+\) was edited outside Dossier; its title/),
    ]);
  });
});

describe('Zotero’s RIS test cases', () => {
  for (const [index, c] of zotero.cases.entries()) {
    it(`reads case ${index + 1} as Zotero does: title, authors in order, year, DOI, journal`, async () => {
      const archive = await openArchive(await tempDir());
      const outcome = await importOne(archive, `case${index + 1}.ris`, c.input);
      const all = await details(archive);
      await archive.close();
      expect(outcome.status).toBe('metadata');
      expect(all).toHaveLength(c.items.length);
      const want = c.items[0]!;
      const got = all[0]!.metadata;
      if (want.title) expect(got.title).toBe(want.title);
      const authors = (want.creators ?? []).filter((a) => a.creatorType === 'author');
      expect((got.author ?? []).map((a) => a.family ?? a.literal)).toEqual(
        authors.map((a) => a.lastName),
      );
      const year = /^\d{4}/.exec(want.date ?? '')?.[0];
      if (year && year !== '0000') expect(got.issued?.['date-parts']?.[0]?.[0]).toBe(Number(year));
      // Zotero leaves a DOI written alone in a note (N1) unread; Dossier reads it, so only
      // Zotero's DOIs are compared.
      if (want.DOI) expect(got.DOI).toBe(want.DOI);
      if (want.publicationTitle) expect(got['container-title']).toBe(want.publicationTitle);
      // A DOI is never a genre ("[Doi: 10…]").
      expect(String(got.genre ?? '')).not.toMatch(/doi/i);
    });
  }

  it('keeps a translated title and its authors apart, and writes them back as TT and TA', async () => {
    const archive = await openArchive(await tempDir());
    await importOne(archive, 'aggr.ris', zotero.cases.at(-1)!.input);
    const [source] = await details(archive);
    const exported = ok(await archive.api.exportBibliography({ style: 'apa', format: 'ris' }));
    await archive.close();
    expect(source!.metadata.title).toBe('Title');
    expect(source!.metadata.custom).toEqual({
      'translated-title': 'Translated Title',
      'translated-author': [{ family: 'Author', given: 'Translated' }],
    });
    const ris = Buffer.from(exported.dataBase64, 'base64').toString('utf8');
    expect(ris).toMatch(/^TT {2}- Translated Title$/m);
    expect(ris).toMatch(/^TA {2}- Author, Translated$/m);
  });

  it('writes long RIS fields on one line, never cut mid-word', async () => {
    const archive = await openArchive(await tempDir());
    const title =
      'Nachgelassene Fragmente aus den Jahren achtzehnhundertachtzig bis achtzehnhundertneunzig';
    await importOne(
      archive,
      'long.ris',
      `TY  - BOOK\nTI  - ${title}\nAU  - Nietzsche, Friedrich\nER  - \n`,
    );
    const exported = ok(await archive.api.exportBibliography({ style: 'apa', format: 'ris' }));
    await archive.close();
    const ris = Buffer.from(exported.dataBase64, 'base64').toString('utf8');
    expect(ris).toContain(`TI  - ${title}\n`);
  });
});
