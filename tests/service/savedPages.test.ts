// Saved pages Dossier was not shaped on: three of Mozilla Readability's test pages
// (tests/fixtures/readability, Apache-2.0), read against the metadata that project expects.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlDocument } from '../../electron/main/import/htmlDocument';
import { repoRoot } from '../helpers/corpus';

const pages = join(repoRoot, 'tests/fixtures/readability');
function page(name: string) {
  const dir = join(pages, name);
  return {
    doc: htmlDocument(readFileSync(join(dir, 'source.html'), 'utf8')),
    expected: JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as {
      title: string;
      byline: string;
      siteName: string | null;
      publishedTime: string | null;
    },
  };
}
const year = (iso: string) => iso.slice(0, 10).split('-').map(Number);

describe('metadata of saved pages from other sites', () => {
  it('reads JSON-LD wrapped in CDATA, and prefers its headline to the social-media title', () => {
    const { doc, expected } = page('theverge');
    expect(doc.title).toBe(expected.title);
    expect(doc.metadata).toMatchObject({
      type: 'article-newspaper',
      author: [{ given: 'Alex', family: 'Heath' }],
      'container-title': expected.siteName,
      issued: { 'date-parts': [year(expected.publishedTime!)] },
    });
  });

  it('finds the author of a byline written "By" on one line and the name on the next', () => {
    const { doc, expected } = page('iab-1');
    expect(expected.byline).toMatch(/^By\s+Scott Cunningham$/);
    expect(doc.metadata?.author).toEqual([{ given: 'Scott', family: 'Cunningham' }]);
    // The title without the " | IAB" that names the site.
    expect(expected.title).toBe(`${doc.title} | ${expected.siteName}`);
    expect(doc.metadata?.issued).toEqual({ 'date-parts': [year(expected.publishedTime!)] });
  });

  it('reads Dublin Core and space-separated meta properties, and no decoy author', () => {
    const { doc, expected } = page('004-metadata-space-separated-properties');
    expect(doc.title).toBe(expected.title);
    expect(doc.metadata?.author).toEqual([{ given: 'Creator', family: 'Name' }]);
  });
});

describe('titles and credits of saved pages, as Readability’s project expects them', () => {
  it('cuts a site named after an en dash, and keeps a title whose colon is its own', () => {
    for (const name of ['title-en-dash', 'mercurial']) {
      const { doc, expected } = page(name);
      expect(doc.title).toBe(expected.title);
    }
  });

  it('prefers what a meta tag declares as a property to the same name given as a name', () => {
    const { doc, expected } = page('003-metadata-preferred');
    expect(doc.title).toBe(expected.title);
  });

  it('gives the writer and the editor of a "Written by … Edited by …" credit their roles', () => {
    const { doc, expected } = page('google-sre-book-1');
    expect(expected.byline).toMatch(/^Written by Rob Ewaschuk\s+Edited by Betsy Beyer$/);
    expect(doc.metadata?.author).toEqual([{ given: 'Rob', family: 'Ewaschuk' }]);
    expect(doc.metadata?.editor).toEqual([{ given: 'Betsy', family: 'Beyer' }]);
  });
});

describe('the body of a saved page', () => {
  it('keeps what a figure holds — a table row by row, a pull quote — with its caption set apart', () => {
    const filler = (n: number) =>
      `<p>Paragraph ${n} of a long report on regional harvests, long enough for a reader to keep it as the article body and not as page furniture, with detail on yields and weather.</p>`;
    const html = `<!doctype html><html><head><title>Harvest report</title></head><body><article>
      <h1>Harvest report</h1>${filler(1)}${filler(2)}
      <figure><table><tr><th>Region</th><th>Yield</th></tr><tr><td>North</td><td>4.2 t/ha</td></tr></table>
      <figcaption>Yields by region. Photo: Field office</figcaption></figure>
      ${filler(3)}
      <figure><blockquote>“The rains came late, and then all at once.”</blockquote></figure>
      ${filler(4)}${filler(5)}</article></body></html>`;
    const doc = htmlDocument(html);
    const texts = doc.blocks.map((b) => b.text);
    expect(texts).toContain('Region | Yield');
    expect(texts).toContain('North | 4.2 t/ha');
    expect(texts).toContain('“The rains came late, and then all at once.”');
    expect(doc.captions).toEqual([
      expect.objectContaining({ text: 'Yields by region', credit: 'Field office' }),
    ]);
    expect(texts.some((t) => t.includes('Yields by region'))).toBe(false);
  });
});
