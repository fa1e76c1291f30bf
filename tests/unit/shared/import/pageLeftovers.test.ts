import { describe, expect, it } from 'vitest';
import type { DocumentBlock } from '../../../../shared/import/documentLayout';
import { pageLeftovers } from '../../../../shared/import/webText/pageLeftovers';

const p = (text: string): DocumentBlock => ({ kind: 'paragraph', text });
const h = (text: string): DocumentBlock => ({ kind: 'heading', text });

// A saved page as Readability leaves it: the article, with some of its site still around it.
const page = [
  p('Home'),
  p('News'),
  p('Science'),
  p('PUBLISHED: 10:48, Tue, Nov 19, 2019'),
  p('| UPDATED: 11:05, Tue, Nov 19, 2019'),
  p('By Ana Ortiz'),
  p(
    'The harbour authority closed the northern quay on Monday after inspectors found cracks in two of its pillars.',
  ),
  p('Image 1 of 23'),
  p('Caption'),
  p('Photo: Ruth Mendes, AP'),
  p('(Image: GETTY)'),
  p('DON’T MISS'),
  h('What the inspectors found'),
  p('Cracks ran along three pillars:'),
  p('North'),
  p('Centre'),
  p('East'),
  p(
    'Repairs are expected to take until 12 March 2020, the authority said in a statement on Tuesday.',
  ),
  p('— Harbour Authority (@harbour) November 19, 2019'),
  p('Sign up for the ferry pass using the same card as your parking permit'),
  p(
    'The quay carries a third of the port’s container traffic, and shipping lines have been told to divert to the south.',
  ),
  p('Sign up to our newsletter for the latest updates'),
  p('Terms'),
  p('Privacy'),
];

describe('the site a saved page keeps after Readability', () => {
  it('leaves out counters, credits, stamps, calls and the menus at either end, and nothing else', () => {
    const { blocks, removed } = pageLeftovers(page);
    expect(removed).toEqual([
      'Home',
      'News',
      'Science',
      'PUBLISHED: 10:48, Tue, Nov 19, 2019',
      '| UPDATED: 11:05, Tue, Nov 19, 2019',
      'By Ana Ortiz',
      'Image 1 of 23',
      'Caption',
      'Photo: Ruth Mendes, AP',
      '(Image: GETTY)',
      'DON’T MISS',
      'Sign up to our newsletter for the latest updates',
      'Terms',
      'Privacy',
    ]);
    // A heading, a list of short lines inside the article, a date deep in it, an embedded
    // post's attribution and an instruction that happens to start "Sign up" all stay.
    expect(blocks.map((b) => b.text)).toContain('North');
    expect(blocks.map((b) => b.text)).toContain('What the inspectors found');
    expect(blocks.map((b) => b.text)).toContain('— Harbour Authority (@harbour) November 19, 2019');
    expect(blocks.map((b) => b.text)).toContain(
      'Sign up for the ferry pass using the same card as your parking permit',
    );
    expect(blocks).toHaveLength(page.length - removed.length);
  });

  it('reads the stamps and byline it leaves out as the page’s credits', () => {
    expect(pageLeftovers(page).credits).toEqual([
      'PUBLISHED: 10:48, Tue, Nov 19, 2019',
      'UPDATED: 11:05, Tue, Nov 19, 2019',
      'By Ana Ortiz',
    ]);
  });

  it('keeps a line the writer put back, and says where each kept block stood', () => {
    const { blocks, keptFrom, removed } = pageLeftovers(page, (line) => line === 'Caption');
    expect(removed).not.toContain('Caption');
    expect(blocks[keptFrom.indexOf(8)]!.text).toBe('Caption');
    expect(keptFrom.every((from, i) => page[from] === blocks[i])).toBe(true);
  });
});
