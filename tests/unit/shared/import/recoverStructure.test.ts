import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../../shared/import/normaliseText';
import { parseCaption } from '../../../../shared/import/webText/captions';
import { splitComments } from '../../../../shared/import/webText/comments';
import { recoverStructure } from '../../../../shared/import/webText/recoverStructure';
import { repoRoot } from '../../../helpers/corpus';

const pasted = normaliseText(
  readFileSync(join(repoRoot, 'tests/fixtures/webText/pasted-article.txt'), 'utf8'),
);

describe('structure recovery on pasted web text', () => {
  const result = recoverStructure(pasted);

  it('drops site furniture and takes the first real line as the title', () => {
    expect(result.title).toBe('Strikes spread along the Caspian coast');
    for (const furniture of [
      'Type to search',
      'Similar Posts',
      'Leave a Reply',
      'Your email address',
      'Comments',
    ]) {
      expect(result.text).not.toContain(furniture);
    }
  });

  it('splits the comment section into comments, with author and date when given', () => {
    expect(result.comments).toEqual([
      {
        author: 'Dana',
        date: 'January 9, 2022 at 10:15 am',
        text: 'The port strike was bigger than this suggests.\n\nThousands joined on the third day.',
      },
      { text: 'This matches what my cousin in Aktau told me.' },
    ]);
    expect(result.text).not.toContain('cousin');
  });

  it('sets captions apart with their credit, at the place they stood', () => {
    expect(result.captions).toHaveLength(1);
    const [caption] = result.captions;
    expect(caption).toMatchObject({
      alt: 'Protest Photo',
      text: 'Strikers gathered in the central square of Aktau on the second day',
      credit: 'Jane Doe, Reuters',
    });
    expect(result.text.slice(caption!.position).startsWith('By Tuesday')).toBe(true);
    expect(result.text).not.toContain('Image');
  });

  it('takes short lines between paragraphs as headings and offers a closing signature as the author', () => {
    expect(result.sections.map((s) => s.heading)).toEqual(['What the workers want']);
    expect(result.text.slice(result.sections[0]!.start, result.sections[0]!.end)).toBe(
      'What the workers want',
    );
    expect(result.signature).toBe('Anna Keller');
    expect(result.text).not.toContain('Anna Keller');
    const passages = result.passages.map((p) => result.text.slice(p.start, p.end));
    expect(passages).toHaveLength(3);
    expect(passages[2]).toMatch(/^Their demands were simple/);
  });

  it('leaves ordinary text alone', () => {
    const plain = recoverStructure(
      'A title\n\nOne paragraph here.\n\nAnother one, ending the text.',
    );
    expect(plain).toMatchObject({
      title: 'A title',
      sections: [],
      captions: [],
      comments: [],
      signature: null,
      furniture: [],
    });
    expect(plain.passages).toHaveLength(2);
  });

  it('reads a caption only in the figure shape', () => {
    expect(parseCaption('An Image of the square / Image: someone')).toBeNull();
    expect(parseCaption('The imagery was stark. Image quality was poor.')).toBeNull();
  });

  it('makes unnumbered comment text one comment', () => {
    expect(splitComments(['Great article.', '', 'Thanks.'])).toEqual([
      { text: 'Great article.\n\nThanks.' },
    ]);
  });
});

describe('conservative cleaning of pasted pages', () => {
  const paragraph = (n: number) =>
    `Paragraph ${n} of the story goes on for a while, as paragraphs of news stories do, and ends here.`;

  it('removes a "Subscribe" line in the middle of an article, and nothing after it', () => {
    const text = [
      'A headline',
      '',
      paragraph(1),
      '',
      'Subscribe to our newsletter',
      '',
      paragraph(2),
      '',
      paragraph(3),
    ].join('\n');
    const recovered = recoverStructure(text);
    expect(recovered.blocks.map((b) => b.text)).toEqual([paragraph(1), paragraph(2), paragraph(3)]);
    expect(recovered.furniture).toEqual(['Subscribe to our newsletter']);
  });

  it('does not take a "Responses" heading over more article for a comment section', () => {
    const text = [
      'A headline',
      '',
      paragraph(1),
      '',
      'Responses',
      '',
      paragraph(2),
      '',
      paragraph(3),
    ].join('\n');
    const recovered = recoverStructure(text);
    expect(recovered.comments).toEqual([]);
    expect(recovered.blocks.map((b) => b.text)).toContain(paragraph(3));
  });

  it('still splits off a comment section that has entries shaped like comments', () => {
    const text = [
      'A headline',
      '',
      paragraph(1),
      '',
      paragraph(2),
      '',
      '2 Comments',
      '',
      '  1. Dana says:',
      '    January 9, 2022 at 10:15 am',
      '    I was there that week.',
      '  2. Li Wei says:',
      '    January 10, 2022 at 8:00 am',
      '    So was I.',
    ].join('\n');
    const recovered = recoverStructure(text);
    expect(recovered.comments.map((c) => [c.author, c.text])).toEqual([
      ['Dana', 'I was there that week.'],
      ['Li Wei', 'So was I.'],
    ]);
  });

  it('splits off comments set out as a name over a date, with more of the site after them', () => {
    const teaser = (n: number) => [
      `Other story ${n}`,
      '',
      `${paragraph(10 + n)} It ran on the site's front page.`,
      '',
    ];
    const text = [
      'A headline',
      '',
      paragraph(1),
      '',
      paragraph(2),
      '',
      '[ 3 comments ]',
      '',
      'Top Rated Comments',
      '',
      'dana_k',
      '',
      '2 days ago at 07:52 am',
      '',
      'I was there that week, and the square was full by noon.',
      '',
      'Rating: 36 Votes',
      '',
      'Li Wei',
      '',
      '5 hours ago',
      '',
      'So was I.',
      '',
      'Reply',
      '',
      'ok',
      '',
      'Yesterday at 9:14',
      '',
      'Thanks for the write-up.',
      '',
      '[ Read All Comments ]',
      '',
      ...[1, 2, 3, 4, 5].flatMap(teaser),
    ].join('\n');
    const recovered = recoverStructure(text);
    expect(recovered.comments).toEqual([
      {
        author: 'dana_k',
        date: '2 days ago at 07:52 am',
        text: 'I was there that week, and the square was full by noon.',
      },
      { author: 'Li Wei', date: '5 hours ago', text: 'So was I.' },
      { author: 'ok', date: 'Yesterday at 9:14', text: 'Thanks for the write-up.' },
    ]);
  });

  it('does not take a list of other stories, each a title over a date, for comments', () => {
    const text = [
      'A headline',
      '',
      paragraph(1),
      '',
      '2 responses',
      '',
      ...[4, 5, 6].flatMap((n) => [`These Weeks in the Port: Issue ${n}`, `December ${n}, 2021`]),
      '',
      'Share',
      '',
      paragraph(2),
      '',
      paragraph(3),
    ].join('\n');
    const recovered = recoverStructure(text);
    expect(recovered.comments).toEqual([]);
    expect(recovered.blocks.map((b) => b.text)).toContain(paragraph(3));
  });

  it('offers a signature only where it closes the prose, not after the site’s links', () => {
    const signed = ['A headline', '', paragraph(1), '', 'Anna Keller'].join('\n');
    const footer = [
      'A headline',
      '',
      paragraph(1),
      '',
      'Terms of Use',
      'Privacy',
      'Ad Choices',
    ].join('\n');
    expect(recoverStructure(signed).signature).toBe('Anna Keller');
    expect(recoverStructure(footer).signature).toBeNull();
  });

  it('does not offer a line the page repeats as the closing signature', () => {
    const text = ['A headline', '', 'Advertisement', '', paragraph(1), '', 'Advertisement'].join(
      '\n',
    );
    expect(recoverStructure(text).signature).toBeNull();
  });
});

describe('navigation lists around a pasted article', () => {
  const sentence = (n: number) =>
    `Sentence ${n} of the article carries on for a good many words before it reaches its end.`;

  it('removes a menu before the article, keeps a list inside it, and picks the headline', () => {
    const text = [
      'Home',
      'World',
      'Business',
      'Tech & Science',
      'Sport',
      '',
      'Harbour cranes return to work after the strike',
      'By Mira Osterholt',
      '',
      sentence(1),
      '',
      'Apples',
      'Pears',
      'Plums',
      'Quinces',
      '',
      sentence(2),
    ].join('\n');
    const recovered = recoverStructure(text);
    expect(recovered.furniture).toEqual(['Home', 'World', 'Business', 'Tech & Science', 'Sport']);
    expect(recovered.title).toBe('Harbour cranes return to work after the strike');
    const kept = recovered.blocks.map((b) => b.text).join('\n');
    for (const item of ['Apples', 'Pears', 'Plums', 'Quinces', sentence(2)])
      expect(kept).toContain(item);
  });

  it('keeps rendered math, one symbol per line, after the last sentence', () => {
    const text = ['Title of the note', '', sentence(1), '', 'x', '=', '−', 'b', '±', '2', 'a'].join(
      '\n',
    );
    expect(recoverStructure(text).furniture).toEqual([]);
  });
});

describe('the headline of a pasted page', () => {
  const prose = (topic: string) =>
    `${topic} was the subject of a long report by the regional water authority this week, which found that the supply had fallen for the third year in a row and that repairs would take at least a decade to finish.`;

  it('is the line the page sets its credits under, not a longer line of the menu or a caption', () => {
    const text = [
      'Weather and climate coverage from around the region, updated daily',
      'Supported by',
      'Reservoirs Run Low as Dry Summer Stretches On',
      'Photo: Regional Water Authority',
      'Image caption A dry reservoir bed near the dam in August with the water line far below',
      'By Maria Okafor',
      '12 August 2023',
      '',
      prose('The drought'),
      '',
      prose('The reservoir'),
    ].join('\n');
    expect(recoverStructure(text).title).toBe('Reservoirs Run Low as Dry Summer Stretches On');
  });

  it('is the line the page says twice, breadcrumb and page, over a line said once', () => {
    const text = [
      'Home',
      'Regional news: reservoirs run low as dry summer stretches on',
      'Share on Facebook',
      'A longer line that the site prints once as a promotion for its newsletter',
      'Regional news: reservoirs run low as dry summer stretches on',
      '',
      prose('The drought'),
      '',
      prose('The reservoir'),
    ].join('\n');
    expect(recoverStructure(text).title).toBe(
      'Regional news: reservoirs run low as dry summer stretches on',
    );
  });

  it('is never a picture’s credit or a dateline, even when nothing else fits', () => {
    const text = ['Portrait by Jane Doe', '', '3 March 2021', '', 'Mac Apps', '', prose('It')].join(
      '\n',
    );
    expect(recoverStructure(text).title).toBe('Mac Apps');
  });
});

describe('the credits under a pasted headline', () => {
  const page = (credit: string) =>
    [
      'Home',
      'Harbour workers stop the cranes for a second day',
      credit,
      '',
      'Crane operators at the container port stayed away for a second day on Tuesday, and ships waited in the bay for a berth while their talks with the port authority went on into the night.',
      '',
      'The operators want the night shift paid at the same rate as the day shift, and say that the port has hired temporary drivers to break the strike.',
    ].join('\n');

  it('takes a name set before the date as the byline, whatever month its letters begin', () => {
    expect(recoverStructure(page('Janet Mayer - Apr 16, 2015')).byline).toBe('Janet Mayer');
    expect(recoverStructure(page('Ana Lima - Apr 16, 2015')).byline).toBe('Ana Lima');
    expect(recoverStructure(page('Published Monday - Apr 16, 2015')).byline).toBeNull();
  });
});
