// "Open in Dossier" (issue 28): a link starts the window on a source, and one the library lacks
// is said, not silently dropped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../helpers/apiCalls';
import { corpusShell, openPage } from './browser';

let running: Awaited<ReturnType<typeof corpusShell>>;

beforeAll(async () => {
  running = await corpusShell();
});

afterAll(async () => {
  await running?.close();
});

describe('a link to a source', () => {
  it('opens the window on that source, and a reload keeps what the writer reads', async () => {
    const sources = ok(await running.archive.api.listSources({}));
    // Not the first in the list, so the window cannot have opened it by itself.
    const wanted = sources.at(-1)!;
    // The shell's address carries its token in the hash too: "#token=…&source=ID".
    const page = await openPage(running.browser, `${running.url}&source=${wanted.id}`);
    const reader = page.getByRole('main', { name: 'Reader' });
    await reader.getByRole('heading', { level: 1, name: wanted.title }).waitFor();
    // The hash is read once: the address no longer carries it, and a reload opens the source
    // remembered as open, as any reload does.
    expect(await page.evaluate(() => window.location.hash)).toBe('');
    await page.reload();
    await reader.getByRole('heading', { level: 1, name: wanted.title }).waitFor();
  });

  it('says so when the library has no such source', async () => {
    const page = await openPage(running.browser, `${running.url}&source=snotinthislibrary`);
    await page
      .getByRole('alert')
      .getByText(/The link names a source this library does not have \(snotinthislibrary\)/)
      .waitFor();
  });
});
