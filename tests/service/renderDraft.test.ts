import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLocator } from '../../shared/cite/locator';
import { dossier } from '../helpers/runDossier';
import { htmlToMarkdown } from '../../shared/cite/bibliographyOutput';
import { asUpload, corpusFiles } from '../helpers/corpus';
import { ok } from '../helpers/apiCalls';
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
