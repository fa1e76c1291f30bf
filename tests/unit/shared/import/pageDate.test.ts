import { describe, expect, it } from 'vitest';
import { firstPlausibleDate, readPageDate } from '../../../../shared/import/pageDate';
import { bylineNames } from '../../../../shared/import/bylineNames';
import { readWebPage } from '../../../../shared/import/webPageMetadata';

const today = new Date(Date.UTC(2026, 11, 5));

describe('dates as pages declare and print them', () => {
  it('reads the forms JSON-LD and meta tags use', () => {
    expect(readPageDate('19 Nov 2019 07:09 GMT')).toEqual([2019, 11, 19]);
    expect(readPageDate('Mon, 18 Nov 2019 16:07:38 -0600')).toEqual([2019, 11, 18]);
    expect(readPageDate('01:38:07 PM IST Nov 20, 2019')).toEqual([2019, 11, 20]);
    expect(readPageDate('November 20th, 2019')).toEqual([2019, 11, 20]);
    expect(readPageDate('20191119')).toEqual([2019, 11, 19]);
    expect(readPageDate('2019-11-20T02:59:46Z')).toEqual([2019, 11, 20]);
    expect(readPageDate('02/03/2019')).toBeNull();
  });

  it('never takes year 1 or a date past next year, and says which it set aside', () => {
    expect(firstPlausibleDate(['0001-01-01T00:00:00Z', 'Nov 19, 2019'], today)).toEqual({
      parts: [2019, 11, 19],
      setAside: ['0001-01-01T00:00:00Z'],
    });
    expect(firstPlausibleDate(['2031-01-01'], today)).toEqual({
      parts: null,
      setAside: ['2031-01-01'],
    });
    expect(firstPlausibleDate(['2027-06-01'], today).parts).toEqual([2027, 6, 1]);
  });

  it('warns of a year-1 date and takes the one the page shows under its headline', () => {
    const reading = readWebPage({
      meta: new Map(),
      jsonLd: [{ '@type': 'NewsArticle', datePublished: '0001-01-01T00:00:00Z', author: {} }],
      shown: {
        lines: [
          'Council votes to close the ferry',
          'Staff report',
          'Published 11:11 PM EST Nov 19, 2019',
        ],
        headlineAt: 0,
      },
      today,
    });
    expect(reading.metadata.issued).toEqual({ 'date-parts': [[2019, 11, 19]] });
    expect(reading.warnings.join(' ')).toContain('0001-01-01');
  });
});

describe('authors as a bibliographer records them', () => {
  it('breaks a byline whose page ran a name into a date or a job title', () => {
    expect(bylineNames('By Jeff FoustMonday, November 18, 2019')).toEqual([
      { given: 'Jeff', family: 'Foust' },
    ]);
    expect(bylineNames('Carrie ArnoldNovember 15, 2019')).toEqual([
      { given: 'Carrie', family: 'Arnold' },
    ]);
    expect(bylineNames('By Meg JamesStaff Writer')).toEqual([{ given: 'Meg', family: 'James' }]);
    expect(bylineNames('By ANA ROSS, LI WEI and OMAR HADIAssociated Press')).toEqual([
      { given: 'Ana', family: 'Ross' },
      { given: 'Li', family: 'Wei' },
      { given: 'Omar', family: 'Hadi' },
    ]);
    // A name's own capitals stay.
    expect(bylineNames('By Bryan DeArdo')).toEqual([{ given: 'Bryan', family: 'DeArdo' }]);
  });

  it('follows a JSON-LD author given by @id to the person it names', () => {
    const metadata = readWebPage({
      meta: new Map(),
      jsonLd: [
        {
          '@graph': [
            { '@type': 'WebPage', datePublished: '2014-06-21', author: { '@id': '#p1' } },
            { '@type': ['Person'], '@id': '#p1', name: 'Tony Carter' },
          ],
        },
      ],
      today,
    }).metadata;
    expect(metadata.author).toEqual([{ given: 'Tony', family: 'Carter' }]);
    expect(metadata.issued).toEqual({ 'date-parts': [[2014, 6, 21]] });
  });

  it('keeps an organisation credited as author whole, and several authors all', () => {
    const author = (value: unknown) =>
      readWebPage({ meta: new Map(), jsonLd: [{ '@type': 'NewsArticle', author: value }], today })
        .metadata.author;
    expect(author('News Nation Bureau')).toEqual([{ literal: 'News Nation Bureau' }]);
    expect(author({ '@type': 'Organization', name: 'The Associated Press' })).toEqual([
      { literal: 'The Associated Press' },
    ]);
    expect(author([{ name: 'Ana Ross' }, { name: 'Li Wei' }])).toEqual([
      { given: 'Ana', family: 'Ross' },
      { given: 'Li', family: 'Wei' },
    ]);
  });

  it('takes the byline a page shows over the site naming itself as author', () => {
    const metadata = readWebPage({
      meta: new Map([['og:site_name', ['GadgetPaper']]]),
      jsonLd: [{ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'GadgetPaper' } }],
      byline: 'By Mira Holt and Jon Abel',
      today,
    }).metadata;
    expect(metadata.author).toEqual([
      { given: 'Mira', family: 'Holt' },
      { given: 'Jon', family: 'Abel' },
    ]);
  });

  it('takes the headline the page shows over one declared for search engines only', () => {
    const metadata = readWebPage({
      meta: new Map([['og:title', ['Opinion | Ferries Are the Answer']]]),
      jsonLd: [{ '@type': 'NewsArticle', headline: 'Why the city should buy three new ferries' }],
      documentTitle: 'Opinion | Ferries Are the Answer - The Harbour Times',
      headings: { h1: ['Ferries Are the Answer'], h2: [] },
      today,
    }).metadata;
    expect(metadata.title).toBe('Ferries Are the Answer');
  });
});
