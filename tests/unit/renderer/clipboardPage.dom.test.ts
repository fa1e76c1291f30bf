// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { clipboardFile } from '../../../renderer/src/import/clipboardPage';

const now = new Date(2026, 11, 5, 9, 7);

describe('clipboardFile', () => {
  it('imports a copied page by its markup, not its flattened text', async () => {
    const html =
      '<meta charset="utf-8"><nav>Home News</nav><article><p>The strike began.</p></article>';
    const pick = clipboardFile({ html, text: 'Home News\nThe strike began.' }, now);
    if (!('file' in pick)) throw new Error(pick.refused);
    expect(pick.file.name).toBe('Pasted page 2026-12-05 09.07.html');
    expect(await pick.file.text()).toBe(html);
  });

  it('takes the plain text where the clipboard has no markup, or markup that shows nothing', async () => {
    for (const html of [null, '<img src="x.png"><script>1</script>']) {
      const pick = clipboardFile({ html, text: 'A line of notes' }, now);
      if (!('file' in pick)) throw new Error(pick.refused);
      expect(pick.file.name).toMatch(/^Pasted text .*\.txt$/);
      expect(await pick.file.text()).toBe('A line of notes');
    }
  });

  it('refuses a link alone, saying that nothing is fetched, and an empty clipboard', () => {
    const link = clipboardFile(
      { html: '<a href="https://example.org/a">https://example.org/a</a>', text: null },
      now,
    );
    expect(link).toEqual({ refused: expect.stringMatching(/link, not a page.*fetches nothing/) });
    expect(clipboardFile({ html: null, text: ' https://example.org/a ' }, now)).toEqual({
      refused: expect.stringMatching(/link/),
    });
    expect(clipboardFile({ html: null, text: '  \n' }, now)).toEqual({
      refused: 'The clipboard holds no text to import.',
    });
  });
});
