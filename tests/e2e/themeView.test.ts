// A theme's passages (issue 31, point 6): sources headed by their titles with where they
// appeared, each quote with its paragraph, no unrelated source's inspector beside them, and the
// theme edited in the main pane with every cue word in view.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../helpers/apiCalls';
import { tagQuote } from '../helpers/tagQuote';
import { libraryShell, openPage } from './browser';

const HARBOUR = [
  'Harbour strike in the north',
  'Dock workers met at dawn on the quay.',
  'Three men were killed when the police charged the picket line.',
].join('\n\n');
const HARBOUR_DETAILS = {
  title: 'Harbour strike in the north',
  'container-title': 'The Coast Courier',
  issued: { 'date-parts': [[2023, 4, 2]] },
};

let shell: Awaited<ReturnType<typeof libraryShell>>;

beforeAll(async () => {
  shell = await libraryShell(async (archive) => {
    ok(await archive.api.startCodebook({ start: 'general' }));
    const report = ok(
      await archive.api.importFiles({
        files: [
          { name: 'harbour.txt', dataBase64: Buffer.from(HARBOUR).toString('base64') },
          {
            name: 'market.txt',
            dataBase64: Buffer.from('Market day\n\nTraders opened at six.').toString('base64'),
          },
        ],
      }),
    );
    const first = report.results[0]!;
    const harbourId = first.status === 'imported' ? first.source.id : '';
    const { metadata } = ok(await archive.api.getSource({ id: harbourId }));
    ok(
      await archive.api.setSourceMetadata({
        sourceId: harbourId,
        metadata: { ...metadata, ...HARBOUR_DETAILS },
      }),
    );
    await tagQuote(archive.api, harbourId, 'Three men were killed', 'casualties');
  });
});

afterAll(async () => {
  await shell?.close();
});

describe('a theme’s passages', () => {
  it('heads each source by its title, site and date, and gives each quote its paragraph', async () => {
    const page = await openPage(shell.browser, shell.url);
    // An unrelated source open in the reader, its details beside it.
    await page
      .getByRole('list', { name: 'Sources' })
      .getByRole('button', { name: /Market day/ })
      .click();
    await page.getByRole('complementary', { name: 'Inspector' }).waitFor();

    await page.getByRole('tab', { name: /Themes/ }).click();
    await page.getByRole('button', { name: 'Show passages tagged casualties' }).click();
    const view = page.getByRole('main', { name: 'Passages tagged casualties' });
    const group = view.getByRole('region', { name: 'Harbour strike in the north' });
    await group.waitFor();
    expect(await page.getByRole('complementary', { name: 'Inspector' }).count()).toBe(0);

    const heading = group.getByRole('heading', { level: 2 });
    expect(await heading.evaluate((h) => getComputedStyle(h).textTransform)).toBe('none');
    expect(await group.locator('.theme-group-source').textContent()).toBe(
      'The Coast Courier · 2023-04-02',
    );
    // The quote stands in the text's second paragraph (the first line is the title).
    expect(await group.locator('blockquote').textContent()).toBe('Three men were killed (para. 2)');
    await page.close();
  });

  it('is edited in the main pane, every cue word in view, one per line', async () => {
    const page = await openPage(shell.browser, shell.url);
    await page.getByRole('tab', { name: /Themes/ }).click();
    await page.getByRole('button', { name: 'Edit labour' }).click();
    const editor = page.getByRole('region', { name: 'Edit labour' });
    const cues = editor.getByRole('textbox', { name: /Cue words/ });
    await cues.waitFor();
    const themes = ok(await shell.archive.api.listThemes({}));
    const labour = themes.find((t) => t.name === 'labour')!;
    expect(await cues.inputValue()).toBe(labour.cues.join('\n'));
    // The field is tall enough that its lines can be read without scrolling it sideways.
    expect(await cues.evaluate((t) => t.scrollWidth <= t.clientWidth)).toBe(true);

    await cues.fill(`${labour.cues.join('\n')}\ndockers' walkout`);
    await editor.getByRole('textbox', { name: 'Name' }).click();
    await expect
      .poll(
        async () =>
          ok(await shell.archive.api.listThemes({})).find((t) => t.id === labour.id)?.cues,
      )
      .toEqual([...labour.cues, "dockers' walkout"]);
    await page.close();
  });
});
