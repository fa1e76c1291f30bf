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
});
