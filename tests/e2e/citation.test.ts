import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusFile, repoRoot } from '../helpers/corpus';
import { officialStyleXml } from '../helpers/officialStyles';
import { openArchive, tempDir } from '../helpers/tempLibrary';
import { launchChromium, shellFor } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('citing in Chromium', () => {
  it('copies a passage citation to the clipboard as HTML with italics and as plain text', async () => {
    const library = await tempDir();
    const archive = await openArchive(library);
    const shell = await shellFor(archive);
    const metadata = {
      type: 'post-weblog',
      title: 'The bloodshed in Kazakhstan',
      'container-title': 'Global Media Literacy',
      author: [{ family: 'Smith', given: 'Jane' }],
      issued: { 'date-parts': [[2022, 1, 7]] },
      URL: 'https://example.org/bloodshed',
    };
    const text =
      'The bloodshed in Kazakhstan\n\nThe unrest began in Zhanaozen.\n\nTroops arrived in Almaty on the sixth.';
    const report = await archive.api.importFiles({
      files: [
        { name: 'bloodshed.txt', dataBase64: b64(text) },
        { name: 'bloodshed.csl.json', dataBase64: b64(JSON.stringify(metadata)) },
      ],
    });
    const sourceId =
      report.ok && report.value.results[0]!.status === 'imported'
        ? report.value.results[0]!.source.id
        : '';

    const context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      acceptDownloads: true,
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(shell.url).origin,
    });
    const page = await context.newPage();
    await page.goto(shell.url);
    await page.getByRole('combobox', { name: 'Search passages' }).waitFor();

    // Open the passage from search, so it is the marked one.
    await page.keyboard.press('Control+k');
    await page.keyboard.type('Almaty');
    const results = page.getByRole('listbox', { name: 'Search results' });
    await expect.poll(() => results.getAttribute('aria-busy')).toBe('false');
    await page.keyboard.press('Enter');
    await page.locator('.passage.is-focused').waitFor();

    const cite = page.getByRole('region', { name: 'Cite' });
    await cite.getByLabel('Style', { exact: true }).selectOption('chicago-note');
    await cite.getByLabel('Form').selectOption('note');
    await cite.getByLabel('Quote the marked passage').check();
    await expect.poll(() => cite.getByLabel('Citation preview').textContent()).toContain('para. 2');
    // The reader shows the number the citation gives, beside the marked passage.
    const row = page.locator('.passage-row').filter({ has: page.locator('.passage.is-focused') });
    expect(await row.locator('.passage-number').textContent()).toBe('2');
    await page.screenshot({ path: join(repoRoot, 'test-results', 'e2e-11-cite-panel.png') });
    await cite.getByRole('button', { name: 'Copy', exact: true }).click();
    await cite.getByRole('status').filter({ hasText: 'Copied with formatting' }).waitFor();

    const clipboard = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return {
        html: await (await item!.getType('text/html')).text(),
        text: await (await item!.getType('text/plain')).text(),
      };
    });
    const detail = await archive.api.getSource({ id: sourceId });
    const passageId = detail.ok ? detail.value.passages[1]!.id : '';
    const expected = await archive.api.cite({
      sourceId,
      style: 'chicago-note',
      form: 'note',
      passageId,
    });
    if (!expected.ok) throw new Error(expected.error.message);
    // A note is a footnote, not words of the sentence: the quote carries its number and the note
    // stands on a line of its own (run together, they read as one sentence).
    expect(clipboard.text).toBe(
      `“Troops arrived in Almaty on the sixth.”¹\n\n¹ ${expected.value.text}`,
    );
    expect(clipboard.html).toContain(`<i>Global Media Literacy</i>`);
    expect(clipboard.html).toContain('para. 2');

    // A style added from a .csl file is chosen at once and kept in the library.
    const title = 'Chicago (short notes), a writer’s copy';
    const styleXml = officialStyleXml('chicago-note-bibliography').replace(
      /<title>[^<]*<\/title>/u,
      `<title>${title}</title>`,
    );
    await cite.getByLabel('Choose a CSL style file').setInputFiles({
      name: 'chicago-short.csl',
      mimeType: 'application/xml',
      buffer: Buffer.from(styleXml),
    });
    await expect
      .poll(async () =>
        cite.getByLabel('Style', { exact: true }).locator('option:checked').textContent(),
      )
      .toBe(title);
    const styles = await archive.api.listStyles({});
    expect(
      styles.ok && styles.value.map((s) => s.id).filter((id) => id.startsWith('added:')),
    ).toHaveLength(1);
    await cite.getByLabel('Style', { exact: true }).selectOption('apa');

    // The bibliography view lists the library in the chosen style and exports it.
    await page.getByRole('button', { name: 'Bibliography' }).click();
    const view = page.getByRole('main', { name: 'Bibliography' });
    await expect.poll(() => view.locator('.bib-entry').count()).toBe(1);
    expect(await view.locator('.bib-entry i').first().textContent()).toBe('Global Media Literacy');
    await page.screenshot({ path: join(repoRoot, 'test-results', 'e2e-12-bibliography.png') });
    const download = page.waitForEvent('download');
    await view.getByLabel('Export as').selectOption('md');
    const file = await download;
    expect(file.suggestedFilename()).toBe('bibliography.md');
    const saved = await file.path();
    expect(readFileSync(saved, 'utf8')).toContain('*Global Media Literacy*');

    await context.close();
    await shell.close();
    await archive.close();
  });
});

describe('reading pasted web articles in Chromium', () => {
  it('shows the article with its headings and captions, and its comment set apart and linked', async () => {
    const library = await tempDir();
    const archive = await openArchive(library);
    const shell = await shellFor(archive);
    const file = corpusFile('000');
    await archive.api.importFiles({
      files: [{ name: file.split('/').pop()!, dataBase64: readFileSync(file).toString('base64') }],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(shell.url);
    await page.getByRole('combobox', { name: 'Search passages' }).waitFor();
    const sources = page.getByRole('list', { name: 'Sources' }).getByRole('button');
    await expect.poll(() => sources.count()).toBe(2);
    await sources.filter({ hasNotText: 'Comment 1' }).first().click();
    const comments = page.getByRole('region', { name: 'Reader comments' });
    await comments.waitFor();
    const reader = page.getByRole('main', { name: 'Reader' });
    for (const furniture of [
      'Type to search',
      'Leave a Reply',
      'Similar Posts',
      'Your email address',
    ]) {
      expect(await reader.textContent()).not.toContain(furniture);
    }
    await page.screenshot({
      path: join(repoRoot, 'test-results', 'e2e-13-article-with-comment.png'),
    });
    await comments.getByRole('button').first().click();
    await page.getByText('Reader comment on').waitFor();
    await page.screenshot({ path: join(repoRoot, 'test-results', 'e2e-14-comment.png') });
    await page.close();
    await shell.close();
    await archive.close();
  });

  it('copies a [@key] marker from a highlight, and cites a draft chosen in the Bibliography', async () => {
    const archive = await openArchive(await tempDir());
    const text =
      'Strike at the port\n\nDockers stopped work on Monday.\n\nThe port reopened on Friday.';
    const metadata = {
      type: 'article-newspaper',
      title: 'Strike at the port',
      author: [{ family: 'Okafor', given: 'Ada' }],
      issued: { 'date-parts': [[2023, 5, 2]] },
    };
    const report = await archive.api.importFiles({
      files: [
        { name: 'strike.txt', dataBase64: b64(text) },
        { name: 'strike.csl.json', dataBase64: b64(JSON.stringify(metadata)) },
      ],
    });
    const imported = report.ok ? report.value.results[0]! : null;
    const sourceId = imported?.status === 'imported' ? imported.source.id : '';
    const source = await archive.api.getSource({ id: sourceId });
    const passage = source.ok ? source.value.passages[1]! : null;
    const key = source.ok ? String(source.value.metadata['citation-key']) : '';
    await archive.api.createHighlight({
      sourceId,
      start: passage!.start,
      end: passage!.end,
      themeIds: ['labour'],
      note: '',
    });
    const shell = await shellFor(archive);
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(shell.url).origin,
    });
    const page = await context.newPage();
    await page.goto(shell.url);
    await page.getByRole('list', { name: 'Sources' }).getByRole('button').first().click();
    await page.locator('[data-highlights]').first().click();
    await page.getByRole('button', { name: 'Copy [@key]' }).click();
    // The second paragraph, as the draft parser reads a locator back.
    await page
      .getByRole('status')
      .filter({ hasText: `Copied [@${key}, para. 2]` })
      .waitFor();
    const marker = await page.evaluate(() => navigator.clipboard.readText());
    expect(marker).toBe(`[@${key}, para. 2]`);

    await page.getByRole('button', { name: 'Bibliography' }).click();
    const draft = join(await tempDir(), 'chapter.md');
    writeFileSync(draft, `Dockers walked out ${marker}. And [@nobody1999].\n`);
    const download = page.waitForEvent('download');
    await page.getByLabel('Choose a draft to cite').setInputFiles(draft);
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('chapter (cited).docx');
    await page
      .getByRole('status')
      .filter({ hasText: 'with 1 citation. Not in the library, left as typed: @nobody1999' })
      .waitFor();
    const zip = await JSZip.loadAsync(readFileSync((await saved.path())!));
    expect(await zip.file('word/document.xml')!.async('string')).toContain('Okafor');

    // A draft dropped on the view is cited, not imported as a source.
    const dataTransfer = await page.evaluateHandle(
      `(() => { const t = new DataTransfer(); t.items.add(new File([${JSON.stringify(`Ports closed ${marker}.
`)}], 'notes.md', { type: 'text/markdown' })); return t; })()`,
    );
    const dropped = page.waitForEvent('download');
    const zone = page.getByRole('region', { name: 'Cite in a draft' });
    await zone.dispatchEvent('dragover', { dataTransfer });
    await zone.dispatchEvent('drop', { dataTransfer });
    expect((await dropped).suggestedFilename()).toBe('notes (cited).docx');
    const sources = await archive.api.listSources({});
    expect(sources.ok && sources.value.length).toBe(1);
    await page.close();
    await shell.close();
    await archive.close();
  });
});
