import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceDetail } from '../../shared/api/types';
import {
  docxWithDtd,
  makeDocx,
  makePdf,
  toWindows1251,
  zipBomb,
} from '../helpers/documentFixtures';
import { openArchive, tempDir } from '../helpers/tempLibrary';

const fixtures = join(__dirname, '..', 'fixtures', 'import');
const upload = (name: string, data: string | Uint8Array) => ({
  name,
  dataBase64: Buffer.from(data).toString('base64'),
});

async function importOne(name: string, data: string | Uint8Array) {
  const archive = await openArchive(await tempDir());
  const report = await archive.api.importFiles({ files: [upload(name, data)] });
  if (!report.ok) throw new Error(report.error.message);
  const outcome = report.value.results[0]!;
  const details: SourceDetail[] = [];
  const list = await archive.api.listSources({});
  for (const s of list.ok ? list.value : []) {
    const detail = await archive.api.getSource({ id: s.id });
    if (detail.ok) details.push(detail.value);
  }
  await archive.close();
  const article = details.find((d) => d.parent === null);
  return { outcome, article, details, text: article?.passages.map((p) => p.text).join('\n') ?? '' };
}

describe('saved web pages', () => {
  it('keeps the article, its metadata and its marked comments, and nothing the page would run', async () => {
    const html = await readFile(join(fixtures, 'saved-page.html'));
    const { outcome, article, details, text } = await importOne('gas-prices.html', html);
    expect(outcome.status).toBe('imported');
    expect(article!.title).toBe('Gas Prices and the Steppe Strikes');
    expect(article!.metadata).toMatchObject({
      type: 'article-newspaper',
      'container-title': 'Northern Ledger',
      URL: 'https://ledger.example/2022/01/gas-prices-steppe-strikes',
      issued: { 'date-parts': [[2022, 1, 7]] },
      author: [
        { given: 'Mira', family: 'Osterholt' },
        { given: 'Jonas', family: 'de la Vega' },
      ],
    });
    expect(text).toMatch(/^By Mira Osterholt|When the price of liquefied gas doubled/m);
    expect(text).toContain('drivers in the oil town of Zhanaozen left their cars');
    expect(text).toContain('Officials later put the number of dead');
    expect(article!.sections.map((s) => s.heading)).toEqual(['From the oil fields to the cities']);
    expect(article!.captions).toEqual([
      expect.objectContaining({
        text: 'Protesters in the central square on 3 January',
        credit: 'Ledger staff',
        alt: 'A crowd fills a town square at dusk',
      }),
    ]);
    // Scripts, handlers and the comment section never reach the article's text.
    for (const stray of [
      'alert',
      'fetch(',
      'HACKED',
      'javascript:',
      'color: red',
      'Leave a Reply',
      'Privacy',
      'spark, not the cause',
      'SCRIPT RAN',
    ]) {
      expect(text).not.toContain(stray);
    }
    const comments = details.filter((d) => d.parent?.id === article!.id);
    expect(comments.map((c) => c.metadata.author)).toEqual([
      [{ literal: 'Aigerim T.' }],
      [{ literal: 'steppewatcher' }],
    ]);
    expect(comments[0]!.passages[0]!.text).toBe(
      'The fuel price was the spark, not the cause. Wages in the west have been flat for a decade.',
    );
    expect(comments[0]!.metadata.issued).toEqual({ 'date-parts': [[2022, 1, 8]] });
    expect(article!.comments.map((c) => c.id)).toEqual(comments.map((c) => c.id));
  });
});

describe('Markdown', () => {
  it('reads front matter as metadata and the body as headings and plain passages', async () => {
    const md = await readFile(join(fixtures, 'field-notes.md'));
    const { article, text } = await importOne('field-notes.md', md);
    expect(article!.title).toBe('Field notes: Mangystau, January');
    expect(article!.metadata).toMatchObject({
      type: 'post-weblog',
      author: [{ family: 'Keller', given: 'Anna' }, { literal: 'Collective of Western Drivers' }],
      issued: { 'date-parts': [[2022, 1, 12]] },
      URL: 'https://notes.example/mangystau-january',
      'container-title': "Anna Keller's Notebook",
      language: 'en',
    });
    expect(article!.passages[0]!.text).toBe(
      'The first thing anyone in Janaozen told me was the price: 120 tenge a litre overnight, where it had been 60. Nobody I spoke to had been told in advance.',
    );
    expect(article!.sections.map((s) => s.heading)).toEqual(['What the drivers wanted']);
    expect(text).toContain('Talks with the government rather than with the police.');
    expect(text).not.toMatch(/\*\*|\]\(|^#|^- /m);
    expect(article!.captions).toEqual([
      expect.objectContaining({
        alt: 'Drivers parked across the highway',
        text: 'Drivers block the Aktau highway',
      }),
    ]);
  });

  it('imports the body and says so when the front matter is broken', async () => {
    const { outcome, article } = await importOne(
      'broken.md',
      '---\ntitle: [unclosed\n---\n\nThe body survives.',
    );
    expect(outcome.status === 'imported' && outcome.warnings?.[0]).toMatch(
      /front matter is not valid YAML/,
    );
    expect(article!.passages.map((p) => p.text)).toEqual(['The body survives.']);
  });
});

describe('PDF', () => {
  it('reads the text through pdf.js, keeps the page of each passage, and cites a passage by page', async () => {
    const pdf = await makePdf(
      'Labour Unrest in Western Kazakhstan',
      [
        {
          paragraphs: [
            'Oil workers in Zhanaozen stopped work on the second of January when the price of gas doubled.',
            'The strike spread to Aktau within a day.',
          ],
        },
        {
          heading: 'Casualties',
          paragraphs: ['Officials said 225 people were killed in the unrest that followed.'],
        },
      ],
      'Dana Ermekova',
    );
    const dir = await tempDir();
    const archive = await openArchive(dir);
    const report = await archive.api.importFiles({ files: [upload('labour-unrest.pdf', pdf)] });
    const id =
      report.ok && report.value.results[0]!.status === 'imported'
        ? report.value.results[0]!.source.id
        : '';
    const detail = await archive.api.getSource({ id });
    const source = detail.ok ? detail.value : null;
    expect(source!.title).toBe('Labour Unrest in Western Kazakhstan');
    expect(source!.metadata.author).toEqual([{ given: 'Dana', family: 'Ermekova' }]);
    expect(source!.passages.map((p) => [p.page, p.text])).toEqual([
      [
        1,
        'Oil workers in Zhanaozen stopped work on the second of January when the price of gas doubled.',
      ],
      [1, 'The strike spread to Aktau within a day.'],
      [2, 'Officials said 225 people were killed in the unrest that followed.'],
    ]);
    expect(source!.sections.map((s) => s.heading)).toEqual(['Casualties']);
    const cite = await archive.api.cite({
      sourceId: id,
      style: 'apa',
      form: 'in-text',
      passageId: source!.passages[2]!.id,
    });
    expect(cite.ok && cite.value.text).toMatch(/p\. 2\)$/);
    await archive.close();
  });
});

describe('Word files', () => {
  it('reads headings and paragraphs through mammoth and the title and author from the file', async () => {
    const docx = await makeDocx(
      'Briefing on the January Events',
      [
        {
          text: 'Troops of the CSTO arrived on the sixth of January at the request of the president.',
        },
        { heading: 'Withdrawal' },
        { text: 'The last units left the country before the end of the month.' },
      ],
      'Sergei Abenov',
    );
    const { article } = await importOne('briefing.docx', docx);
    expect(article!.title).toBe('Briefing on the January Events');
    expect(article!.metadata.author).toEqual([{ given: 'Sergei', family: 'Abenov' }]);
    expect(article!.passages.map((p) => p.text)).toEqual([
      'Troops of the CSTO arrived on the sixth of January at the request of the president.',
      'The last units left the country before the end of the month.',
    ]);
    expect(article!.sections.map((s) => s.heading)).toEqual(['Withdrawal']);
  });
});

describe('encodings', () => {
  it('detects and decodes Windows-1251 Cyrillic text, and says how it was read', async () => {
    const text = 'События в Жанаозене\n\nНефтяники Жанаозена вышли на площадь второго января.';
    const { outcome, article } = await importOne('zhanaozen-1251.txt', toWindows1251(text));
    expect(article!.title).toBe('События в Жанаозене');
    expect(article!.passages[0]!.text).toBe('Нефтяники Жанаозена вышли на площадь второго января.');
    expect(outcome.status === 'imported' && outcome.warnings).toEqual([
      'read as Windows-1251 (Cyrillic): the file is not UTF-8',
    ]);
  });

  it('reads invalid UTF-8 with replacement characters and a warning instead of refusing it', async () => {
    const bytes = Buffer.concat([
      Buffer.from('Café notes\n\nThe résumé of events '),
      Buffer.from([0xff, 0xfe, 0x41]),
      Buffer.from(' ends here.'),
    ]);
    const { outcome, article } = await importOne('broken-bytes.txt', bytes);
    expect(outcome.status).toBe('imported');
    expect(outcome.status === 'imported' && outcome.warnings?.[0]).toMatch(
      /^2 byte sequences were not valid UTF-8 and show as �$/,
    );
    expect(article!.passages[0]!.text).toBe('The résumé of events ��A ends here.');
  });
});

describe('bad input in a batch', () => {
  it('fails each broken file alone with its reason and imports the rest', async () => {
    const goodPdf = await makePdf('A Good Report', [{ paragraphs: ['It is imported.'] }]);
    const goodDocx = await makeDocx('A Good Briefing', [{ text: 'It is imported too.' }]);
    const bomb = await zipBomb('word/document.xml', 300 * 1024 * 1024);
    const huge = Buffer.alloc(50 * 1024 * 1024, 'a');
    const dir = await tempDir();
    const archive = await openArchive(dir);
    const report = await archive.api.importFiles({
      files: [
        upload('truncated.pdf', goodPdf.subarray(0, Math.floor(goodPdf.length / 2))),
        upload('good.pdf', goodPdf),
        upload('truncated.docx', goodDocx.subarray(0, Math.floor(goodDocx.length / 2))),
        upload('bomb.docx', bomb),
        upload('good.docx', goodDocx),
        upload('huge.txt', huge),
        upload('empty.html', ''),
      ],
    });
    const list = await archive.api.listSources({});
    await archive.close();
    const results = report.ok ? report.value.results : [];
    const reasons = Object.fromEntries(
      results.map((r) => [r.file, r.status === 'failed' ? r.reason : r.status]),
    );
    expect(reasons['truncated.pdf']).toMatch(
      /^truncated\.pdf was not imported: it is damaged or not a PDF/,
    );
    expect(reasons['truncated.docx']).toMatch(
      /^truncated\.docx was not imported: it is damaged or not a Word file/,
    );
    expect(reasons['bomb.docx']).toBe(
      'bomb.docx was not imported: it unpacks to more than 256 MB (a zip bomb, or not a document).',
    );
    expect(reasons['huge.txt']).toBe(
      'huge.txt was not imported: it is 50.0 MB, over the 20.0 MB limit for a text file (split it into smaller files).',
    );
    expect(reasons['empty.html']).toBe('empty.html was not imported: it is empty.');
    expect(reasons['good.pdf']).toBe('imported');
    expect(reasons['good.docx']).toBe('imported');
    expect(list.ok && list.value.map((s) => s.title).sort()).toEqual([
      'A Good Briefing',
      'A Good Report',
    ]);
  });
});

describe('a Word file whose document properties declare a DTD', () => {
  it('imports the text without reading the properties, and says so', async () => {
    const archive = await openArchive(await tempDir());
    const report = await archive.api.importFiles({
      files: [upload('dtd.docx', await docxWithDtd('Entities Everywhere', 'The body is fine.'))],
    });
    const [outcome] = report.ok ? report.value.results : [];
    expect(outcome!.status).toBe('imported');
    expect(outcome!.status === 'imported' && outcome!.warnings).toEqual([
      'its document properties declare a DTD, which Dossier does not read; its title and author were not taken from them',
    ]);
    const source = await archive.api.getSource({
      id: outcome!.status === 'imported' ? outcome!.source.id : '',
    });
    expect(source.ok && source.value.passages.map((p) => p.text)).toEqual(['The body is fine.']);
    expect(source.ok && source.value.metadata.author).toBeUndefined();
  });
});
