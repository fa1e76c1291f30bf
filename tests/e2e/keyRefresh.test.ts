// A key that stayed because it was used is offered for refresh in the inspector, which names
// where it was used first (issue 31, point 6).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, upload } from '../helpers/apiCalls';
import { libraryShell, openPage } from './browser';

let shell: Awaited<ReturnType<typeof libraryShell>>;
let sourceId = '';

beforeAll(async () => {
  shell = await libraryShell(async (archive) => {
    const details = {
      type: 'article-newspaper',
      title: 'Detroit thousands march',
      author: [{ family: 'Reyes', given: 'Ana' }],
      issued: { 'date-parts': [[1, 1, 1]] },
    };
    const [first] = ok(
      await archive.api.importFiles({
        files: [
          upload('detroit.txt', 'Detroit thousands march\n\nThousands marched downtown.'),
          upload('detroit.csl.json', JSON.stringify(details)),
        ],
      }),
    ).results;
    sourceId = first?.status === 'imported' ? first.source.id : '';
    // Exported with the wrong date, then corrected: the key stays as the .bib file has it.
    ok(await archive.api.exportBibliography({ style: 'apa', format: 'bibtex' }));
    const { metadata } = ok(await archive.api.getSource({ id: sourceId }));
    ok(
      await archive.api.setSourceMetadata({
        sourceId,
        metadata: { ...metadata, issued: { 'date-parts': [[2019, 6, 14]] } },
      }),
    );
  });
});

afterAll(async () => {
  await shell?.close();
});

describe('refreshing a citation key', () => {
  it('names where the old key went, then takes the key the details make', async () => {
    const page = await openPage(shell.browser, shell.url);
    await page
      .getByRole('list', { name: 'Sources' })
      .getByRole('button', { name: /Detroit/ })
      .click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    const offer = inspector.getByRole('group', { name: 'Citation key' });
    await offer.waitFor();
    expect(await offer.textContent()).toMatch(
      /make the key reyes2019detroit; this source keeps reyes1detroit, because it was used:exported as BibTeX on \d{4}-\d\d-\d\d/,
    );
    await offer.getByRole('button', { name: 'Refresh key' }).click();
    await offer.waitFor({ state: 'detached' });
    expect(
      await inspector.locator('.field', { hasText: 'Citation key' }).locator('dd').textContent(),
    ).toBe('reyes2019detroit');
    const source = ok(await shell.archive.api.getSource({ id: sourceId }));
    expect(source.metadata['citation-key']).toBe('reyes2019detroit');
    await page.close();
  });
});
