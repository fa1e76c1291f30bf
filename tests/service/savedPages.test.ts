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

describe('the reader comments of a saved page', () => {
  it('takes each hAtom comment’s own text, without its author’s name, as the page shows it', () => {
    const { doc } = page('firefox-nightly-blog');
    const expected = readFileSync(join(pages, 'firefox-nightly-blog', 'expected.html'), 'utf8');
    // The article Readability's project expects holds the comments as "NAME wrote on DATE: TEXT".
    const shown = [...expected.matchAll(/<p>\s*([^<]+?)\s*<\/p>/g)].map((m) =>
      m[1]!.replace(/\s+/g, ' '),
    );
    expect(doc.comments.map((c) => c.author)).toEqual(['Alan Goodale', 'John Doe']);
    expect(doc.comments.map((c) => c.date)).toEqual(['2020-12-24', '2021-02-09']);
    for (const comment of doc.comments) expect(shown).toContain(comment.text);
  });
});

describe('a Disqus thread set into the page by the browser extension', () => {
  it('comes in as the page’s reader comments, each with its author and moment, and none of its furniture in the article', () => {
    const frame = readFileSync(join(repoRoot, 'tests/fixtures/capture/disqus-thread.html'), 'utf8');
    const thread = /<body>([\s\S]*)<\/body>/.exec(frame)![1]!;
    const filler = (n: number) =>
      `<p>Paragraph ${n} of the harbour report, long enough for a reader to keep it as the article body and not as page furniture, with the names of the berths and the ships.</p>`;
    const html = `<!doctype html><html><head><title>Harbour report</title></head><body><article>
      <h1>Harbour report</h1>${filler(1)}${filler(2)}${filler(3)}</article>
      <div id="disqus_thread"><div data-dossier-frame="https://disqus.com/embed/comments/?f=harbour">${thread}</div></div>
      </body></html>`;
    const doc = htmlDocument(html);
    // The fixture's two posts, by their own markup: author link, time-ago title, message.
    expect(doc.comments).toEqual([
      {
        author: 'Mira Kowalczyk',
        date: 'Tuesday, March 5, 2024 9:14 AM',
        text: 'The dockers were not paid for three months before the strike, which the article leaves out.',
      },
      {
        author: 'Tomasz Nowak',
        date: 'Tuesday, March 5, 2024 11:02 AM',
        text: "The union's own figures say four hundred walked out on the first day, not two hundred.",
      },
    ]);
    const article = doc.blocks.map((b) => b.text).join('\n');
    for (const furniture of ['Powered by Disqus', 'Sort by Best', 'Upvote', '2 Comments'])
      expect(article).not.toContain(furniture);
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

  it('keeps the formulas of a page drawn by MathJax, each as a line of text in its sentence', () => {
    const filler = (n: number) =>
      `<p>Paragraph ${n} of a lecture on algebra, long enough for a reader to keep it as the article body and not as page furniture, with worked examples and exercises.</p>`;
    // MathJax 3's output: glyph-less mjx- elements beside an accessible MathML copy.
    const quadratic = `<mjx-container class="MathJax" jax="CHTML"><mjx-math class="MJX-TEX"><mjx-mi><mjx-c class="mjx-c1D44E"></mjx-c></mjx-mi></mjx-math><mjx-assistive-mml display="inline"><math xmlns="http://www.w3.org/1998/Math/MathML"><mi>a</mi><msup><mi>x</mi><mn>2</mn></msup><mo>+</mo><mi>b</mi><mi>x</mi><mo>+</mo><mi>c</mi><mo>=</mo><mn>0</mn></math></mjx-assistive-mml></mjx-container>`;
    const root = `<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi><mo>=</mo><mfrac><mrow><mo>−</mo><mi>b</mi><mo>±</mo><msqrt><mi>Δ</mi></msqrt></mrow><mrow><mn>2</mn><mi>a</mi></mrow></mfrac></math>`;
    const html = `<!doctype html><html><head><title>Quadratic equations</title></head><body><article>
      <h1>Quadratic equations</h1>${filler(1)}
      <p>Every equation ${quadratic}, with a nonzero leading term, has the roots ${root}, counted twice where they meet.</p>
      ${filler(2)}${filler(3)}
      <p>In TeX: <script type="math/tex">e^{i\\pi} + 1 = 0</script>, the identity.</p>
      ${filler(4)}</article></body></html>`;
    const texts = htmlDocument(html).blocks.map((b) => b.text);
    expect(texts).toContain(
      'Every equation a x^2 + b x + c = 0, with a nonzero leading term, has the roots x = (− b ± √(Δ))/(2 a), counted twice where they meet.',
    );
    expect(texts).toContain('In TeX: \\(e^{i\\pi} + 1 = 0\\), the identity.');
  });
});
