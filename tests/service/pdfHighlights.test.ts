import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { Archive } from '../../electron/main/archive/archiveService';
import { MAX_DOCUMENT_MARKS } from '../../shared/import/documentMarks';
import type { ImportOutcome } from '../../shared/api/types';
import { ok, upload } from '../helpers/apiCalls';
import { repoRoot } from '../helpers/corpus';
import { makeAnnotatedPdf, type FixtureMark } from '../helpers/documentFixtures';
import { archivePerTest } from '../helpers/archivePerTest';

const realPdf = (name: string) =>
  readFileSync(join(repoRoot, 'tests/fixtures/highlights/pdf', name));

const library = archivePerTest();

async function importPdf(
  a: Archive,
  name: string,
  bytes: Uint8Array,
  highlightTheme?: string,
): Promise<ImportOutcome> {
  const files = [upload(name, bytes)];
  const [outcome] = ok(
    await a.api.importFiles(highlightTheme ? { files, highlightTheme } : { files }),
  ).results;
  return outcome!;
}

async function imported(a: Archive, name: string, bytes: Uint8Array, theme?: string) {
  const outcome = await importPdf(a, name, bytes, theme);
  if (outcome.status !== 'imported') throw new Error(JSON.stringify(outcome));
  const source = ok(await a.api.getSource({ id: outcome.source.id }));
  const themes = ok(await a.api.listThemes({}));
  const themeName = (id: string) => themes.find((t) => t.id === id)!.name;
  return { outcome, source, themes, themeName };
}

/** The page a highlight stands on, from the first passage it covers (a heading is none). */
const pageOf = (
  source: { passages: { start: number; end: number; page?: number }[] },
  h: { start: number | null; end: number | null },
) => source.passages.find((p) => p.start < h.end! && h.start! < p.end)?.page;

/** What pdf.js itself reads of a PDF's annotations: the independent account of the file. */
async function annotationsOf(bytes: Uint8Array) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const all: { page: number; subtype: string; contents: string; inReplyTo?: string }[] = [];
  for (let n = 1; n <= pdf.numPages; n++)
    for (const a of await (await pdf.getPage(n)).getAnnotations())
      all.push({
        page: n,
        subtype: a.subtype as string,
        contents: (a.contentsObj?.str as string | undefined)?.trim() ?? '',
        inReplyTo: a.inReplyTo as string | undefined,
      });
  await pdf.destroy();
  return all;
}

const LINES = [
  ['Port workers stopped work at dawn on Monday.', 'The owners answered with a lockout.'],
  ['Wages had not been paid for three months.', 'A mediator arrived on the third day.'],
];

describe('highlights made in a PDF', () => {
  it('come in on the words under them, by page, tagged by colour', async () => {
    const a = await library();
    const marks: FixtureMark[] = [
      { page: 1, words: 'stopped work at dawn', kind: 'highlight', color: '#ffff00' },
      { page: 1, words: 'lockout', kind: 'underline', color: '#ff0000' },
      { page: 2, words: 'not been paid', kind: 'highlight', color: '#ffff00' },
      { page: 2, words: 'A mediator', kind: 'strike', color: '#0000ff' },
    ];
    const pdf = await makeAnnotatedPdf('The port strike', LINES, marks, [
      { page: 2, text: 'Check the date of the mediation.' },
    ]);
    const { outcome, source, themeName } = await imported(a, 'port.pdf', pdf);
    const got = source.highlights.map((h) => ({
      quote: h.quote,
      page: pageOf(source, h),
      theme: themeName(h.themeIds[0]!),
      note: h.note,
    }));
    expect(got).toEqual([
      { quote: 'stopped work at dawn', page: 1, theme: 'Yellow highlights', note: '' },
      { quote: 'lockout', page: 1, theme: 'Red highlights', note: 'Underlined in the PDF.' },
      { quote: 'not been paid', page: 2, theme: 'Yellow highlights', note: '' },
      { quote: 'A mediator', page: 2, theme: 'Blue highlights', note: 'Struck out in the PDF.' },
    ]);
    if (outcome.status !== 'imported') throw new Error('not imported');
    // The sticky note marks no words: it is listed, and kept in the source's note.
    expect(outcome.marks?.listed).toEqual([
      'page 2: a sticky note “Check the date of the mediation.”',
    ]);
    expect(source.note).toContain('page 2: a sticky note “Check the date of the mediation.”');
    // A quote is cited by the page it stands on.
    const yellow = source.highlights[2]!;
    const passage = source.passages.find((p) => p.start <= yellow.start! && yellow.start! < p.end)!;
    const cited = ok(
      await a.api.cite({
        sourceId: source.id,
        style: 'apa',
        form: 'in-text',
        passageId: passage.id,
      }),
    );
    expect(cited.text).toMatch(/p\. 2\)$/);
  });

  it('send a colour to the theme the writer gave that colour, once renamed', async () => {
    const a = await library();
    const yellow: FixtureMark = {
      page: 1,
      words: 'stopped work',
      kind: 'highlight',
      color: '#ffff00',
    };
    const first = await imported(a, 'one.pdf', await makeAnnotatedPdf('One', LINES, [yellow]));
    const theme = first.themes.find((t) => t.name === 'Yellow highlights')!;
    ok(await a.api.updateTheme({ id: theme.id, name: 'Working conditions' }));
    const other = await makeAnnotatedPdf(
      'Two',
      [['Dockers joined the strike.']],
      [{ page: 1, words: 'Dockers joined', kind: 'highlight', color: '#ffff00' }],
    );
    const second = await imported(a, 'two.pdf', other);
    expect(second.source.highlights.map((h) => second.themeName(h.themeIds[0]!))).toEqual([
      'Working conditions',
    ]);
    // A theme the writer names takes them all, whatever their colour.
    const named = await imported(
      a,
      'three.pdf',
      await makeAnnotatedPdf('Three', LINES, [{ ...yellow, color: '#008000' }]),
      'Reading',
    );
    expect(named.source.highlights.map((h) => named.themeName(h.themeIds[0]!))).toEqual([
      'Reading',
    ]);
  });

  it('add only the highlights made since, when the same PDF comes in again', async () => {
    const a = await library();
    const one: FixtureMark = { page: 1, words: 'stopped work', kind: 'highlight' };
    const two: FixtureMark = { page: 2, words: 'three months', kind: 'highlight' };
    const { source } = await imported(a, 'port.pdf', await makeAnnotatedPdf('Port', LINES, [one]));
    const again = await importPdf(a, 'port.pdf', await makeAnnotatedPdf('Port', LINES, [one, two]));
    expect(again).toMatchObject({
      status: 'duplicate',
      sourceId: source.id,
      marks: { highlightsAdded: 1, highlightsExisting: 1 },
    });
    const after = ok(await a.api.getSource({ id: source.id }));
    expect(after.highlights.map((h) => h.quote)).toEqual(['stopped work', 'three months']);
  });

  it('are one step with their source that Undo takes back', async () => {
    const a = await library();
    const mark: FixtureMark = { page: 1, words: 'stopped work', kind: 'highlight' };
    await imported(a, 'port.pdf', await makeAnnotatedPdf('Port', LINES, [mark]));
    ok(await a.api.undo({}));
    expect(ok(await a.api.listSources({}))).toEqual([]);
    expect(ok(await a.api.listThemes({})).map((t) => t.name)).not.toContain('Yellow highlights');
  });

  it(`read at most ${MAX_DOCUMENT_MARKS.toLocaleString('en')} annotations, and name the page past them`, async () => {
    const a = await library();
    const many: FixtureMark[] = Array.from({ length: MAX_DOCUMENT_MARKS - 1 }, () => ({
      page: 1,
      words: 'dawn',
      kind: 'highlight',
    }));
    const past: FixtureMark[] = [
      { page: 2, words: 'not been paid', kind: 'highlight' },
      { page: 2, words: 'A mediator', kind: 'highlight' },
    ];
    const pdf = await makeAnnotatedPdf('Many', LINES, [...many, ...past]);
    const outcome = await importPdf(a, 'many.pdf', pdf);
    if (outcome.status !== 'imported') throw new Error(JSON.stringify(outcome));
    // Every one on page 1 marks the same word: one highlight, the rest already there.
    expect(outcome.marks?.highlightsAdded).toBe(1);
    expect(outcome.marks?.highlightsExisting).toBe(MAX_DOCUMENT_MARKS - 2);
    // Page 2's two would pass the bound: pdf.js is not asked for them, and the writer is told.
    expect(outcome.marks?.listed).toEqual([
      `page 2: its 2 annotations are more than the ${MAX_DOCUMENT_MARKS.toLocaleString('en')} Dossier reads from one document, so none of them was read`,
    ]);
  });
});

describe('highlights made by readers in real PDFs', () => {
  it('macOS Preview: each highlight on its page with its note, ink and stamps listed', async () => {
    const a = await library();
    const bytes = realPdf('comments.pdf');
    const { outcome, source } = await imported(a, 'comments.pdf', bytes);
    const annotations = await annotationsOf(bytes);
    const highlights = annotations.filter((x) => x.subtype === 'Highlight');
    expect(highlights.length).toBe(10);
    // Every highlight of the file is one here, its note kept, on its page (the title, which
    // stands in no paragraph, has no page to check).
    expect(source.highlights.map((h) => h.note).sort()).toEqual(
      highlights.map((h) => h.contents).sort(),
    );
    for (const h of source.highlights) {
      const page = pageOf(source, h);
      if (page !== undefined)
        expect(highlights.find((x) => x.contents === h.note)!.page).toBe(page);
    }
    expect(source.highlights.filter((h) => pageOf(source, h) === undefined)).toHaveLength(1);
    if (outcome.status !== 'imported') throw new Error('not imported');
    expect(outcome.marks?.notPlaced).toEqual([]);
    const others = annotations.filter(
      (x) => !['Highlight', 'Popup', 'Link', 'Widget'].includes(x.subtype),
    );
    expect(outcome.marks?.listed).toHaveLength(others.length);
    // Each quote is whole words: Preview's boxes start and end inside words.
    for (const h of source.highlights) expect(h.quote).toMatch(/^[\p{L}\p{N}].*[\p{L}\p{N},.]$/su);
  });

  it('Preview on OS X: highlight, underline and strike-out, each on the words of its line', async () => {
    const a = await library();
    const bytes = realPdf('issue7014.pdf');
    const { source } = await imported(a, 'issue7014.pdf', bytes);
    const kinds = (await annotationsOf(bytes)).filter((x) =>
      ['Highlight', 'Underline', 'StrikeOut'].includes(x.subtype),
    );
    expect(source.highlights).toHaveLength(kinds.length);
    // The abstract's first line as printed, its last word broken by the typesetter.
    expect(source.highlights[0]!.quote).toBe(
      'Dynamic languages such as JavaScript are more difficult to compile',
    );
    expect(source.highlights.map((h) => h.note)).toEqual([
      '',
      'Underlined in the PDF.',
      '',
      'Struck out in the PDF.',
    ]);
  });

  it('an annotation tool: the note in the pop-up kept, free text and ink listed', async () => {
    const a = await library();
    const highlighted = await imported(a, 'h.pdf', realPdf('annotation-highlight.pdf'));
    expect(highlighted.source.highlights.map((h) => [h.quote, h.note])).toEqual([
      ['Lorem ipsum dolor sit amet', 'Highlight content'],
    ]);
    const free = await importPdf(a, 'f.pdf', realPdf('annotation-freetext.pdf'));
    if (free.status !== 'imported') throw new Error(JSON.stringify(free));
    expect(free.marks?.listed).toEqual([
      'page 1: a note written on the page “FreeText content”',
      'page 1: a note written on the page',
    ]);
    const ink = await importPdf(a, 'i.pdf', realPdf('annotation-caret-ink.pdf'));
    if (ink.status !== 'imported') throw new Error(JSON.stringify(ink));
    expect(ink.marks?.listed).toEqual([
      'page 1: an insertion mark “Caret content”',
      'page 1: an ink drawing “Ink content”',
    ]);
  });
});
