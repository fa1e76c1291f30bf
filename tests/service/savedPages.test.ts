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
