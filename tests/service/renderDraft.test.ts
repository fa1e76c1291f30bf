import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseLocator } from '../../shared/cite/locator';
import { dossier } from '../helpers/runDossier';
import { htmlToMarkdown } from '../../shared/cite/bibliographyOutput';
import { asUpload, corpusFiles } from '../helpers/corpus';
import { ok } from '../helpers/apiCalls';
import { officialStyleXml } from '../helpers/officialStyles';
import { openArchive, tempDir } from '../helpers/tempLibrary';

async function corpusLibrary() {
  const archive = await openArchive(await tempDir());
  // The articles with their details (authors, sites, dates) from the CSL-JSON beside each.
  const files = corpusFiles().flatMap((f) => [f, f.replace(/\.txt$/, '.csl.json')]);
  ok(await archive.api.importFiles({ files: files.map((f) => asUpload(f)) }));
  const keys = new Map<string, string>();
  for (const s of ok(await archive.api.listSources({}))) {
    const detail = ok(await archive.api.getSource({ id: s.id }));
    // The article, not a reader comment posted under it.
    if (!detail.parent) keys.set(s.file.slice(0, 3), String(detail.metadata['citation-key']));
  }
  return { archive, keys };
}

describe('citing inside a Markdown draft', () => {
  it('makes Pandoc citations into numbered notes in a note style, with a bibliography of what was cited', async () => {
    const { archive, keys } = await corpusLibrary();
    const lalkar = keys.get('003')!;
    const draft = `Troops came [@${lalkar}, para. 5]. More [@nobody2020].\n`;
    const result = ok(
      await archive.api.renderDraft({ markdown: draft, style: 'chicago-note', format: 'md' }),
    );
    expect(result.unknownKeys).toEqual(['nobody2020']);
    expect(result.citations).toBe(1);
    // The note is what `cite` makes of the same source and locator, as its first citation.
    const sourceId = ok(await archive.api.listSources({})).find((s) =>
      s.file.startsWith('003'),
    )!.id;
    const note = ok(
      await archive.api.cite({ sourceId, style: 'chicago-note', form: 'note', locator: 'para. 5' }),
    );
    expect(result.text).toContain('Troops came.[^1] More [@nobody2020].');
    expect(result.text).toContain(`[^1]: ${htmlToMarkdown(note.html)}`);
    const bibliography = ok(
      await archive.api.bibliography({ sourceIds: [sourceId], style: 'chicago-note' }),
    );
    expect(result.text).toMatch(/## Bibliography\n\n/);
    expect(result.text).toContain(htmlToMarkdown(bibliography.entries[0]!.html));
  });

  it('sets author-date citations in the text, the author in the sentence for @key', async () => {
    const { archive, keys } = await corpusLibrary();
    const stanislavski = keys.get('000')!;
    const draft = `@${stanislavski} [p. 4] argues it. Others agree [-@${stanislavski}].`;
    const result = ok(
      await archive.api.renderDraft({ markdown: draft, style: 'apa', format: 'md' }),
    );
    // citeproc-js's composite form with the official APA style: the names, then the rest.
    expect(result.text).toMatch(
      /^Stanislavski & Cernat \(2022, p\. 4\) argues it\. Others agree \(2022\)\./,
    );
    expect(result.text).toMatch(/## References/);
  });

  it('writes an HTML page with linked notes', async () => {
    const { archive, keys } = await corpusLibrary();
    const result = ok(
      await archive.api.renderDraft({
        markdown: `# Draft\n\nA claim [@${keys.get('003')}].`,
        style: 'chicago-note',
        format: 'html',
        title: 'Draft',
      }),
    );
    expect(result.text).toContain('<h1>Draft</h1>');
    expect(result.text).toMatch(
      /A claim\.<sup class="note-ref"><a href="#note-1" id="ref-1">1<\/a><\/sup>/,
    );
    const sourceId = ok(await archive.api.listSources({})).find((s) =>
      s.file.startsWith('003'),
    )!.id;
    const note = ok(await archive.api.cite({ sourceId, style: 'chicago-note', form: 'note' }));
    expect(result.text).toContain(`<li id="note-1">${note.html} <a href="#ref-1">↩</a></li>`);
  });
});

/** The text a part of a Word file holds, its runs joined. */
const wordText = (xml: string) =>
  xmlText([...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));

/** The text of each Word footnote a .docx holds (not Word's separator notes), in order. */
async function wordFootnotes(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/footnotes.xml')?.async('string')) ?? '';
  const document = await zip.file('word/document.xml')!.async('string');
  const notes = [...xml.matchAll(/<w:footnote\b[^>]*w:id="(\d+)"[^>]*>([\s\S]*?)<\/w:footnote>/g)]
    .filter(([, id]) => Number(id) > 0)
    .map(([, , body]) => wordText(body!));
  const references = [...document.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) =>
    Number(m[1]),
  );
  return { notes, references, document };
}

const plain = (markdown: string) => markdown.replace(/\*/g, '');
/** The characters of a Word XML text run. */
const xmlText = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

describe('citing inside a draft rendered to Word', () => {
  it('makes every marker form a real Word footnote in a note style, with the bibliography', async () => {
    const { archive, keys } = await corpusLibrary();
    const lalkar = keys.get('003')!;
    const stan = keys.get('000')!;
    const draft = [
      '# Draft',
      '',
      `Troops came [@${lalkar}, para. 5]. As @${stan} [p. 3] says, it was sudden.`,
      `Both agree [@${lalkar}; @${stan}]. Again [@${lalkar}, para. 5]. The year [-@${stan}].`,
      '',
      `- A list item citing [@${lalkar}].`,
      '',
      `> A quotation [@${stan}, p. 4] and an unknown one [@ghost1999].`,
      '',
    ].join('\n');
    const asMarkdown = ok(
      await archive.api.renderDraft({ markdown: draft, style: 'chicago-note', format: 'md' }),
    );
    const asWord = ok(
      await archive.api.renderDraft({ markdown: draft, style: 'chicago-note', format: 'docx' }),
    );
    expect(asWord.citations).toBe(7);
    expect(asWord.unknownKeys).toEqual(['ghost1999']);
    const word = await wordFootnotes(Buffer.from(asWord.dataBase64!, 'base64'));
    expect(word.references).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // Each footnote says what the Markdown rendering's note of the same number says.
    const mdNotes = [...asMarkdown.text.matchAll(/^\[\^(\d+)\]: (.*)$/gm)].map((m) => plain(m[2]!));
    expect(word.notes).toEqual(mdNotes);
    // A source cited again gets Chicago's short form: its title and the locator, no more.
    const title = /^“[^,”]+/.exec(word.notes[0]!)![0];
    expect(word.notes[3]).toMatch(new RegExp(`^${title},” para\\. 5\\.$`));
    // The unknown key stays in the text as written; the bibliography follows.
    expect(word.document).toContain('[@ghost1999]');
    const cited = [];
    for (const source of ok(await archive.api.listSources({}))) {
      const key = ok(await archive.api.getSource({ id: source.id })).metadata['citation-key'];
      if (key === lalkar || key === stan) cited.push(source);
    }
    const bibliography = ok(
      await archive.api.bibliography({ sourceIds: cited.map((c) => c.id), style: 'chicago-note' }),
    );
    expect(bibliography.entries).toHaveLength(2);
    expect(word.document).toContain('<w:pStyle w:val="Heading1"/>');
    const text = wordText(word.document);
    expect(text).toContain('Bibliography');
    for (const entry of bibliography.entries) expect(text).toContain(entry.text);
  });

  it('sets author-date citations in the text of the Word draft', async () => {
    const { archive, keys } = await corpusLibrary();
    const stan = keys.get('000')!;
    const result = ok(
      await archive.api.renderDraft({
        markdown: `@${stan} [p. 4] argues it. Others agree [-@${stan}].`,
        style: 'apa',
        format: 'docx',
      }),
    );
    const word = await wordFootnotes(Buffer.from(result.dataBase64!, 'base64'));
    expect(word.references).toEqual([]);
    const text = wordText(word.document);
    expect(text).toContain(plain(result.text.split('\n')[0]!));
  });
});

describe('dossier render', () => {
  it('writes the draft and names the keys the library lacks on standard error', async () => {
    const { archive, keys } = await corpusLibrary();
    const lib = archive.libraryDir;
    await archive.close();
    const dir = await tempDir();
    const draft = join(dir, 'draft.md');
    await writeFile(draft, `A claim [@${keys.get('003')}, para. 2]; another [@ghost2021].\n`);
    const out = join(dir, 'draft.html');
    const run = await dossier([
      'render',
      draft,
      '--style',
      'chicago-note',
      '--format',
      'html',
      '--out',
      out,
      '--library',
      lib,
    ]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/wrote a draft with 1 citation to/);
    expect(run.err).toMatch(/not in the library, left as written: @ghost2021/);
    expect(await readFile(out, 'utf8')).toMatch(/<section class="notes">/);
  });
});

describe('locators as writers type them', () => {
  it('reads "para." as a paragraph, not a page', () => {
    expect(parseLocator('para. 24')).toEqual({ locator: '24', label: 'paragraph' });
    expect(parseLocator('pp. 3–5')).toEqual({ locator: '3–5', label: 'page' });
    expect(parseLocator('chap. 2')).toEqual({ locator: '2', label: 'chapter' });
  });
});

/** A Word draft as a writer types one, made with the docx library: markers split over runs. */
async function wordDraft(lalkar: string, stan: string) {
  const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, FootnoteReferenceRun } =
    await import('docx');
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph(`An aside. See also [@${lalkar}].`)] } },
    sections: [
      {
        children: [
          new Paragraph({ text: 'A Word draft', heading: 'Heading1' }),
          new Paragraph({
            children: [
              new TextRun('Troops came [@'),
              new TextRun({ text: `${lalkar}, para`, bold: true }),
              new TextRun('. 5]. Nobody knew'),
              new FootnoteReferenceRun(1),
              new TextRun(' why [@ghost1999].'),
            ],
          }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('Casualties')] }),
                  new TableCell({ children: [new Paragraph(`225 dead [@${stan}, p. 4]`)] }),
                ],
              }),
            ],
          }),
          new Paragraph('An untouched paragraph, with no citation at all.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('citing inside a Word draft', () => {
  it('makes the markers in body text, a table and a footnote, and changes nothing else', async () => {
    const { archive, keys } = await corpusLibrary();
    const lalkar = keys.get('003')!;
    const stan = keys.get('000')!;
    const draft = await wordDraft(lalkar, stan);
    const result = ok(
      await archive.api.renderWordDraft({
        dataBase64: draft.toString('base64'),
        style: 'chicago-note',
      }),
    );
    expect(result.citations).toBe(3);
    expect(result.unknownKeys).toEqual(['ghost1999']);
    const before = await JSZip.loadAsync(draft);
    const after = await JSZip.loadAsync(Buffer.from(result.dataBase64, 'base64'));
    // Every part but the body and the notes is carried over byte for byte.
    const changed = ['word/document.xml', 'word/footnotes.xml'];
    expect(Object.keys(after.files).sort()).toEqual(Object.keys(before.files).sort());
    for (const name of Object.keys(before.files).filter((n) => !changed.includes(n)))
      expect(await after.file(name)!.async('nodebuffer'), name).toEqual(
        await before.file(name)!.async('nodebuffer'),
      );
    const untouched = /<w:p>(?:(?!<w:p>)[\s\S])*?An untouched paragraph[\s\S]*?<\/w:p>/;
    const beforeXml = await before.file('word/document.xml')!.async('string');
    const afterXml = await after.file('word/document.xml')!.async('string');
    expect(afterXml).toContain(untouched.exec(beforeXml)![0]);

    // Both rewritten parts are still well-formed XML, as Word insists.
    expect(XMLValidator.validate(afterXml)).toBe(true);
    const notesXml = await after.file('word/footnotes.xml')!.async('string');
    expect(XMLValidator.validate(notesXml)).toBe(true);
    const word = await wordFootnotes(Buffer.from(result.dataBase64, 'base64'));
    // The writer's own note first, then the two new ones, in the order Word shows them.
    expect(word.references).toEqual([2, 1, 3]);
    const sourceOf = async (prefix: string) =>
      ok(await archive.api.listSources({})).find(
        (s) => s.file.startsWith(prefix) && !s.file.includes('comment'),
      )!.id;
    const first = ok(
      await archive.api.cite({
        sourceId: await sourceOf('003'),
        style: 'chicago-note',
        form: 'note',
        locator: 'para. 5',
      }),
    );
    expect(word.notes[1]).toBe(` ${first.text}`);
    // The marker inside the writer's footnote becomes the citation's text there.
    expect(word.notes[0]).toMatch(
      /^An aside\. See also “Failed ‘Colour Revolution’ in Kazakhstan\.”\.?$/,
    );
    const text = wordText(afterXml);
    expect(text).toContain('Troops came. Nobody knew why [@ghost1999].');
    expect(text).not.toMatch(/\[@(?!ghost1999)/);
    expect(text).toMatch(/Bibliography.*Lalkar/);
  });

  it('is dossier render DRAFT.docx --out COPY.docx', async () => {
    const { archive, keys } = await corpusLibrary();
    const lib = archive.libraryDir;
    const draft = await wordDraft(keys.get('003')!, keys.get('000')!);
    await archive.close();
    const dir = await tempDir();
    await writeFile(join(dir, 'draft.docx'), draft);
    const out = join(dir, 'cited.docx');
    const run = await dossier([
      'render',
      join(dir, 'draft.docx'),
      '--style',
      'apa',
      '--out',
      out,
      '--library',
      lib,
    ]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/wrote a draft with 3 citations to/);
    expect(run.err).toMatch(/left as written: @ghost1999/);
    const word = await wordFootnotes(await readFile(out));
    // In an author-date style the citations stand in the text: only the writer's own note.
    expect(word.references).toEqual([1]);
    // APA cites a work with no author by its title.
    expect(wordText(word.document)).toContain(
      'Troops came (“Failed ‘Colour Revolution’ in Kazakhstan,” 2022, para. 5). Nobody knew',
    );
    expect(wordText(word.document)).toContain('225 dead (Stanislavski & Cernat, 2022, p. 4)');
  });
});

const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;

/** Pandoc's Markdown and Dossier's, reduced to what a reader sees: quotes, links, escapes alike. */
function readerView(markdown: string) {
  const same = (text: string) =>
    text
      .replace(/[“”‘’'"]/g, '"')
      .replace(/<(https?:[^>]+)>/g, '$1')
      .replace(/\\([[\]])/g, '$1')
      .trim();
  const notes = [...markdown.matchAll(/^\[\^(\d+)\]: (.*)$/gm)].map((m) => same(m[2]!));
  const entries = [
    ...markdown.matchAll(/^::: \{#ref-[^}]*\}\n(.*)\n:::$/gm),
    ...(/^## (?:Bibliography|References)\n\n([\s\S]*)$/m.exec(markdown)?.[1] ?? '')
      .split('\n\n')
      .filter((p) => p.trim() && !p.startsWith('[^'))
      .map((p) => [p, p]),
  ].map((m) => same(m[1]!));
  // The text before the bibliography (a heading in Dossier's, a div in Pandoc's), notes aside.
  const body = markdown
    .split(/^(?:## (?:Bibliography|References)|::: \{#refs)/m)[0]!
    .split('\n\n')
    .filter((p) => p.trim() && !p.startsWith('[^'))
    .map(same);
  return { body, notes, entries: entries.sort() };
}

describe('the same draft through Pandoc', () => {
  it.skipIf(!hasPandoc)(
    'makes the citations, notes and bibliography pandoc --citeproc makes with the same CSL file',
    async () => {
      const dir = await tempDir();
      const styles = [
        ['chicago-note', 'chicago-fullnote-bibliography'],
        ['apa', 'apa'],
      ] as const;
      for (const [style, cslId] of styles)
        await writeFile(join(dir, `${style}.csl`), officialStyleXml(cslId));
      const { archive, keys } = await corpusLibrary();
      const lalkar = keys.get('003')!;
      const stan = keys.get('000')!;
      const draft = [
        `Troops came [@${lalkar}, para. 5]. As @${stan} [p. 3] says, it was sudden.`,
        '',
        `Both agree [@${lalkar}; @${stan}]. Again [@${lalkar}, para. 5]. The year [-@${stan}].`,
        '',
      ].join('\n');
      await writeFile(join(dir, 'draft.md'), draft);
      const refs = ok(await archive.api.exportBibliography({ style: 'apa', format: 'csl-json' }));
      await writeFile(join(dir, 'refs.json'), Buffer.from(refs.dataBase64, 'base64'));
      for (const [style] of styles) {
        const pandoc = spawnSync(
          'pandoc',
          [
            'draft.md',
            '--citeproc',
            '--bibliography=refs.json',
            `--csl=${style}.csl`,
            '-t',
            'markdown-citations',
            '--wrap=none',
          ],
          { cwd: dir, encoding: 'utf8' },
        );
        expect(pandoc.stderr).toBe('');
        const ours = ok(await archive.api.renderDraft({ markdown: draft, style, format: 'md' }));
        const theirs = readerView(pandoc.stdout);
        expect(theirs.entries).toHaveLength(2);
        expect(theirs.body).toHaveLength(2);
        expect(readerView(ours.text)).toEqual(theirs);
      }
    },
  );
});
