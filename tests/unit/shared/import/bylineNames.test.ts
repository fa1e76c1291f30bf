import { describe, expect, it } from 'vitest';
import { bylineNames, bylinePeople } from '../../../../shared/import/bylineNames';

describe('the people a byline names', () => {
  it('splits names joined by "and", commas or "&", after a "By" in several languages', () => {
    expect(bylineNames('Stella Kim and Jennifer Jett')).toEqual([
      { given: 'Stella', family: 'Kim' },
      { given: 'Jennifer', family: 'Jett' },
    ]);
    expect(bylineNames('By Alexandre Hervaud, Jérémy Piette')).toEqual([
      { given: 'Alexandre', family: 'Hervaud' },
      { given: 'Jérémy', family: 'Piette' },
    ]);
    expect(bylineNames('Von Jana Müller')).toEqual([{ given: 'Jana', family: 'Müller' }]);
    expect(bylineNames('Por Ana García y Luis Torres')).toEqual([
      { given: 'Ana', family: 'García' },
      { given: 'Luis', family: 'Torres' },
    ]);
  });

  it('keeps a particle inside a name and an initial from being read as "and"', () => {
    expect(bylineNames('Ursula von der Leyen')).toEqual([
      { given: 'Ursula', family: 'von der Leyen' },
    ]);
    expect(bylineNames('Kim Y. Lee')).toEqual([{ given: 'Kim Y.', family: 'Lee' }]);
    expect(bylineNames('Keller, Anna')).toEqual([{ family: 'Keller', given: 'Anna' }]);
    expect(bylineNames('Jong, Michiel de')).toEqual([{ family: 'Jong', given: 'Michiel de' }]);
  });

  it('names no one for date lines, addresses and sentences', () => {
    expect(bylineNames('Last Updated: January 7, 2025')).toEqual([]);
    expect(bylineNames('https://example.org/staff/anna')).toEqual([]);
    expect(bylineNames('read the rest of this story on our site')).toEqual([]);
  });

  it('reads the name line of a byline that also carries a date or a link', () => {
    expect(bylineNames('By Nathan Willis\n   March 25, 2015')).toEqual([
      { given: 'Nathan', family: 'Willis' },
    ]);
    expect(bylineNames('By\n\t\t\tScott Cunningham')).toEqual([
      { given: 'Scott', family: 'Cunningham' },
    ]);
    expect(bylineNames('Bradley M. Kuhn (http://ebb.org/bkuhn/)')).toEqual([
      { given: 'Bradley M.', family: 'Kuhn' },
    ]);
  });
});

describe('bylinePeople', () => {
  it('gives each credit its role and leaves out credits for pictures', () => {
    // google-sre-book-1 in Mozilla Readability's test pages.
    expect(bylinePeople('Written by Rob Ewaschuk\n    Edited by Betsy Beyer')).toEqual({
      author: [{ given: 'Rob', family: 'Ewaschuk' }],
      editor: [{ given: 'Betsy', family: 'Beyer' }],
      translator: [],
    });
    expect(bylinePeople('By Ana Lima Translated by John Green Photographs by Kim Park')).toEqual({
      author: [{ given: 'Ana', family: 'Lima' }],
      editor: [],
      translator: [{ given: 'John', family: 'Green' }],
    });
  });

  it('ends a name where a date glued to it starts', () => {
    // breitbart in Mozilla Readability's test pages.
    expect(bylineNames('by Lucas Nolan22 Dec 2016651')).toEqual([
      { given: 'Lucas', family: 'Nolan' },
    ]);
    expect(bylineNames('Posted 12 Jan 2020')).toEqual([]);
  });

  it('keeps middle names in parentheses but not what else a byline puts in them', () => {
    // folha in Mozilla Readability's test pages.
    expect(bylineNames('Bruno (Henrique Zecchin) Rodrigues')).toEqual([
      { given: 'Bruno Henrique Zecchin', family: 'Rodrigues' },
    ]);
    expect(bylineNames('Anna Keller (Reuters)')).toEqual([{ given: 'Anna', family: 'Keller' }]);
  });

  it('does not take a job title, a desk or an outlet after a name for another person', () => {
    expect(bylineNames('By Jane Doe, Staff Writer')).toEqual([{ given: 'Jane', family: 'Doe' }]);
    expect(bylineNames('Jane Doe | Senior Correspondent')).toEqual([
      { given: 'Jane', family: 'Doe' },
    ]);
    expect(bylineNames('Jane Doe, The Washington Post')).toEqual([
      { given: 'Jane', family: 'Doe' },
    ]);
    expect(bylineNames('Jane Doe, Moscow')).toEqual([{ given: 'Jane', family: 'Doe' }]);
    expect(bylineNames('Emily Post and Jane Doe')).toEqual([
      { given: 'Emily', family: 'Post' },
      { given: 'Jane', family: 'Doe' },
    ]);
  });

  it('reads bylines as pasted pages set them', () => {
    // Herald Sun, The Guardian, The New York Times and the ACLU in Mozilla Readability's pages.
    expect(bylineNames('by: Laurie Oakes')).toEqual([{ given: 'Laurie', family: 'Oakes' }]);
    expect(
      bylineNames('by Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)'),
    ).toEqual([{ given: 'Eleanor Ainge', family: 'Roy' }]);
    expect(bylineNames('By JEFFREY GETTLEMAN JAN. 13, 2017')).toEqual([
      { given: 'Jeffrey', family: 'Gettleman' },
    ]);
    expect(
      bylineNames(
        'By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project',
      ),
    ).toEqual([{ given: 'Daniel Kahn', family: 'Gillmor' }]);
  });

  it('ends a name where a stamp its page ran into it begins', () => {
    // Readability's byline of Vox and Newsweek pages copied from the browser: the element's
    // text run together with the date under it.
    expect(bylineNames('Umair Irfan Updated Nov 19, 2019, 12:15pm EST')).toEqual([
      { given: 'Umair', family: 'Irfan' },
    ]);
    expect(bylineNames('Kashmira Gander On 11/13/19 at 12:02 PM EST')).toEqual([
      { given: 'Kashmira', family: 'Gander' },
    ]);
    expect(
      bylineNames('By Anna Keller , Minh Do on Monday, November 18th, 2019 at 11:08 a.m.'),
    ).toEqual([
      { given: 'Anna', family: 'Keller' },
      { given: 'Minh', family: 'Do' },
    ]);
    expect(bylineNames('Dan Goodin - Apr 16, 2015 1:00 pm UTC')).toEqual([
      { given: 'Dan', family: 'Goodin' },
    ]);
    // A family name that is also such a word is kept where no date follows it; so is a month
    // that is a given name.
    expect(bylineNames('By Anna Last')).toEqual([{ given: 'Anna', family: 'Last' }]);
    expect(bylineNames('By April Ryan and June Carter')).toEqual([
      { given: 'April', family: 'Ryan' },
      { given: 'June', family: 'Carter' },
    ]);
  });
});
