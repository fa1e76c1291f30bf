import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../../shared/import/normaliseText';
import { recoverStructure } from '../../../../shared/import/webText/recoverStructure';

// A page as Select All + Copy gives it: a menu, the headline and its credits, the article with
// a subheading, a list and a share box in the middle, then other stories, a cookie notice and a
// footer. Written for this test; what is the article's is marked by hand below.
const menu = [
  'Home',
  'Local',
  'Health',
  'Opinion',
  'Sport',
  'Weather',
  'Newsletters',
  'Contact us',
];
const article = [
  'Nurses at the Riverside general hospital walked out on Tuesday morning, the first strike at the hospital in its forty-year history, after talks over staffing broke down late on Monday.',
  'The union said wards had run with one nurse for every twelve patients for most of the winter, twice the ratio the regional health board itself recommends.',
  'What the union asks for',
  'Its demands, read out at the gate to a crowd of several hundred, were these:',
  'one nurse for every six patients on general wards',
  'an end to double shifts',
  'pay for the overtime already worked',
  'The hospital’s director said emergency care would continue and that planned operations had been moved to the following week.',
  'Talks are to resume on Friday, with a mediator from the labour ministry present for the first time.',
];
const shareBox = [
  'Share',
  'Facebook',
  'Twitter',
  'WhatsApp',
  'Email',
  'Copy link',
  'Print',
  'Save for later',
  'Listen to this story',
  'Text size',
  'Follow the author',
  'Report an error',
];
const lateArticle = [
  'Patients waiting for operations said they had been told by letter, some only the evening before, and several said they supported the nurses all the same.',
  'The regional health board did not answer questions about the ratio by the time of publication.',
];
const related = [
  'More from Health',
  'Ferry timetable to change in spring',
  'Council approves new cycle lanes on the ring road',
  'School meals provider loses contract',
  'Five things to do this weekend',
  'Weather warning for the coast',
];
const footer = [
  'We use cookies to give you the best experience on our website. By continuing to browse you accept our use of cookies.',
  'Accept',
  'About us',
  'Advertise',
  'Privacy policy',
  '© 2024 The Riverside Courier. All rights reserved.',
];
const page = [
  ...menu,
  '',
  'Nurses strike at Riverside hospital as staffing talks fail',
  'By Hanna Lindqvist',
  '12 March 2024',
  '',
  ...article,
  ...shareBox,
  ...lateArticle,
  ...related,
  ...footer,
].join('\n');

describe('the article in a pasted page, judged by its neighbourhood', () => {
  const recovered = recoverStructure(normaliseText(page));
  const kept = recovered.blocks.map((b) => b.text);

  it('keeps every line of the article, its subheading and list among them, in order', () => {
    expect(kept).toEqual([...article, ...lateArticle]);
  });

  it('leaves out the menu, the share box, other stories, the cookie notice and the footer, and lists them', () => {
    for (const line of [...menu, ...shareBox, ...related, ...footer])
      expect(recovered.furniture).toContain(line);
  });

  it('numbers the article’s first paragraph 1, its credits read into the details', () => {
    expect(recovered.title).toBe('Nurses strike at Riverside hospital as staffing talks fail');
    expect(recovered.creditLines).toEqual(['By Hanna Lindqvist', '12 March 2024']);
    expect(
      recovered.passages[0] &&
        recovered.text.slice(recovered.passages[0].start, recovered.passages[0].end),
    ).toBe(article[0]);
  });

  it('puts back a line the writer asks for, and only that one', () => {
    const again = recoverStructure(normaliseText(page), { keepLines: ['Print'] });
    expect(again.blocks.map((b) => b.text)).toContain('Print');
    expect(again.furniture).not.toContain('Print');
    expect(again.furniture).toContain('Facebook');
  });

  it('keeps a short text with no site around it whole', () => {
    const note = 'Field notes\n\nMet the union rep.\nShort call\nShe will send the rota.';
    const recovered = recoverStructure(note);
    expect(recovered.furniture).toEqual([]);
    const all = [recovered.title, ...recovered.blocks.map((b) => b.text)];
    for (const line of [
      'Field notes',
      'Met the union rep.',
      'Short call',
      'She will send the rota.',
    ])
      expect(all).toContain(line);
  });
});
