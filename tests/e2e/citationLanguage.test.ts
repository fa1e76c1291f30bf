// The writer chooses the language citations are made in, once, for the library (issue 32).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ok, upload } from '../helpers/apiCalls';
import { repoRoot } from '../helpers/corpus';
import { libraryShell, openPage } from './browser';

let shell: Awaited<ReturnType<typeof libraryShell>>;

beforeAll(async () => {
  shell = await libraryShell(async (archive) => {
    const details = {
      type: 'chapter',
      title: 'The strike at the port',
      'container-title': 'Labour in the twentieth century',
      author: [{ family: 'Okafor', given: 'Ada' }],
      editor: [{ family: 'Keller', given: 'Anna' }],
      issued: { 'date-parts': [[2021, 3, 5]] },
    };
    ok(
      await archive.api.importFiles({
        files: [
          upload('chapter.txt', 'The strike at the port\n\nA paragraph.'),
          upload('chapter.csl.json', JSON.stringify(details)),
        ],
      }),
    );
  });
});

afterAll(async () => {
  await shell?.close();
});

describe('the citation language', () => {
  it('words the bibliography in the language chosen, and the library keeps it', async () => {
    const page = await openPage(shell.browser, shell.url);
    await page.getByRole('button', { name: 'Bibliography' }).click();
    const view = page.getByRole('main', { name: 'Bibliography' });
    await view.getByText('(Ed.)').waitFor();
    await view.getByRole('combobox', { name: 'Citation language' }).selectOption('de-DE');
    await view.getByText('(Hrsg.)').waitFor();
    await page.screenshot({ path: join(repoRoot, 'test-results', 'e2e-citation-language.png') });
    // A library setting: the service cites in it when no language is asked for.
    const bib = ok(await shell.archive.api.bibliography({ style: 'apa' }));
    expect(bib.entries[0]!.text).toContain('(Hrsg.)');
    // Another window on the library opens with it chosen.
    const other = await openPage(shell.browser, shell.url);
    await other.getByRole('button', { name: 'Bibliography' }).click();
    const again = other.getByRole('main', { name: 'Bibliography' });
    await again.getByText('(Hrsg.)').waitFor();
    const language = again.getByRole('combobox', { name: 'Citation language' });
    await expect.poll(() => language.inputValue()).toBe('de-DE');
  });
});
