import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import CSL from 'citeproc';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../../electron/main/archive/archiveService';
import type { Result } from '../../shared/api/errors';
import { bibliographyDocx } from '../../electron/main/cite/bibliographyDocx';
import { bibliographyAs } from '../../shared/cite/bibliographyOutput';
import { repoRoot } from '../helpers/corpus';
import { officialLocaleXml, officialStyleXml } from '../helpers/officialStyles';
import { dossier } from '../helpers/runDossier';
import { openArchive, tempDir } from '../helpers/tempLibrary';
import mammoth from 'mammoth';

/** The official styles as .csl XML: the expected strings come from them, not from Dossier. */
const OFFICIAL = {
  apa: officialStyleXml('apa'),
  'chicago-note': officialStyleXml('chicago-fullnote-bibliography'),
  'chicago-author-date': officialStyleXml('chicago-author-date'),
} as const;
const LOCALE = officialLocaleXml();
/**
 * A style Dossier does not build in, as a writer's .csl file: Chicago's short-note variant,
 * titled here so the label it is listed under can be checked.
 */
const ADDED_TITLE = 'Chicago (short notes), a writer’s copy';
const addedStyleXml = () =>
  officialStyleXml('chicago-note-bibliography').replace(
    /<title>[^<]*<\/title>/u,
    `<title>${ADDED_TITLE}</title>`,
  );

type Item = Record<string, unknown> & { id: string };

const ITEMS: Item[] = [
  {
    id: 'one-author',
    type: 'post-weblog',
    title: 'The bloodshed in Kazakhstan',
    'container-title': 'Global Media Literacy',
    author: [{ family: 'Smith', given: 'Jane' }],
    issued: { 'date-parts': [[2022, 1, 7]] },
    URL: 'https://example.org/bloodshed',
  },
  {
    id: 'two-authors',
    type: 'broadcast',
    genre: 'Podcast episode',
    title: 'Kazakhstani chessboard',
    'container-title': 'On the Barricades',
    publisher: 'theAnalysis.news',
    author: [
      { family: 'Stanislavski', given: 'Boyan' },
      { family: 'Cernat', given: 'Maria' },
    ],
    issued: { 'date-parts': [[2022, 1]] },
    URL: 'https://example.org/chessboard',
  },
  {
    id: 'three-authors',
    type: 'article-journal',
    title: 'Oil, labour and the state',
    'container-title': 'Central Asian Survey',
    volume: '41',
    issue: '2',
    page: '201-219',
    author: [
      { family: 'Abenova', given: 'Aigerim' },
      { family: 'Petrov', given: 'Ivan' },
      { family: 'Lee', given: 'Min' },
    ],
    issued: { 'date-parts': [[2023]] },
  },
  {
    id: 'organisation',
    type: 'report',
    title: 'Kazakhstan: events of January 2022',
    publisher: 'Human Rights Watch',
    author: [{ literal: 'Human Rights Watch' }],
    issued: { 'date-parts': [[2022, 3, 1]] },
    URL: 'https://example.org/hrw',
  },
  {
    id: 'no-author',
    type: 'article-magazine',
    title: 'Failed ‘colour revolution’ in Kazakhstan',
    'container-title': 'Lalkar',
    issued: { 'date-parts': [[2022]] },
    URL: 'https://example.org/lalkar',
  },
  {
    id: 'no-date',
    type: 'webpage',
    title: 'Kazakhstan: the roots of the rising',
    'container-title': 'In Defence of Marxism',
    URL: 'https://example.org/roots',
  },
  {
    id: 'cyrillic',
    type: 'article-newspaper',
    title: 'Январские события в Казахстане',
    'container-title': 'Ведомости',
    author: [{ family: 'Иванов', given: 'Пётр' }],
    issued: { 'date-parts': [[2022, 1, 10]] },
    language: 'ru',
  },
  {
    id: 'particle',
    type: 'book',
    title: 'Steppe and state',
    publisher: 'Verso',
    'publisher-place': 'London',
    author: [{ family: 'Cruz', given: 'Ana', 'non-dropping-particle': 'de la' }],
    issued: { 'date-parts': [[2019]] },
  },
  {
    id: 'translated',
    type: 'book',
    title: 'The nomads of the steppe',
    publisher: 'Penguin',
    author: [{ family: 'Auezov', given: 'Mukhtar' }],
    translator: [{ family: 'Keller', given: 'Anna' }],
    issued: { 'date-parts': [[2020]] },
  },
  {
    id: 'newspaper-page',
    type: 'article-newspaper',
    title: 'Troops leave Almaty',
    'container-title': 'The Guardian',
    page: '12',
    author: [{ family: 'Roth', given: 'Andrew' }],
    issued: { 'date-parts': [[2022, 1, 14]] },
  },
];

function official(
  style: keyof typeof OFFICIAL,
  item: Item,
  form: string,
  locator?: { locator: string; label: string },
) {
  const run = (format: 'text' | 'html') => {
    const engine = new CSL.Engine(
      { retrieveLocale: () => LOCALE, retrieveItem: () => item },
      OFFICIAL[style],
    );
    engine.updateItems([item.id]);
    engine.setOutputFormat(format);
    if (form === 'bibliography') {
      const html = (engine.makeBibliography() as [unknown, string[]])[1][0]!;
      return html.replace(/^\s*<div class="csl-entry">|<\/div>\s*$/g, '').trim();
    }
    return engine
      .makeCitationCluster([
        { id: item.id, ...(locator ?? {}), ...(form === 'short-note' ? { position: 1 } : {}) },
      ])
      .trim();
  };
  return { text: run('text'), html: run('html') };
}

function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

let archive: Archive;
const ids = new Map<string, string>();

beforeAll(async () => {
  archive = await openArchive(await tempDir('dossier-cite-'));
  for (const item of ITEMS) {
    const { id, ...metadata } = item;
    const text = `${String(metadata.title)}\n\nFirst paragraph of ${id}.\n\nSecond paragraph of ${id}.`;
    const report = ok(
      await archive.api.importFiles({
        files: [
          { name: `${id}.txt`, dataBase64: Buffer.from(text).toString('base64') },
          {
            name: `${id}.csl.json`,
            dataBase64: Buffer.from(JSON.stringify(metadata)).toString('base64'),
          },
        ],
      }),
    );
    const outcome = report.results[0]!;
    if (outcome.status !== 'imported') throw new Error(`${id} not imported`);
    ids.set(id, outcome.source.id);
  }
});

const FORMS = {
  apa: ['bibliography', 'in-text'],
  'chicago-note': ['bibliography', 'note', 'short-note'],
  'chicago-author-date': ['bibliography', 'in-text'],
} as const;

describe('citations through citeproc-js and the official styles', () => {
  for (const style of Object.keys(FORMS) as (keyof typeof FORMS)[]) {
    for (const form of FORMS[style]) {
      it(`${style}, ${form}: every kind of source as the official style prints it`, async () => {
        for (const item of ITEMS) {
          const got = ok(await archive.api.cite({ sourceId: ids.get(item.id)!, style, form }));
          // The source's own id is not the fixture's, and ids never print: compare the text.
          const expected = official(style, { ...item, id: ids.get(item.id)! }, form);
          expect({ id: item.id, text: got.text, html: got.html }).toEqual({
            id: item.id,
            ...expected,
          });
        }
      });
    }
  }

  it('cites a passage with its paragraph number as the locator, and returns the quote', async () => {
    const sourceId = ids.get('one-author')!;
    const detail = ok(await archive.api.getSource({ id: sourceId }));
    const passage = detail.passages[1]!;
    const got = ok(
      await archive.api.cite({ sourceId, style: 'apa', form: 'in-text', passageId: passage.id }),
    );
    expect(got.quote).toBe('Second paragraph of one-author.');
    expect(got.text).toBe('(Smith, 2022, para. 2)');
    const note = ok(
      await archive.api.cite({ sourceId, style: 'chicago-note', form: 'note', locator: 'p. 4' }),
    );
    expect(note.text).toBe(
      official('chicago-note', { ...ITEMS[0]!, id: sourceId }, 'note', {
        locator: '4',
        label: 'page',
      }).text,
    );
  });

  it('matches the APA manual for a blog post (checked by hand)', async () => {
    const got = ok(
      await archive.api.cite({
        sourceId: ids.get('one-author')!,
        style: 'apa',
        form: 'bibliography',
      }),
    );
    expect(got.text).toBe(
      'Smith, J. (2022, January 7). The bloodshed in Kazakhstan. Global Media Literacy. https://example.org/bloodshed',
    );
    expect(got.html).toContain('<i>Global Media Literacy</i>');
  });

  it('cites a reader comment as a comment on its article, with the article’s details as they are now', async () => {
    const text = await readFile(join(repoRoot, 'tests/fixtures/webText/pasted-article.txt'));
    const article = {
      type: 'webpage',
      title: 'Strikes spread along the Caspian coast',
      'container-title': 'Caspian Courier',
      URL: 'https://courier.example/strikes',
      author: [{ family: 'Keller', given: 'Anna' }],
      issued: { 'date-parts': [[2022, 1, 8]] },
    };
    // A library of its own: the shared one's sources are counted by the tests below.
    const library = await openArchive(await tempDir());
    const [imported] = ok(
      await library.api.importFiles({
        files: [
          { name: 'caspian.txt', dataBase64: text.toString('base64') },
          {
            name: 'caspian.csl.json',
            dataBase64: Buffer.from(JSON.stringify(article)).toString('base64'),
          },
        ],
      }),
    ).results;
    const commentId = imported!.status === 'imported' ? imported!.commentIds![0]! : '';
    const apa = ok(
      await library.api.cite({ sourceId: commentId, style: 'apa', form: 'bibliography' }),
    );
    // APA 7, 10.1 (comment on an online article): checked by hand against the manual's pattern.
    expect(apa.text).toBe(
      'Dana. (2022, January 9). The port strike was bigger than this suggests. Thousands joined on the third day [Comment on the article “Strikes spread along the Caspian coast”]. Caspian Courier. https://courier.example/strikes',
    );
    const comment = ok(await library.api.getSource({ id: commentId }));
    const asCited = {
      ...comment.metadata,
      id: commentId,
      genre: 'Comment on the article “Strikes spread along the Caspian coast”',
      'container-title': 'Caspian Courier',
      URL: 'https://courier.example/strikes',
    } as Item;
    const note = ok(
      await library.api.cite({ sourceId: commentId, style: 'chicago-note', form: 'note' }),
    );
    await library.close();
    expect(note.text).toBe(official('chicago-note', asCited, 'note').text);
    expect(note.text).toContain('Comment on the article “Strikes spread along the Caspian coast,”');
  });

  it('says what is missing and invents nothing', async () => {
    const got = ok(
      await archive.api.cite({ sourceId: ids.get('no-date')!, style: 'apa', form: 'bibliography' }),
    );
    expect(got.missing).toEqual(['author', 'date']);
    expect(got.text).toContain('(n.d.)');
    const noAuthor = ok(
      await archive.api.cite({ sourceId: ids.get('no-author')!, style: 'apa', form: 'in-text' }),
    );
    expect(noAuthor.text.startsWith('(“Failed ‘Colour Revolution’ in Kazakhstan,”')).toBe(true);
  });

  it('describes an untitled work in its title’s place, in brackets in APA (APA 7, 9.29)', async () => {
    const upload = (name: string, data: string) => ({
      name,
      dataBase64: Buffer.from(data).toString('base64'),
    });
    // A long first line is not taken for a title: the work has none.
    const opening = `${'The latest wave of protests began in an oil town on the coast, '.repeat(4)}and spread.`;
    const library = await openArchive(await tempDir());
    const report = ok(
      await library.api.importFiles({
        files: [
          upload('untitled.txt', `${opening}\n\nA second paragraph.`),
          upload(
            'untitled.csl.json',
            JSON.stringify({ type: 'article-magazine', author: [{ literal: 'Stefan' }] }),
          ),
        ],
      }),
    );
    const first = report.results[0]!;
    const sourceId = first.status === 'imported' ? first.source.id : '';
    const apa = ok(await library.api.cite({ sourceId, style: 'apa', form: 'bibliography' }));
    expect(apa.text).toBe('Stefan. (n.d.). [Untitled article].');
    // Chicago: a descriptive phrase, neither quoted nor italic.
    const chicago = ok(
      await library.api.cite({ sourceId, style: 'chicago-note', form: 'bibliography' }),
    );
    expect(chicago.text).toContain('Untitled article');
    expect(chicago.html).not.toMatch(/<i>Untitled|“Untitled/);
    // Still told as missing: the description stands in for a title, it is not one.
    expect(apa.missing).toContain('title');
    await library.close();
  });

  it('refuses a form the style does not have, and a file that is not a style', async () => {
    const sourceId = ids.get('one-author')!;
    expect(await archive.api.cite({ sourceId, style: 'apa', form: 'note' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(
      await archive.api.cite({ sourceId, style: 'chicago-note', form: 'in-text' }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(
      await archive.api.cite({
        sourceId,
        style: { cslXml: '<html></html>' },
        form: 'bibliography',
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('uses a .csl file from disk the same way', async () => {
    const sourceId = ids.get('one-author')!;
    const xml = addedStyleXml();
    const got = ok(
      await archive.api.cite({ sourceId, style: { cslXml: xml }, form: 'bibliography' }),
    );
    const run = new CSL.Engine(
      { retrieveLocale: () => LOCALE, retrieveItem: () => ({ ...ITEMS[0], id: sourceId }) },
      xml,
    );
    run.updateItems([sourceId]);
    run.setOutputFormat('text');
    expect(got.text).toBe((run.makeBibliography() as [unknown, string[]])[1][0]!.trim());
  });

  it('keeps a style added from a .csl file in the library, listed and usable after reopening', async () => {
    const dir = await tempDir();
    const library = await openArchive(dir);
    const xml = addedStyleXml();
    const added = ok(await library.api.addStyle({ fileName: 'chicago-short.csl', cslXml: xml }));
    expect(added).toMatchObject({ id: expect.stringMatching(/^added:[0-9a-f]{12}$/), note: true });
    expect(added.label).toBe(ADDED_TITLE);
    const again = ok(await library.api.addStyle({ fileName: 'copy.csl', cslXml: xml }));
    expect(again.id).toBe(added.id);
    const refused = await library.api.addStyle({
      fileName: 'notes.csl',
      cslXml: '<notes>no</notes>',
    });
    expect(refused.ok === false && refused.error.message).toMatch(/not a CSL style/);
    await library.close();

    const reopened = await openArchive(dir);
    const styles = ok(await reopened.api.listStyles({}));
    expect(styles.map((s) => [s.id, s.note])).toEqual([
      ['apa', false],
      ['chicago-note', true],
      ['chicago-author-date', false],
      [added.id, true],
    ]);
    const metadata = { ...ITEMS[0] };
    const [imported] = ok(
      await reopened.api.importFiles({
        files: [
          { name: 'one.txt', dataBase64: Buffer.from('One\n\nText.').toString('base64') },
          {
            name: 'one.csl.json',
            dataBase64: Buffer.from(JSON.stringify(metadata)).toString('base64'),
          },
        ],
      }),
    ).results;
    const sourceId = imported!.status === 'imported' ? imported!.source.id : '';
    const got = ok(await reopened.api.cite({ sourceId, style: added.id, form: 'note' }));
    await reopened.close();
    // The note as the added file itself prints it, run here through citeproc-js directly.
    const run = new CSL.Engine(
      { retrieveLocale: () => LOCALE, retrieveItem: () => ({ ...metadata, id: sourceId }) },
      xml,
    );
    run.updateItems([sourceId]);
    run.setOutputFormat('text');
    expect(got.text).toBe(run.makeCitationCluster([{ id: sourceId }]).trim());
  });

  it('makes a bibliography sorted as the style requires', async () => {
    const bib = ok(await archive.api.bibliography({ style: 'apa' }));
    expect(bib.entries).toHaveLength(ITEMS.length);
    const texts = bib.entries.map((e) => e.text);
    expect(texts[0]!.startsWith('Abenova')).toBe(true);
    expect(bib.hangingIndent).toBe(true);
  });

  it('exports the bibliography as Markdown, HTML, RTF, CSL-JSON and a Word document', async () => {
    const bibliography = ok(
      await archive.api.bibliography({
        style: 'apa',
        sourceIds: [ids.get('one-author')!, ids.get('particle')!],
      }),
    );
    const md = bibliographyAs('md', bibliography);
    expect(md).toContain('*Global Media Literacy*');
    expect(md.split('\n\n')).toHaveLength(2);
    const html = bibliographyAs('html', bibliography);
    expect(html).toContain('text-indent:-2em');
    expect(html).toContain('<i>Global Media Literacy</i>');
    const rtf = bibliographyAs('rtf', bibliography);
    expect(rtf.startsWith('{\\rtf1')).toBe(true);
    expect(rtf).toContain('\\li720\\fi-720');
    expect(rtf).toContain('{\\i{}Global Media Literacy}');

    const docx = await bibliographyDocx(bibliography);
    const read = await mammoth.convertToHtml({ buffer: docx });
    expect(read.value).toContain('<em>Global Media Literacy</em>');
    expect(read.value.match(/<p>/g)).toHaveLength(2);
  });

  it('round-trips metadata through CSL-JSON without losing a field', async () => {
    const bibliography = ok(await archive.api.bibliography({ style: 'apa' }));
    const exported = JSON.parse(bibliographyAs('csl-json', bibliography)) as Item[];
    expect(exported).toHaveLength(ITEMS.length);
    const again = await openArchive(await tempDir());
    for (const item of exported) {
      // Every source carries the readable citation key the library gave it, as its id too:
      // Pandoc cites a CSL-JSON item by its id.
      const { id, 'citation-key': key, ...metadata } = item;
      expect(key).toMatch(/^[a-z]+(\d{4})?[a-z0-9]*$/);
      expect(id).toBe(key);
      const fixture = ITEMS.find((i) => i.title === metadata.title)!;
      const { id: _fixtureId, ...original } = fixture;
      expect(metadata).toEqual(original);
      await again.api.importFiles({
        files: [
          {
            name: `${id}.txt`,
            dataBase64: Buffer.from(`${String(metadata.title)}\n\nText.`).toString('base64'),
          },
          {
            name: `${id}.csl.json`,
            dataBase64: Buffer.from(JSON.stringify(item)).toString('base64'),
          },
        ],
      });
    }
    const reexported = JSON.parse(
      bibliographyAs('csl-json', ok(await again.api.bibliography({ style: 'apa' }))),
    ) as Item[];
    const strip = (list: Item[]) =>
      list
        .map(({ id: _id, ...rest }) => rest)
        .sort((a, b) => String(a.title).localeCompare(String(b.title)));
    expect(strip(reexported)).toEqual(strip(exported));
    await again.close();
  });

  it('exports a bibliography file for the window to save', async () => {
    const file = ok(
      await archive.api.exportBibliography({ style: 'chicago-note', format: 'docx' }),
    );
    expect(file).toMatchObject({
      fileName: 'bibliography.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      count: ITEMS.length,
    });
    const read = await mammoth.extractRawText({ buffer: Buffer.from(file.dataBase64, 'base64') });
    expect(read.value).toContain('Human Rights Watch');
    const md = ok(
      await archive.api.exportBibliography({
        style: 'apa',
        format: 'md',
        sourceIds: [ids.get('particle')!],
      }),
    );
    expect(Buffer.from(md.dataBase64, 'base64').toString('utf8')).toBe(
      'de la Cruz, A. (2019). *Steppe and state*. Verso.',
    );
  });
});

describe('citation keys', () => {
  it('gives each imported source a readable key, unique in the library, that the CLI and search take', async () => {
    const lib = await tempDir();
    const archive = await openArchive(lib);
    const csl = (title: string, family: string | null, site: string) =>
      Buffer.from(
        JSON.stringify({
          title,
          ...(family ? { author: [{ family }] } : {}),
          'container-title': site,
          issued: { 'date-parts': [[2022, 1]] },
        }),
      ).toString('base64');
    const text = (title: string) => Buffer.from(`${title}\n\nText.`).toString('base64');
    ok(
      await archive.api.importFiles({
        files: [
          { name: 'a.txt', dataBase64: text('Failed colour revolution') },
          {
            name: 'a.csl.json',
            dataBase64: csl('Failed ‘colour revolution’ in Kazakhstan', null, 'Lalkar'),
          },
          { name: 'b.txt', dataBase64: text('The roots') },
          { name: 'b.csl.json', dataBase64: csl('The roots of the rising', 'Stefan', 'Blog') },
          { name: 'c.txt', dataBase64: text('Roots again') },
          { name: 'c.csl.json', dataBase64: csl('Roots, again', 'Stefan', 'Blog') },
        ],
      }),
    );
    const keys = await Promise.all(
      ok(await archive.api.listSources({})).map(async (s) => {
        const detail = ok(await archive.api.getSource({ id: s.id }));
        return detail.metadata['citation-key'];
      }),
    );
    // The issue's own examples: author (or site) + year + the title's first significant word.
    expect(keys.sort()).toEqual(['lalkar2022failed', 'stefan2022roots', 'stefan2022rootsa']);
    const hits = ok(await archive.api.search({ query: 'lalkar2022failed' }));
    expect(hits.hits[0]?.field).toBe('key');
    await archive.close();
    const cited = await dossier(['cite', 'lalkar2022failed', '--style', 'apa', '--library', lib]);
    expect(cited.code).toBe(0);
    expect(cited.out).toMatch(/Failed ‘colour revolution’ in Kazakhstan/);
  });
});
