// Suggestions are asked for source by source, remembered per source, and a paragraph offers its
// strongest few with "Show all" (issue 31, point 5: one global switch showed nine suggestions
// unasked on the next source, and 100 chips on a long article).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../helpers/apiCalls';
import { libraryShell, openPage } from './browser';

const text = (lines: string[]) => Buffer.from(lines.join('\n\n') + '\n').toString('base64');
// Four themes of the general codebook in one paragraph, labour by four of its cues.
const HARBOUR = text([
  'Harbour unrest',
  'Striking dock workers said foreign troops killed two members of their clan. The union demanded higher wages.',
  'The harbour was quiet again on Sunday morning.',
]);
const MARKET = text(['Market traders', 'The traders at the market went on strike on Monday.']);

let shell: Awaited<ReturnType<typeof libraryShell>>;

beforeAll(async () => {
  shell = await libraryShell(async (archive) => {
    ok(await archive.api.startCodebook({ start: 'general' }));
    ok(
      await archive.api.importFiles({
        files: [
          { name: 'harbour.txt', dataBase64: HARBOUR },
          { name: 'market.txt', dataBase64: MARKET },
        ],
      }),
    );
  });
});

afterAll(async () => {
  await shell?.close();
});

const accepts = (page: Page) => page.getByRole('button', { name: /^Accept .* suggestion$/ });
const open = async (page: Page, title: string) => {
  await page.getByRole('list', { name: 'Sources' }).getByRole('button', { name: title }).click();
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
};

describe('suggested passages', () => {
  it('are asked for one source at a time, remembered for it, a few per paragraph', async () => {
    const page = await openPage(shell.browser, shell.url);
    await open(page, 'Harbour unrest');
    expect(await accepts(page).count()).toBe(0);
    await page.getByRole('button', { name: 'Suggest passages for this source' }).click();

    // The strongest first: labour, which the paragraph names four ways; two shown of four.
    await accepts(page).first().waitFor();
    expect(await accepts(page).count()).toBe(2);
    expect(await accepts(page).first().getAttribute('aria-label')).toBe('Accept labour suggestion');
    await page.getByRole('button', { name: 'Show all 4' }).click();
    await expect.poll(() => accepts(page).count()).toBe(4);

    // Another source is not suggested for unasked.
    await open(page, 'Market traders');
    expect(await accepts(page).count()).toBe(0);
    expect(
      await page.getByRole('button', { name: 'Suggest passages for this source' }).isVisible(),
    ).toBe(true);

    // The first source keeps its suggestions, across a reload too.
    await open(page, 'Harbour unrest');
    await expect.poll(() => accepts(page).count()).toBe(2);
    await page.reload();
    await page.getByRole('heading', { name: 'Harbour unrest', level: 1 }).waitFor();
    await expect.poll(() => accepts(page).count()).toBe(2);
    await page.close();
  });
});
