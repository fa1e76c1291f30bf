// The window in the writer's language (issue 32): Russian from the system's language, every
// view's words from the catalogue, and a choice that stays.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../renderer/src/i18n/en.json';
import ru from '../../renderer/src/i18n/ru.json';
import { ok } from '../helpers/apiCalls';
import { CUE_SYNTAX } from '../../shared/themes/cueSyntax';
import { repoRoot } from '../helpers/corpus';
import { corpusShell, openPage } from './browser';

let running: Awaited<ReturnType<typeof corpusShell>>;
/** The theme the setting up tagged a passage with: the one undo step the window finds. */
let taggedAs = '';

beforeAll(async () => {
  running = await corpusShell(async (archive) => {
    const [source] = ok(await archive.api.listSources({}));
    const passage = ok(await archive.api.getSource({ id: source!.id })).passages[0]!;
    const [theme] = ok(await archive.api.listThemes({}));
    taggedAs = theme?.name ?? '';
    if (theme)
      ok(
        await archive.api.createHighlight({
          sourceId: source!.id,
          start: passage.start,
          end: passage.end,
          themeIds: [theme.id],
        }),
      );
  });
});

afterAll(async () => {
  await running?.close();
});

/** The English words of the catalogue that Russian says otherwise: none may show in Russian. */
const english = new Set(
  Object.entries(en)
    .filter(([key, text]) => {
      const russian = (ru as Record<string, string>)[key];
      return russian !== undefined && russian !== text && !text.includes('{{');
    })
    .map(([, text]) => text),
);

/** Every word the page shows or names for a screen reader: text, labels, titles, placeholders. */
function shownWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      if (text) out.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label],[title],[placeholder]'))
      for (const name of ['aria-label', 'title', 'placeholder'])
        if (el.getAttribute(name)) out.push(el.getAttribute(name)!.trim());
    return out;
  });
}

async function leftInEnglish(page: Page): Promise<string[]> {
  return (await shownWords(page)).filter((w) => english.has(w));
}

describe('the window in Russian', () => {
  it('starts in the system language, and no view shows a word of the catalogue in English', async () => {
    const page = await openPage(running.browser, running.url, 'ru-RU');
    const toolbar = page.locator('header.toolbar');
    await toolbar.getByRole('button', { name: 'Отменить', exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    const left: string[] = [];
    // The reader with a source open, its details and a citation.
    await page.getByRole('navigation', { name: 'Библиотека' }).getByRole('button').first().click();
    await page.getByRole('complementary', { name: 'Инспектор' }).waitFor();
    left.push(...(await leftInEnglish(page)));
    await page.screenshot({
      path: join(repoRoot, 'test-results', 'e2e-window-russian-reader.png'),
    });
    for (const [button, view] of [
      ['Матрица', 'Матрица тем'],
      ['Библиография', 'Библиография'],
      ['Справка', 'Справка'],
    ] as const) {
      await toolbar.getByRole('button', { name: button, exact: true }).click();
      await page.getByRole('main', { name: view }).waitFor();
      left.push(...(await leftInEnglish(page)));
      await page.screenshot({
        path: join(repoRoot, 'test-results', `e2e-window-russian-${view}.png`),
      });
      await toolbar.getByRole('button', { name: button, exact: true }).click();
    }
    // The themes tab, the codebook with its rules and cue packs, and the search with its filters.
    await page.getByRole('tab', { name: /Темы/ }).click();
    await page.getByRole('button', { name: ru['Codebook files, cue packs and rules…'] }).click();
    await page.getByRole('main', { name: ru['Codebook'] }).waitFor();
    await page.getByText(ru[CUE_SYNTAX[0]! as keyof typeof ru]).waitFor();
    left.push(...(await leftInEnglish(page)));
    await page.getByRole('combobox', { name: 'Поиск по абзацам' }).click();
    await page.getByRole('combobox', { name: 'Фильтр по теме' }).waitFor();
    left.push(...(await leftInEnglish(page)));
    expect([...new Set(left)]).toEqual([]);
  });

  it('says what an undo undid in Russian, with the theme named as the writer named it', async () => {
    expect(taggedAs).not.toBe('');
    const page = await openPage(running.browser, running.url, 'ru-RU');
    await page
      .locator('header.toolbar')
      .getByRole('button', { name: 'Отменить', exact: true })
      .click();
    // The words of the Russian catalogue, the writer's theme name put in as it is.
    const step = (ru as Record<string, string>)['Tag as {{themes}}']!.replace(
      '{{themes}}',
      taggedAs,
    );
    const notice = ru['Undid: {{what}}'].replace('{{what}}', step);
    expect(notice).toMatch(/^Отменено: /);
    await page.getByText(notice, { exact: true }).waitFor();
    // Put back, as the other tests found it.
    ok(await running.archive.api.redo({}));
  });

  it('words the service’s error in Russian: a theme name already taken', async () => {
    const page = await openPage(running.browser, running.url, 'ru-RU');
    await page.getByRole('tab', { name: /Темы/ }).click();
    await page.getByRole('textbox', { name: ru['New theme name'] }).fill(taggedAs);
    await page.getByRole('button', { name: ru['Add theme'], exact: true }).click();
    const said = (ru as Record<string, string>)[
      'There is already a theme named “{{name}}”.'
    ]!.replace('{{name}}', taggedAs);
    expect(said).toMatch(/^Тема «/);
    // The error bar holds the message and its Dismiss button.
    await page.getByRole('alert').filter({ hasText: said }).waitFor();
  });

  it('reports an import in Russian, counting as Russian counts', async () => {
    const page = await openPage(running.browser, running.url, 'ru-RU');
    await page.getByLabel('Выберите файлы для импорта').setInputFiles([
      { name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from('Заметка\n\nПервый абзац.') },
      { name: 'b.txt', mimeType: 'text/plain', buffer: Buffer.from('Другая\n\nВторой абзац.') },
    ]);
    // "Импортировано 2 из 2 файлов": the genitive plural after 2 in "из 2 файлов".
    await page.getByRole('status').getByText('Импортировано 2 из 2 файлов.').waitFor();
  });

  it('says in Russian why a file was not imported', async () => {
    const page = await openPage(running.browser, running.url, 'ru-RU');
    await page
      .getByLabel('Выберите файлы для импорта')
      .setInputFiles([{ name: 'пусто.txt', mimeType: 'text/plain', buffer: Buffer.from('') }]);
    // The reason from the catalogue: the service refused the file, the window words why.
    const line = ru['{{file}} was not imported: {{reason}}.']
      .replace('{{file}}', 'пусто.txt')
      .replace('{{reason}}', ru['it is empty']);
    expect(line).toBe('пусто.txt не импортирован: он пуст.');
    await page.getByText(line, { exact: true }).waitFor();
  });

  it('says in Russian what a file of highlights left out', async () => {
    const page = await openPage(running.browser, running.url, 'ru-RU');
    await page.getByLabel('Выберите файлы для импорта').setInputFiles([
      {
        name: 'My Clippings.txt',
        mimeType: 'text/plain',
        buffer: readFileSync(
          join(repoRoot, 'tests/fixtures/highlights/kindle/image_highlights_clippings.txt'),
        ),
      },
    ]);
    // Kindle kept no words for two highlighted images: the reader says so, the window in Russian.
    const left = ru[
      "{{count}} empty highlights: Kindle keeps no words for a highlighted image, or past the publisher's clipping limit."
    ].replace('{{count}}', '2');
    await page.getByText(left, { exact: false }).waitFor();
    expect(await page.getByText('Kindle keeps no words', { exact: false }).count()).toBe(0);
  });

  it('switches to English at once when the writer chooses it, and keeps the choice', async () => {
    const page = await openPage(running.browser, running.url, 'ru-RU');
    await page.getByRole('combobox', { name: 'Язык окна' }).selectOption('en');
    const toolbar = page.locator('header.toolbar');
    await toolbar.getByRole('button', { name: 'Undo', exact: true }).waitFor();
    await page.reload();
    await toolbar.getByRole('button', { name: 'Undo', exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});
