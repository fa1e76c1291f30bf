// Highlights made in Kindle come in through the window's Import, and the book they belong to
// reads as the writer's quotes, not as the book (issue 32).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/corpus';
import { libraryShell, openPage } from './browser';

let shell: Awaited<ReturnType<typeof libraryShell>>;

beforeAll(async () => {
  shell = await libraryShell(async () => {});
});

afterAll(async () => {
  await shell?.close();
});

describe('importing Kindle clippings in the window', () => {
  it('reports what came in and opens each book as the quotes it holds', async () => {
    const page = await openPage(shell.browser, shell.url);
    const clippings = readFileSync(
      join(repoRoot, 'tests/fixtures/highlights/kindle/clippings_with_notes.txt'),
    );
    await page
      .getByLabel('Choose files to import')
      .setInputFiles([{ name: 'My Clippings.txt', mimeType: 'text/plain', buffer: clippings }]);
    const status = page.getByRole('status').filter({ hasText: 'of highlights read' });
    await status.waitFor();
    // Not "Imported 0 of 1 file": the file was highlights, and the line says so.
    expect(await status.textContent()).toMatch(/^1 file of highlights read\./);
    expect(await status.textContent()).toMatch(
      /My Clippings\.txt: Kindle clippings, 4 highlights added to 4 new sources of quotes/,
    );
    await page
      .getByRole('list', { name: 'Sources' })
      .getByRole('button', { name: /The Selfish Gene/ })
      .click();
    const note = page.getByRole('note').filter({ hasText: 'The passages you highlighted' });
    await note.waitFor();
    expect(await note.textContent()).toContain('from Kindle clippings: not its full text');
    await page.locator('.reader-page .highlighted').first().waitFor();
    await page.screenshot({ path: join(repoRoot, 'test-results', 'e2e-kindle-quotes.png') });
  });
});
