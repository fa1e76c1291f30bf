// Pages copied whole from a browser (Chromium's clipboard text/html after Select All and Copy on
// two of Mozilla Readability's test pages; tests/fixtures/readability, Apache-2.0), imported as
// the window's paste and the CLI import them, against the article Readability's project expects.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ok, upload } from '../helpers/apiCalls';
import { repoRoot } from '../helpers/corpus';
import { dossier } from '../helpers/runDossier';
import { openArchive, tempDir } from '../helpers/tempLibrary';

const fixtures = join(repoRoot, 'tests/fixtures/readability');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The paragraphs of the article Readability's project expects from the page. */
function expectedParagraphs(page: string): string[] {
  const html = readFileSync(join(fixtures, 'pasted', `${page}.expected.html`), 'utf8');
  const { document } = new JSDOM(html).window;
  return Array.from(document.querySelectorAll('p'), (p) => squash(p.textContent ?? '')).filter(
    Boolean,
  );
}

describe('a page copied from the browser', () => {
  for (const page of ['herald-sun-1', 'webmd-1']) {
    it(`${page}: numbers the article's own paragraphs from 1, the site's menus left out`, async () => {
      const copied = readFileSync(join(fixtures, 'copied', `${page}.html`), 'utf8');
      const archive = await openArchive(await tempDir());
      const [outcome] = ok(
        await archive.api.importFiles({ files: [upload('Pasted page.html', copied)] }),
      ).results;
      if (outcome?.status !== 'imported') throw new Error(`${page} was not imported`);
      const source = ok(await archive.api.getSource({ id: outcome.source.id }));
      await archive.close();
      const paragraphs = expectedParagraphs(page);
      // Paragraph n of the citation is the article's paragraph n.
      expect(source.passages.map((p) => squash(p.text))).toEqual(paragraphs);
    });
  }

  it('is read by dossier import as a .html file holding the clipboard fragment', async () => {
    const lib = await tempDir();
    const file = join(fixtures, 'copied', 'webmd-1.html');
    const imported = await dossier(['import', file, '--library', lib, '--json']);
    expect(imported.code).toBe(0);
    const list = await dossier(['list', '--json', '--library', lib]);
    const [source] = JSON.parse(list.out) as { id: string }[];
    const shown = await dossier(['show', source!.id, '--json', '--library', lib]);
    const { passages } = JSON.parse(shown.out) as { passages: { text: string }[] };
    expect(passages.map((p) => squash(p.text))).toEqual(expectedParagraphs('webmd-1'));
  });
});
