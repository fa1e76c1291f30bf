import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../../shared/api/types';
import { ok, upload } from '../helpers/apiCalls';
import { archivePerTest } from '../helpers/archivePerTest';
import { repoRoot } from '../helpers/corpus';

const library = archivePerTest();
const MOBY = join(repoRoot, 'tests/fixtures/epub/moby-dick');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** An EPUB zipped as the format asks: "mimetype" first and stored, then the rest. */
async function epub(files: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('mimetype', 'application/epub+zip', { compression: 'STORE' });
  for (const [name, text] of Object.entries(files))
    if (name !== 'mimetype') zip.file(name, text, { compression: 'DEFLATE' });
  return zip.generateAsync({ type: 'nodebuffer' });
}

const mobyDick = () =>
  Object.fromEntries(
    filesUnder(MOBY).map((path) => [relative(MOBY, path), readFileSync(path, 'utf8')]),
  );

async function importEpub(name: string, bytes: Buffer) {
  const a = await library();
  const [outcome] = ok(await a.api.importFiles({ files: [upload(name, bytes)] })).results;
  return { a, outcome: outcome as ImportOutcome };
}

/** Moby-Dick imported into a fresh library, and the book as the reader gets it. */
async function importMoby() {
  const a = await library();
  const [outcome] = ok(
    await a.api.importFiles({ files: [upload('moby-dick.epub', await epub(mobyDick()))] }),
  ).results;
  if (outcome?.status !== 'imported') throw new Error(JSON.stringify(outcome));
  return { a, book: ok(await a.api.getSource({ id: outcome.source.id })) };
}

const CONTAINER = (path: string) =>
  `<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="${path}" media-type="application/oebps-package+xml"/></rootfiles></container>`;

describe('EPUB books', () => {
  it("read Moby-Dick (the EPUB 3 sample) with its package's details and every chapter", async () => {
    const { book } = await importMoby();
    expect(book.title).toBe('Moby-Dick');
    expect(book.metadata).toMatchObject({
      type: 'book',
      title: 'Moby-Dick',
      author: [{ given: 'Herman', family: 'Melville' }],
      publisher: 'Harper & Brothers, Publishers',
      language: 'en-US',
    });
    // The contributor who made the sample (role "mrk") is not an author of the book.
    expect(JSON.stringify(book.metadata)).not.toContain('Cramer');
    const opf = readFileSync(join(MOBY, 'OPS/package.opf'), 'utf8');
    const chapters = [...opf.matchAll(/<itemref[^>]*idref="xchapter_\d+"/g)].length;
    // Each chapter file opens with its heading: 135 numbered chapters and the Epilogue.
    const headings = book.sections.filter((s) => /^(Chapter \d+\.|Epilogue$)/.test(s.heading));
    expect(headings).toHaveLength(chapters);
    expect(headings[0]!.heading).toBe('Chapter 1. Loomings.');
    const first = book.passages.find((p) => p.id === headings[0]!.passages[0])!;
    expect(first.text).toMatch(/^Call me Ishmael\. Some years ago—never mind how long precisely/);
  });

  it('cite a quote by its chapter and its paragraph in that chapter, as the book numbers them', async () => {
    const { a, book } = await importMoby();
    // The third <p> of chapter_009.xhtml, whose heading is "Chapter 9. The Sermon.".
    const sermon = readFileSync(join(MOBY, 'OPS/chapter_009.xhtml'), 'utf8');
    expect(sermon).toContain('<h1>Chapter 9. The Sermon.');
    const third = [...sermon.matchAll(/<p>([\s\S]*?)<\/p>/gu)][2]![1]!;
    expect(third).toContain('He paused a little; then kneeling');
    const inChapter = book.passages.find((p) =>
      p.text.startsWith('He paused a little; then kneeling'),
    );
    // The Etymology, which the book does not number, is placed in the whole text.
    const unnumbered = book.passages.find((p) => p.text.startsWith('The pale Usher'));
    const cite = async (passageId: string, style: string) =>
      ok(await a.api.cite({ sourceId: book.id, style, form: 'in-text', passageId })).text;
    expect(await cite(inChapter!.id, 'apa')).toBe('(Melville, n.d., Chapter 9, para. 3)');
    expect(await cite(inChapter!.id, 'chicago-author-date')).toBe(
      '(Melville, n.d., chap. 9, para. 3)',
    );
    expect(await cite(unnumbered!.id, 'apa')).toBe(`(Melville, n.d., para. ${unnumbered!.number})`);

    // The theme view names the same place.
    const theme = ok(
      await a.api.createTheme({
        name: 'Sermon',
        color: '#225588',
        description: '',
        parentId: null,
        cues: [],
      }),
    );
    ok(
      await a.api.createHighlight({
        sourceId: book.id,
        start: inChapter!.start,
        end: inChapter!.start + 'He paused a little'.length,
        themeIds: [theme.id],
      }),
    );
    const [quoted] = ok(await a.api.themePassages({ themeId: theme.id })).flatMap(
      (s) => s.highlights,
    );
    expect(quoted?.place).toMatchObject({ chapter: { label: '9', paragraph: 3 } });
  });

  it('read an EPUB 2 package: creators by role, translator and editor apart, date and ISBN', async () => {
    const opf = `<?xml version="1.0"?>
<package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="id">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
    <dc:title>Воспоминания</dc:title>
    <dc:creator opf:role="aut" opf:file-as="Petrova, Anna">Anna Petrova</dc:creator>
    <dc:creator opf:role="trl">Jane Smith</dc:creator>
    <dc:contributor opf:role="edt">Karl Weber</dc:contributor>
    <dc:publisher>Northern Press</dc:publisher>
    <dc:date>2019-04-02</dc:date>
    <dc:language>ru</dc:language>
    <dc:identifier id="id" opf:scheme="ISBN">978-3-16-148410-0</dc:identifier>
  </metadata>
  <manifest>
    <item id="c1" href="text/one.xhtml" media-type="application/xhtml+xml"/>
    <item id="n" href="text/notes.xhtml" media-type="application/xhtml+xml"/>
    <item id="c2" href="text/two.xhtml" media-type="application/xhtml+xml"/>
  </manifest>
  <spine><itemref idref="c1"/><itemref idref="n" linear="no"/><itemref idref="c2"/></spine>
</package>`;
    const page = (h: string, p: string) =>
      `<html xmlns="http://www.w3.org/1999/xhtml"><body><h1>${h}</h1><p>${p}</p></body></html>`;
    const bytes = await epub({
      'META-INF/container.xml':
        '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="book/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>',
      'book/content.opf': opf,
      'book/text/one.xhtml': page('One', 'The first chapter.'),
      'book/text/notes.xhtml': page('Notes', 'A note reached from the text.'),
      'book/text/two.xhtml': page('Two', 'The second chapter.'),
    });
    const { a, outcome } = await importEpub('memoirs.epub', bytes);
    if (outcome.status !== 'imported') throw new Error(JSON.stringify(outcome));
    const book = ok(await a.api.getSource({ id: outcome.source.id }));
    expect(book.metadata).toMatchObject({
      type: 'book',
      title: 'Воспоминания',
      author: [{ given: 'Anna', family: 'Petrova' }],
      translator: [{ given: 'Jane', family: 'Smith' }],
      editor: [{ given: 'Karl', family: 'Weber' }],
      publisher: 'Northern Press',
      issued: { 'date-parts': [[2019, 4, 2]] },
      language: 'ru',
      ISBN: '9783161484100',
    });
    // The reading order: the note marked linear="no" is left out of the text.
    expect(book.passages.map((p) => p.text)).toEqual(['The first chapter.', 'The second chapter.']);
    expect(book.sections.map((x) => x.heading)).toEqual(['One', 'Two']);
  });

  it('refuse a book locked with DRM by the name of its lock, and read one whose fonts are only obfuscated', async () => {
    const locked = await epub({
      ...mobyDick(),
      'META-INF/rights.xml': '<rights xmlns="http://ns.adobe.com/adept"><licenseToken/></rights>',
    });
    const { outcome } = await importEpub('locked.epub', locked);
    expect(outcome).toMatchObject({
      file: 'locked.epub',
      status: 'failed',
      reason:
        'locked.epub was not imported: it is locked with Adobe DRM (ADEPT); Dossier cannot read a locked book: import a DRM-free copy.',
    });
    const fonts = await epub({
      ...mobyDick(),
      'META-INF/encryption.xml':
        '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.idpf.org/2008/embedding"/><enc:CipherData><enc:CipherReference URI="OPS/fonts/STIXGeneral.otf"/></enc:CipherData></enc:EncryptedData></encryption>',
    });
    expect((await importEpub('fonts.epub', fonts)).outcome.status).toBe('imported');
  });

  it('refuse a broken EPUB with what is wrong with it', async () => {
    const reasons = [];
    for (const [name, bytes] of [
      ['not-a-zip.epub', Buffer.from('this is not a zip file at all')],
      ['no-container.epub', await epub({ 'OPS/package.opf': '<package/>' })],
      ['no-package.epub', await epub({ 'META-INF/container.xml': CONTAINER('OPS/missing.opf') })],
      [
        'empty-spine.epub',
        await epub({
          'META-INF/container.xml': CONTAINER('p.opf'),
          'p.opf': '<package><metadata/><manifest/><spine/></package>',
        }),
      ],
    ] as const) {
      const { outcome } = await importEpub(name, bytes);
      reasons.push(outcome.status === 'failed' ? outcome.reason : outcome.status);
    }
    expect(reasons).toEqual([
      expect.stringMatching(/^not-a-zip\.epub was not imported: /),
      'no-container.epub was not imported: it is not an EPUB (it has no META-INF/container.xml).',
      'no-package.epub was not imported: its container names no package document it holds.',
      'empty-spine.epub was not imported: its spine lists no chapters.',
    ]);
  });
});
