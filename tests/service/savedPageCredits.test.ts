import { describe, expect, it } from 'vitest';
import { htmlDocument } from '../../electron/main/import/htmlDocument';

// A saved page written for this test: a byline and date run together by markup, as sites
// print them, a JSON-LD block with a tab typed inside a string, and a year-1 date.
const page = (ld: string) => `<!doctype html><html lang="en"><head>
<title>Harbour pilots end their strike - The Coast Courier</title>
<script type="application/ld+json">${ld}</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article>
<h1>Harbour pilots end their strike</h1>
<div class="byline">by Ines Varga<br><span>Monday, March 4, 2024</span></div>
<p>${'The harbour pilots returned to work on Monday after eleven days on strike, the port authority said, and the first ships were brought in before noon. '.repeat(3)}</p>
<p>${'The union said the agreement gives pilots a second rest day after night shifts and a review of the roster in six months. '.repeat(3)}</p>
</article></body></html>`;

describe('the credits a saved page shows under its headline', () => {
  it('reads the byline and date set under the headline, stopping the name at the line break', () => {
    const doc = htmlDocument(
      page('{"@type": "NewsArticle", "datePublished": "0001-01-01T00:00:00Z", "author": {}}'),
    );
    expect(doc.title).toBe('Harbour pilots end their strike');
    expect(doc.metadata?.author).toEqual([{ given: 'Ines', family: 'Varga' }]);
    expect(doc.metadata?.issued).toEqual({ 'date-parts': [[2024, 3, 4]] });
    expect(doc.warnings.join(' ')).toMatch(/0001-01-01.*not taken/);
  });

  it('reads a JSON-LD block with a tab typed inside one of its strings', () => {
    const doc = htmlDocument(
      page(
        '{"@type": "NewsArticle", "headline": "Harbour pilots end their\tstrike", "author": {"@type": "Person", "name": "Ines\tVarga"}, "datePublished": "2024-03-04"}',
      ),
    );
    expect(doc.metadata?.author).toEqual([{ given: 'Ines', family: 'Varga' }]);
    expect(doc.metadata?.issued).toEqual({ 'date-parts': [[2024, 3, 4]] });
  });

  it('reads a byline whose page wraps its source lines, with two names and a stamp ending in a.m.', () => {
    const wrapped = `<!doctype html><html><head><title>Harbour pilots end their strike</title></head>
<body><h1>Harbour pilots end their strike</h1>
<p class="meta">
By
<a href="/staff/ines-varga/">Ines Varga</a>
,
<a href="/staff/tomas-olsen/">Tomas Olsen</a>
<span>on Monday, March 4th, 2024 at 11:08 a.m.</span>
</p>
<p>${'The harbour pilots returned to work on Monday after eleven days on strike, the port authority said. '.repeat(4)}</p>
</body></html>`;
    const doc = htmlDocument(wrapped);
    expect(doc.metadata?.author).toEqual([
      { given: 'Ines', family: 'Varga' },
      { given: 'Tomas', family: 'Olsen' },
    ]);
    expect(doc.metadata?.issued).toEqual({ 'date-parts': [[2024, 3, 4]] });
  });

  const prose =
    'The harbour pilots returned to work on Monday after eleven days on strike, the port authority said. '.repeat(
      4,
    );

  it('finds the headline in an h2 the tab title carries, where the h1 is another story', () => {
    const doc = htmlDocument(`<!doctype html><html><head>
<title>Harbour pilots end their strike — and the port reopens - Coastwire</title>
<link rel="canonical" href="https://coastwire.example/2024/pilots"></head><body>
<h2>Harbour pilots end their strike — and the port reopens</h2>
<div>Ines Varga</div><div>Mar 4, 2024 @17:19 PM</div>
<p>${prose}</p>
<aside><h1>Another story the site promotes</h1><p>A teaser.</p></aside>
</body></html>`);
    // The tab's last " - " is the site's; the dash inside the title is the title's.
    expect(doc.title).toBe('Harbour pilots end their strike — and the port reopens');
    expect(doc.metadata?.author).toEqual([{ given: 'Ines', family: 'Varga' }]);
    expect(doc.metadata?.issued).toEqual({ 'date-parts': [[2024, 3, 4]] });
  });

  it('reads the credits under a long deck, and the writer under a role line', () => {
    const doc =
      htmlDocument(`<!doctype html><html><head><title>Harbour pilots end their strike</title>
<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Coastwire"}}</script>
</head><body>
<h1>Harbour pilots end their strike</h1>
<p>${'The pilots, who bring every large ship into the port, return to work after eleven days. '.repeat(3)}</p>
<div>Ines Varga</div><div>Harbour reporter @ivarga</div><div>Monday 4 March 2024 11:42, UK</div>
<p>${prose}</p>
</body></html>`);
    // The organisation the page declares gives way to the person its byline shows.
    expect(doc.metadata?.author).toEqual([{ given: 'Ines', family: 'Varga' }]);
    expect(doc.metadata?.issued).toEqual({ 'date-parts': [[2024, 3, 4]] });
  });

  it('does not take a menu item above the headline for its writer', () => {
    const doc =
      htmlDocument(`<!doctype html><html><head><title>Harbour pilots end their strike</title></head><body>
<ul><li>Harbour News</li><li>Coast Entertainment</li></ul>
<h1>Harbour pilots end their strike</h1>
<div>March 4, 2024 at 9:45 am</div>
<p>${prose}</p>
</body></html>`);
    expect(doc.metadata?.author ?? []).toEqual([]);
    expect(doc.metadata?.issued).toEqual({ 'date-parts': [[2024, 3, 4]] });
  });

  it('cites the writer its byline shows where its JSON-LD names someone else', () => {
    const doc =
      htmlDocument(`<!doctype html><html><head><title>Harbour pilots end their strike</title>
<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Web Producer"}}</script>
</head><body>
<h1>Harbour pilots end their strike</h1>
<div>By Ines Varga</div><div>March 4, 2024</div>
<p>${prose}</p>
</body></html>`);
    expect(doc.metadata?.author).toEqual([{ given: 'Ines', family: 'Varga' }]);
  });
});
