// A brief being made survives a reload of the window (issue 31, point 3: a reload kept the Brief
// view but dropped the brief, "Choose at least one theme").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tagQuote } from '../helpers/tagQuote';
import { corpusShell, openPage } from './browser';

let shell: Awaited<ReturnType<typeof corpusShell>>;

beforeAll(async () => {
  shell = await corpusShell(async (archive) => {
    const sources = await archive.api.listSources({});
    const source = sources.ok ? sources.value.find((s) => s.file.startsWith('001')) : undefined;
    await tagQuote(archive.api, source!.id, 'probably much too low, is 164', 'casualties');
  });
});

afterAll(async () => {
  await shell?.close();
});

describe('the brief being made', () => {
  it('is the same after a reload: title, themes, order and preview', async () => {
    const page = await openPage(shell.browser, shell.url);
    await page
      .locator('header.toolbar')
      .getByRole('button', { name: 'Brief', exact: true })
      .click();
    const settings = page.getByRole('complementary', { name: 'Brief settings' });
    await settings.getByRole('checkbox', { name: 'casualties' }).check();
    await settings.getByRole('textbox', { name: 'Title' }).fill('Counting the dead');
    await settings.getByRole('combobox', { name: 'Order' }).selectOption('title');
    const preview = page.getByRole('article', { name: 'Brief preview' });
    await expect.poll(() => preview.locator('h1').textContent()).toBe('Counting the dead');

    await page.reload();
    await expect.poll(() => preview.locator('h1').textContent()).toBe('Counting the dead');
    expect(await settings.getByRole('textbox', { name: 'Title' }).inputValue()).toBe(
      'Counting the dead',
    );
    expect(await settings.getByRole('checkbox', { name: 'casualties' }).isChecked()).toBe(true);
    expect(await settings.getByRole('checkbox', { name: 'labour' }).isChecked()).toBe(false);
    expect(await settings.getByRole('combobox', { name: 'Order' }).inputValue()).toBe('title');
    await page.close();
  });
});
