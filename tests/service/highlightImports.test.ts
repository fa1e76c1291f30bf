import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Archive } from '../../electron/main/archive/archiveService';
import type { ImportOutcome } from '../../shared/api/types';
import { ok, upload } from '../helpers/apiCalls';
import { repoRoot } from '../helpers/corpus';
import { dossier } from '../helpers/runDossier';
import { archivePerTest } from '../helpers/archivePerTest';
import { tempDir } from '../helpers/tempLibrary';

const WIKIPEDIA = 'https://en.wikipedia.org/wiki/Regression_testing';

/** The Omnivore fixture packed as Omnivore packed its exports. */
async function omnivoreZip(): Promise<Uint8Array> {
  const JSZip = (await import('jszip')).default;
  const zip = new JSZip();
  const root = join(repoRoot, 'tests/fixtures/highlights/omnivore/export');
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    zip.file(relative(root, path), readFileSync(path));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const fixture = (path: string) =>
  readFileSync(join(repoRoot, 'tests/fixtures/highlights', path), 'utf8');

type Highlights = Extract<ImportOutcome, { status: 'highlights' }>;

const library = archivePerTest();

async function themeNamed(a: Archive, name: string) {
  ok(
    await a.api.createTheme({ name, color: '#aa0000', description: '', parentId: null, cues: [] }),
  );
}

async function importOne(
  a: Archive,
  name: string,
  data: string | Uint8Array,
): Promise<ImportOutcome> {
  const [outcome] = ok(await a.api.importFiles({ files: [upload(name, data)] })).results;
  return outcome!;
}

async function importHighlights(
  a: Archive,
  name: string,
  data: string | Uint8Array,
): Promise<Highlights> {
  const outcome = await importOne(a, name, data);
  if (outcome.status !== 'highlights') throw new Error(JSON.stringify(outcome));
  return outcome;
}

async function allHighlights(a: Archive) {
  const out = [];
  for (const s of ok(await a.api.listSources({}))) {
    const source = ok(await a.api.getSource({ id: s.id }));
    for (const h of source.highlights) out.push({ ...h, source });
  }
  return out;
}

describe('highlights made in Hypothesis', () => {
  it('land on the saved page at their words, and each one that cannot is listed and kept', async () => {
    const a = await library();
    const page = await importOne(
      a,
      'wikipedia-regression-testing.html',
      fixture('hypothesis/wikipedia-regression-testing.html'),
    );
    expect(page.status).toBe('imported');
    const json = fixture('hypothesis/wikipedia-regression-testing.json');
    const outcome = await importHighlights(a, 'hypothesis.json', json);
    expect(outcome.tool).toBe('Hypothesis');
    expect(outcome.sourcesAdded).toEqual([]);

    // Every annotation the export holds is a highlight on its words, or named as not placed.
    const rows = (
      JSON.parse(json) as {
        rows: { text: string; target: { selector: { type: string; exact?: string }[] }[] }[];
      }
    ).rows;
    const highlights = await allHighlights(a);
    const source = highlights[0]!.source;
    for (const row of rows) {
      const exact = row.target[0]!.selector.find((s) => s.type === 'TextQuoteSelector')!.exact!;
      const placed = highlights.find((h) => h.quote === exact);
      if (placed) {
        expect(placed.note).toBe(row.text);
        expect(placed.themeIds).toEqual(['imported-highlights']);
      } else {
        expect(outcome.notPlaced.some((line) => line.includes(`“${exact}”`))).toBe(true);
        expect(source.note).toContain(`“${exact}” — ${row.text}`);
      }
    }
    expect(outcome.highlightsAdded).toBe(highlights.length);
    expect(outcome.highlightsAdded + outcome.notPlaced.length).toBe(rows.length);
    // The page's footer ("last modified on …") is not the article: the writer is told.
    expect(outcome.notPlaced).toEqual([
      '“11 November 2016” — Footer in “Regression testing”: its words are not in the text.',
    ]);
    // The article's body holds these two sentences: they must be placed, whatever else is not.
    expect(highlights.map((h) => h.quote)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^The purpose of regression testing is to ensure/),
        expect.stringMatching(/^Therefore, in most software development situations/),
      ]),
    );
  });

  it('takes the same file again without a second copy of any highlight', async () => {
    const a = await library();
    await importOne(a, 'page.html', fixture('hypothesis/wikipedia-regression-testing.html'));
    const json = fixture('hypothesis/wikipedia-regression-testing.json');
    const first = await importHighlights(a, 'hypothesis.json', json);
    const again = await importHighlights(a, 'hypothesis.json', json);
    expect(again.highlightsAdded).toBe(0);
    expect(again.highlightsExisting).toBe(first.highlightsAdded);
    expect(await allHighlights(a)).toHaveLength(first.highlightsAdded);
  });

  it('reads annotations that are not in its shape as set aside, and a reply as left out', async () => {
    const a = await library();
    const rows = [
      {
        uri: 'https://example.org/a',
        text: 'page note',
        target: [{ source: 'https://example.org/a' }],
      },
      { uri: 'https://example.org/a', text: 'reply', references: ['x'], target: [{}] },
      { uri: 42, target: 'nonsense' },
    ];
    const outcome = await importHighlights(a, 'annotations.json', JSON.stringify(rows));
    expect(outcome.setAside).toEqual([
      '1 reply in a thread: a reply quotes no words.',
      "1 annotation not in Hypothesis's shape, not read.",
    ]);
    // A note on a page the library does not hold is named, not lost.
    expect(outcome.notPlaced).toEqual([
      'A note on “https://example.org/a”, which the library does not hold: page note',
    ]);
  });
});

describe("Kindle's clippings", () => {
  it('make a source of quotes for each book the library lacks, cited by page or by nothing', async () => {
    const a = await library();
    const outcome = await importHighlights(
      a,
      'My Clippings.txt',
      fixture('kindle/clippings_with_notes.txt'),
    );
    expect(outcome.sourcesAdded.map((s) => s.title).sort()).toEqual([
      'Fahrenheit 451',
      'Harry Potter und die Kammer des Schreckens',
      'The Power of Now',
      'The Selfish Gene: 30th Anniversary Edition',
    ]);
    expect(outcome.highlightsAdded).toBe(4);
    const gene = outcome.sourcesAdded.find((s) => s.title.startsWith('The Selfish'))!;
    const detail = ok(await a.api.getSource({ id: gene.id }));
    expect(detail.metadata.author).toEqual([{ given: 'Richard', family: 'Dawkins' }]);
    expect(detail.metadata.type).toBe('book');
    expect(detail.highlights.map((h) => [h.quote, h.note])).toEqual([
      [
        "Perhaps consciousness arises when the brain's simulation of the world becomes so complete that it must include a model of itself.(4)",
        'Great insight about consciousness and self-awareness',
      ],
    ]);
    const citeFirstQuote = async (title: string) => {
      const { id } = outcome.sourcesAdded.find((s) => s.title === title)!;
      const passageId = ok(await a.api.getSource({ id })).passages[0]!.id;
      return ok(await a.api.cite({ sourceId: id, style: 'apa', form: 'in-text', passageId })).text;
    };
    // Page 92 is where the reader found it; the quote's number among the quotes is no place.
    expect(await citeFirstQuote(gene.title)).toBe('(Dawkins, n.d., p. 92)');
    expect(await citeFirstQuote('Fahrenheit 451')).toBe('(Bradbury, n.d.)');
    // The note written where no highlight stands is kept in the book's note.
    const now = ok(
      await a.api.getSource({
        id: outcome.sourcesAdded.find((s) => s.title === 'The Power of Now')!.id,
      }),
    );
    expect(now.note).toContain('location 307: Watch the thinker or be present in the moment');
  });

  it('adds only the new clippings when the grown file comes in again', async () => {
    const a = await library();
    const first = await importHighlights(
      a,
      'My Clippings.txt',
      fixture('kindle/clippings_sample.txt'),
    );
    const again = await importHighlights(
      a,
      'My Clippings.txt',
      fixture('kindle/clippings_with_notes.txt'),
    );
    // clippings_with_notes holds the sample's Power of Now, Gene, Fahrenheit and first Potter
    // highlights again, and no new one: each already there.
    expect(again.sourcesAdded).toEqual([]);
    expect(again.highlightsAdded).toBe(0);
    expect(again.highlightsExisting).toBe(4);
    const potter = first.sourcesAdded.find((s) => s.title.startsWith('Harry'))!;
    const grown = await importHighlights(
      a,
      'My Clippings.txt',
      fixture('kindle/issue_3_example.txt'),
    );
    expect(grown.highlightsAdded).toBe(1);
    const detail = ok(await a.api.getSource({ id: potter.id }));
    expect(detail.highlights.map((h) => h.quote)).toEqual([
      'Harry drehte sich auf die Seite',
      'Hast du jemals von einem anständigen gehört, der zu Schlangen sprechen konnte',
      'Ginny saß ganz niedergeschlagen auf Hermines Stammplatz und sah ihnen zu.',
    ]);
    // Appended: the highlights made before keep their words.
    expect(detail.highlights.every((h) => !h.orphaned)).toBe(true);
    // Its original is the clippings file: re-read as a text, it would replace the quotes.
    const reread = await a.api.reimportSource({ sourceId: potter.id });
    expect(reread.ok || reread.error.message).toBe(
      '“Harry Potter und die Kammer des Schreckens” is made of the passages you highlighted in Kindle clippings; import the export again to add the ones made since.',
    );
  });

  it('find their words in the book the library holds, whatever quotation marks each used', async () => {
    const a = await library();
    const text = [
      'Fahrenheit 451',
      '',
      'A paragraph before the one the reader marked.',
      '',
      'Beatty said: “Who knows who might be the target of the well‑read man?” and went on.',
    ].join('\n');
    const meta = JSON.stringify({
      title: 'Fahrenheit 451',
      author: [{ family: 'Bradbury', given: 'Ray' }],
      type: 'book',
    });
    const files = [upload('fahrenheit.txt', text), upload('fahrenheit.csl.json', meta)];
    ok(await a.api.importFiles({ files }));
    // Kindle's own copy says "well-read" with a plain hyphen.
    const outcome = await importHighlights(
      a,
      'My Clippings.txt',
      fixture('kindle/clippings_with_notes.txt'),
    );
    expect(outcome.sourcesTouched).toBe(1);
    expect(outcome.sourcesAdded.map((s) => s.title)).not.toContain('Fahrenheit 451');
    const book = ok(await a.api.listSources({})).find((s) => s.title === 'Fahrenheit 451')!;
    const detail = ok(await a.api.getSource({ id: book.id }));
    expect(detail.highlights.map((h) => h.quote)).toEqual([
      'Who knows who might be the target of the well‑read man?',
    ]);
  });

  it('are one step that Undo takes back whole', async () => {
    const a = await library();
    await importHighlights(a, 'My Clippings.txt', fixture('kindle/clippings_sample.txt'));
    ok(await a.api.undo({}));
    expect(ok(await a.api.listSources({}))).toEqual([]);
    expect(ok(await a.api.listThemes({})).map((t) => t.name)).not.toContain('Imported highlights');
  });

  it('are tagged with the theme the writer names, and a Readwise tag that names a theme takes it', async () => {
    const a = await library();
    await themeNamed(a, 'Guns');
    // Readwise's export header, as its CSV export writes it.
    const csv = [
      'Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags,Location Type,Location,Highlighted at,Document tags',
      '"The first, with a ""quoted"" word.",A Book on Numbers,Ann Author,B01,my note,yellow,"guns,data",page,12,2019-08-24 04:56:00+00:00,',
      ',A Book on Numbers,Ann Author,B01,,yellow,,location,15,2019-08-24 04:56:00+00:00,',
    ].join('\n');
    const [outcome] = ok(
      await a.api.importFiles({
        files: [upload('readwise-data.csv', csv)],
        highlightTheme: 'Reading',
      }),
    ).results;
    if (outcome?.status !== 'highlights') throw new Error(JSON.stringify(outcome));
    expect(outcome.theme).toBe('Reading');
    expect(outcome.setAside).toEqual(['1 row without a highlight or a title.']);
    const [h] = await allHighlights(a);
    const themes = ok(await a.api.listThemes({}));
    expect(h!.themeIds.map((id) => themes.find((t) => t.id === id)!.name)).toEqual([
      'Reading',
      'Guns',
    ]);
    expect(h!.quote).toBe('The first, with a "quoted" word.');
    expect(h!.note).toBe('my note\nTags: data');
  });

  it("take an Omnivore export's zip: quotes on the saved page, others as a source of quotes, nothing dropped untold", async () => {
    const a = await library();
    await themeNamed(a, 'Method');
    const page = await importOne(
      a,
      'wikipedia-regression-testing.html',
      fixture('hypothesis/wikipedia-regression-testing.html'),
    );
    expect(page.status).toBe('imported');
    const zip = await omnivoreZip();
    const outcome = await importHighlights(a, 'Omnivore-export.zip', zip);
    expect(outcome.tool).toBe('Omnivore');
    // The two items with highlights: the saved page is found by its address, the other is new.
    expect(outcome.sourcesAdded).toHaveLength(1);
    const highlights = await allHighlights(a);
    const onPage = highlights.filter((h) => h.source.metadata.URL === WIKIPEDIA);
    const impact = onPage.find((h) => h.quote.startsWith('Sometimes a software change'));
    // A quote over two paragraphs is one highlight across both, ending where Omnivore's ended.
    expect(impact?.quote).toMatch(/of the system\.\s+The purpose of regression testing/u);
    expect(impact?.quote.endsWith('have not introduced new faults')).toBe(true);
    const themes = ok(await a.api.listThemes({}));
    const named = (ids: string[]) => ids.map((id) => themes.find((t) => t.id === id)!.name);
    // "#method" names a theme and takes it; "#impact-analysis" names none and stays in the note.
    expect(named(impact!.themeIds)).toEqual(['Imported highlights', 'Method']);
    expect(impact!.note).toBe(
      'Two steps: first the analysis, then the tests.\nTags: impact-analysis',
    );
    const rerun = onPage.find((h) => h.quote.startsWith('re-running'));
    expect(rerun?.note).toBe(
      'Compare with the chapter on test suites.\n\nAsk the editor whether "re-running" keeps its hyphen.',
    );
    // The quote the page does not hold is listed, and kept in the source's note.
    expect(outcome.notPlaced).toEqual([
      expect.stringContaining(
        '“Regression tests are written by a separate team in most companies.”',
      ),
    ]);
    expect(onPage[0]!.source.note).toContain('Regression tests are written by a separate team');
    // The article not in the library becomes a source of its quotes, by its author and address.
    const sleep = ok(await a.api.getSource({ id: outcome.sourcesAdded[0]!.id }));
    expect(sleep.title).toBe('The Science of Sleep');
    expect(sleep.metadata.URL).toBe('https://example.org/science-of-sleep');
    expect(sleep.metadata.author).toEqual([{ family: 'Doe', given: 'Jane' }]);
    expect(sleep.highlights.map((h) => h.quote)).toEqual([
      'Adults who sleep fewer than six hours a night make more errors on tasks that need sustained attention.',
      'The effect was strongest in the afternoon.',
    ]);
    // What the export held and Dossier did not take is said, never dropped in silence.
    expect(outcome.setAside).toEqual([
      "1 saved item without highlights (their pages are in the export's content folder; import those you want as articles).",
      '1 file of highlights whose item is in no list of the export.',
    ]);
    expect(outcome.highlightsAdded).toBe(4);
  });

  it('refuse a zip that is not an Omnivore export, and a lone list of one, each saying what to import', async () => {
    const a = await library();
    const JSZip = (await import('jszip')).default;
    const other = new JSZip();
    other.file('notes/a.txt', 'Some notes.');
    const [zip, list] = ok(
      await a.api.importFiles({
        files: [
          upload('notes.zip', await other.generateAsync({ type: 'uint8array' })),
          upload('metadata_0_to_20.json', fixture('omnivore/export/metadata_0_to_20.json')),
        ],
      }),
    ).results;
    expect(zip).toMatchObject({ status: 'failed' });
    expect(zip!.status === 'failed' && zip!.reason).toContain('only when it is an Omnivore export');
    expect(list!.status === 'failed' && list!.reason).toContain("import the export's .zip");
    expect(ok(await a.api.listSources({}))).toEqual([]);
  });

  it('refuses a clippings file too large to be one, and imports a .txt article as an article', async () => {
    const a = await library();
    const block = fixture('kindle/clippings_sample.txt');
    const huge = block.repeat(Math.ceil((21 * 1024 * 1024) / block.length));
    const refused = await importOne(a, 'My Clippings.txt', huge);
    expect(refused).toMatchObject({
      file: 'My Clippings.txt',
      status: 'failed',
      reason: expect.stringMatching(
        /^My Clippings\.txt was not imported: it is 21 MB, more than the 20 MB/,
      ),
    });
    const article = await importOne(
      a,
      'notes.txt',
      'A title\n\nA paragraph of notes.\n\n==========\n',
    );
    expect(article.status).toBe('imported');
  });
});

describe('highlights from elsewhere on the command line', () => {
  it('are imported with the theme named, and each quote that found no place told on stderr', async () => {
    const lib = await tempDir();
    const page = 'tests/fixtures/highlights/hypothesis/wikipedia-regression-testing.html';
    const json = 'tests/fixtures/highlights/hypothesis/wikipedia-regression-testing.json';
    expect((await dossier(['import', page, '--library', lib])).code).toBe(0);
    const run = await dossier(['import', json, '--theme', 'Testing', '--library', lib]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(
      /^highlights wikipedia-regression-testing\.json: Hypothesis, 4 highlights added to 1 source, tagged Testing\./,
    );
    expect(run.err).toBe(
      'dossier: wikipedia-regression-testing.json: not placed: “11 November 2016” — Footer in “Regression testing”: its words are not in the text.\n',
    );
    const themes = await dossier(['themes', '--library', lib]);
    expect(themes.out).toMatch(/Testing/);
  });
});
