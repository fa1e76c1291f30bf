import { describe, expect, it } from 'vitest';
import { frontMatterMetadata } from '../../../../shared/import/frontMatterMetadata';
import { matchSource } from '../../../../shared/import/matchSource';
import { dateParts, personName } from '../../../../shared/import/personName';
import { webPageMetadata } from '../../../../shared/import/webPageMetadata';
import type { SourceRecord } from '../../../../shared/model/source';

describe('names and dates as pages print them', () => {
  it('splits a person’s name, keeps particles with the family name, leaves the rest literal', () => {
    expect(personName('Anna Keller')).toEqual({ given: 'Anna', family: 'Keller' });
    expect(personName('Keller, Anna')).toEqual({ family: 'Keller', given: 'Anna' });
    expect(personName('Jonas de la Vega')).toEqual({ given: 'Jonas', family: 'de la Vega' });
    expect(personName('steppewatcher')).toEqual({ literal: 'steppewatcher' });
    expect(personName('@akorda_press')).toEqual({ literal: '@akorda_press' });
  });

  it('reads ISO-like dates and refuses what is not one', () => {
    expect(dateParts('2022-01-05T10:00:00Z')).toEqual([2022, 1, 5]);
    expect(dateParts('2022/1')).toEqual([2022, 1]);
    expect(dateParts('2022-14-01')).toBeNull();
    expect(dateParts('yesterday')).toBeNull();
  });
});

describe('a web page’s declared metadata', () => {
  it('cites an organisation a page declares as its author whole, and no role as an author', () => {
    const declared = (author: string) =>
      webPageMetadata({ meta: new Map([['og:article:author', [author]]]), jsonLd: [] }).author;
    // bbc-1 and archive-of-our-own in Mozilla Readability's test pages.
    expect(declared('BBC News')).toEqual([{ literal: 'BBC News' }]);
    expect(declared('Organization for Transformative Works')).toEqual([
      { literal: 'Organization for Transformative Works' },
    ]);
    expect(declared('Staff Writer')).toBeUndefined();
    expect(declared('Editorial Team')).toBeUndefined();
    // Text Readability found on the page is not a declaration: no organisation is made of it.
    expect(
      webPageMetadata({ meta: new Map(), jsonLd: [], byline: 'Last Updated: January 7, 2025' })
        .author,
    ).toBeUndefined();
  });

  it('strips what a page adds to its title for the tab: its site, its author, its domain', () => {
    // guardian-1 and wikipedia in Mozilla Readability's test pages.
    const guardian = webPageMetadata({
      meta: new Map([
        ['og:title', ['Māori tribes fearful over whale strandings | Eleanor Ainge Roy']],
        ['author', ['Eleanor Ainge Roy']],
      ]),
      jsonLd: [],
    });
    expect(guardian.title).toBe('Māori tribes fearful over whale strandings');
    const wikipedia = webPageMetadata({
      meta: new Map(),
      jsonLd: [],
      documentTitle: 'Mozilla - Wikipedia',
      canonical: 'https://en.wikipedia.org/wiki/Mozilla',
    });
    expect(wikipedia.title).toBe('Mozilla');
    // A dash that is the title's own stays: nothing after it names the page's site or author.
    const own = webPageMetadata({
      meta: new Map([['og:title', ['Cold War - A History of Détente']]]),
      jsonLd: [],
      canonical: 'https://www.history.example.co.uk/detente',
    });
    expect(own.title).toBe('Cold War - A History of Détente');
    // The site is after the last separator, whatever dashes the title holds before it.
    const dashed = webPageMetadata({
      meta: new Map([
        ['og:title', ['The early reviews are here — and they are mixed - Coastwire']],
      ]),
      jsonLd: [],
      canonical: 'https://coastwire.example/2024/reviews',
    });
    expect(dashed.title).toBe('The early reviews are here — and they are mixed');
  });

  it('prefers citation tags, then JSON-LD, then Open Graph, and strips the site from the title', () => {
    const meta = new Map([
      ['og:site_name', ['Eurasianet']],
      ['author', ['https://eurasianet.example/staff/joanna']],
    ]);
    const facts = {
      meta,
      jsonLd: [
        {
          '@graph': [
            {
              '@type': 'BlogPosting',
              datePublished: '2022-01-04',
              author: { '@type': 'Organization', name: 'Eurasianet Staff' },
            },
          ],
        },
      ],
      documentTitle: 'Why Zhanaozen matters – Eurasianet',
      canonical: 'https://eurasianet.example/why',
    };
    expect(webPageMetadata(facts)).toEqual({
      type: 'post-weblog',
      title: 'Why Zhanaozen matters',
      author: [{ literal: 'Eurasianet Staff' }],
      'container-title': 'Eurasianet',
      issued: { 'date-parts': [[2022, 1, 4]] },
      URL: 'https://eurasianet.example/why',
    });
    const cited = new Map([
      ...meta,
      ['citation_author', ['Lillis, Joanna']],
      ['citation_title', ['The Real Title']],
    ]);
    expect(webPageMetadata({ ...facts, meta: cited })).toMatchObject({
      title: 'The Real Title',
      author: [{ family: 'Lillis', given: 'Joanna' }],
    });
  });

  it('invents nothing for a page that declares nothing', () => {
    expect(webPageMetadata({ meta: new Map(), jsonLd: [] })).toEqual({ type: 'webpage' });
  });

  it('reads every Dublin Core creator, each written family first', () => {
    const meta = new Map([['dc.creator', ['Kooman, F.', 'Jong, Michiel de']]]);
    expect(webPageMetadata({ meta, jsonLd: [] }).author).toEqual([
      { family: 'Kooman', given: 'F.' },
      { family: 'Jong', given: 'Michiel de' },
    ]);
  });
});

describe('front matter', () => {
  it('maps the keys writers use and ignores the ones it does not know', () => {
    expect(
      frontMatterMetadata({
        Title: 'Notes',
        authors: ['Anna Keller'],
        date: new Date('2022-01-12'),
        tags: ['x'],
        url: 'https://n.example',
      }),
    ).toEqual({
      title: 'Notes',
      author: [{ given: 'Anna', family: 'Keller' }],
      issued: { 'date-parts': [[2022, 1, 12]] },
      URL: 'https://n.example',
    });
  });
});

describe('matching a bibliographic record to a source', () => {
  const source = (
    id: string,
    metadata: SourceRecord['metadata'],
    parentId?: string,
  ): SourceRecord => ({
    id,
    title: String(metadata.title ?? id),
    type: 'article',
    file: `${id}.txt`,
    textHash: id,
    original: id,
    importedAt: '2026-01-01T00:00:00Z',
    metadata,
    passages: [],
    ...(parentId ? { parentId } : {}),
  });
  const sources = [
    source('a', {
      title: 'Gas prices and the strikes',
      URL: 'https://ledger.example/gas',
      issued: { 'date-parts': [[2022]] },
    }),
    source('c', { title: 'A comment', URL: 'https://ledger.example/gas' }, 'a'),
  ];

  it('matches by id, URL (ignoring scheme, www and a trailing slash) or title and year', () => {
    expect(matchSource(sources, { id: 'c' })?.id).toBe('c');
    expect(matchSource(sources, { URL: 'http://www.ledger.example/gas/' })?.id).toBe('a');
    expect(matchSource(sources, { title: 'Gas Prices and the Strikes!' })?.id).toBe('a');
    expect(
      matchSource(sources, {
        title: 'Gas prices and the strikes',
        issued: { 'date-parts': [[2019]] },
      }),
    ).toBeUndefined();
    expect(matchSource(sources, { title: 'Something else entirely' })).toBeUndefined();
  });
});
