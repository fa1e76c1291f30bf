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

// Other stories after the article, each with a sentence of its own that outweighs the headline
// and the stamp around it: a list dated by age, one dated in full with "Read More" links, and
// one after the site's rights line. Written for this test.
const teasers = [
  [
    'Ferry timetable to change in spring',
    'The operator says crossings will be cut from six a day to four between March and May, when the new boat arrives.',
  ],
  [
    'Council approves new cycle lanes on the ring road',
    'The plan, first put forward three years ago, was passed by eleven votes to nine after a debate that ran past midnight.',
  ],
  [
    'School meals provider loses its contract',
    'Parents had complained for months about portions and about meals that arrived cold at the three village schools.',
  ],
];
const strikePage = (list: string[]) =>
  [
    ...menu,
    '',
    'Nurses strike at Riverside hospital as staffing talks fail',
    'By Hanna Lindqvist',
    '12 March 2024',
    '',
    ...article,
    ...list,
  ].join('\n');

describe('other stories listed under a pasted article', () => {
  const keptOf = (list: string[]) =>
    recoverStructure(normaliseText(strikePage(list))).blocks.map((b) => b.text);

  it('leaves out a list that gives each story its age', () => {
    const list = teasers.flatMap(([headline, deck], i) => [headline!, deck!, `${i + 2}H ago`]);
    expect(keptOf(['More from Health', ...list])).toEqual(article);
  });

  it('leaves out a list that dates each story and links to it with "Read More"', () => {
    const list = teasers.flatMap(([headline, deck], i) => [
      headline!,
      `March ${11 - i}, 2024 at 5:1${i} pm`,
      deck!,
      'Read More',
    ]);
    expect(keptOf(list)).toEqual(article);
  });

  it('ends the article at the site’s rights line', () => {
    const list = teasers.flat();
    expect(keptOf(['© 2024 The Riverside Courier. All rights reserved.', ...list])).toEqual(
      article,
    );
  });

  it('keeps a short article whose one dateline stands between it and a long list above', () => {
    const short = [
      ...teasers.flatMap(([headline, deck]) => [`${headline}${deck}`]),
      ...teasers.flatMap(([headline, deck]) => [`${headline}${deck}`]),
      'Nurses strike at Riverside hospital as staffing talks fail',
      'March 12, 2024 at 9:45 am',
      article[0]!,
      article[1]!,
      'See more photos:',
    ].join('\n');
    const kept = recoverStructure(normaliseText(short)).blocks.map((b) => b.text);
    expect(kept).toEqual(expect.arrayContaining([article[0], article[1], 'See more photos:']));
  });
});

describe('a schedule at the end of a pasted article', () => {
  it('keeps the dates and the heading over them as the article’s', () => {
    const schedule = [
      'Picket dates',
      'March 14 – Riverside general hospital, main gate',
      'March 15 – Eastfield clinic, car park',
      'March 18 -- Harbour medical centre, Dock Road',
      '21 March: the regional health board, Castle Street',
    ];
    const pasted = [
      ...menu,
      '',
      'Nurses strike at Riverside hospital as staffing talks fail',
      'By Hanna Lindqvist',
      '',
      ...article,
      ...schedule,
      ...footer,
    ].join('\n');
    const kept = recoverStructure(normaliseText(pasted)).blocks.map((b) => b.text);
    expect(kept).toEqual([...article, ...schedule]);
  });
});
